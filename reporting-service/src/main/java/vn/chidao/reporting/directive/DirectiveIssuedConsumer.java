package vn.chidao.reporting.directive;

import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import vn.chidao.contracts.directive.DirectiveIssued;
import vn.chidao.reporting.messaging.AcknowledgedConsumer;

/** Binding {@code directiveIssued-in-0}: keeps the {@code directives} read copy. */
@Configuration(proxyBeanMethods = false)
class DirectiveIssuedConsumer {

  private static final Logger log = LoggerFactory.getLogger(DirectiveIssuedConsumer.class);

  @Bean
  Function<Flux<Message<byte[]>>, Mono<Void>> directiveIssued(
      DirectiveCopies directives, JsonMapper json) {
    return AcknowledgedConsumer.of(
        DirectiveIssued.class,
        json,
        event ->
            directives
                .record(event)
                .doOnNext(
                    stored ->
                        log.debug(
                            "Directive {} {} by event {}",
                            event.directiveId(),
                            stored ? "recorded" : "already recorded",
                            event.eventId())));
  }
}
