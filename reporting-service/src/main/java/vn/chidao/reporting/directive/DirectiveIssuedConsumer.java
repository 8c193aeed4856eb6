package vn.chidao.reporting.directive;

import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.chidao.contracts.directive.DirectiveIssued;
import vn.chidao.platform.messaging.AcknowledgingConsumer;

/** Binding {@code directiveIssued-in-0}: keeps the {@code directives} read copy. */
@Configuration(proxyBeanMethods = false)
class DirectiveIssuedConsumer {

  private static final Logger log = LoggerFactory.getLogger(DirectiveIssuedConsumer.class);

  @Bean
  Consumer<Message<DirectiveIssued>> directiveIssued(DirectiveCopies directives) {
    return AcknowledgingConsumer.of(
        "directiveIssued",
        DirectiveIssued.class,
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
