package vn.chidao.notification.alert.adapter.in;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import reactor.core.publisher.Mono;
import vn.chidao.contracts.directive.DirectiveIssued;
import vn.chidao.notification.alert.application.AlertingOnDirectiveIssued;
import vn.chidao.notification.alert.model.IssuedDirective;
import vn.chidao.notification.alert.model.Urgency;
import vn.chidao.platform.messaging.AcknowledgingConsumer;
import vn.chidao.platform.messaging.UnusableEvent;

/** Binding {@code directiveIssued-in-0}: every issued directive alerts its receiving units. */
@Configuration(proxyBeanMethods = false)
public class DirectiveIssuedBinding {

  @Bean
  Consumer<Message<DirectiveIssued>> directiveIssued(AlertingOnDirectiveIssued alerting) {
    return AcknowledgingConsumer.of(
        "directiveIssued",
        DirectiveIssued.class,
        event -> Mono.defer(() -> alerting.alert(toModel(event))));
  }

  public static IssuedDirective toModel(DirectiveIssued event) {
    if (event == null) {
      throw new UnusableEvent("empty DirectiveIssued");
    }
    try {
      return new IssuedDirective(
          event.eventId(),
          event.tenant(),
          event.directiveId(),
          event.docType(),
          event.symbol(),
          event.subject(),
          event.issuerUnitName(),
          Urgency.fromCode(event.urgency()),
          event.recipientUnitIds());
    } catch (IllegalArgumentException e) {
      throw new UnusableEvent("DirectiveIssued cannot be alerted about: " + e.getMessage(), e);
    }
  }
}
