package vn.chidao.reporting.obligation;

import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.chidao.contracts.directive.DirectiveDelivered;
import vn.chidao.contracts.directive.DirectiveRecalled;
import vn.chidao.platform.messaging.AcknowledgingConsumer;

/**
 * Bindings {@code directiveDelivered-in-0} (obligations opened) and {@code directiveRecalled-in-0}
 * (open obligations closed). Both handlers are idempotent, so a redelivered batch is harmless.
 */
@Configuration(proxyBeanMethods = false)
class DirectiveDeliveredConsumer {

  private static final Logger log = LoggerFactory.getLogger(DirectiveDeliveredConsumer.class);

  @Bean
  Consumer<Message<DirectiveDelivered>> directiveDelivered(OpeningObligations opening) {
    return AcknowledgingConsumer.of(
        "directiveDelivered",
        DirectiveDelivered.class,
        event ->
            opening
                .onDelivered(event)
                .doOnNext(
                    opened ->
                        log.debug(
                            "Directive {} batch {}/{}: {} obligation(s) opened",
                            event.directiveId(),
                            event.batch(),
                            event.batchCount(),
                            opened)));
  }

  @Bean
  Consumer<Message<DirectiveRecalled>> directiveRecalled(ClosingObligations closing) {
    return AcknowledgingConsumer.of(
        "directiveRecalled",
        DirectiveRecalled.class,
        event ->
            closing
                .onRecalled(event)
                .doOnNext(
                    closed ->
                        log.debug(
                            "Directive {} recalled, batch {}/{}: {} obligation(s) closed",
                            event.directiveId(),
                            event.batch(),
                            event.batchCount(),
                            closed)));
  }
}
