package vn.chidao.notification.alert.adapter.in;

import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import reactor.core.publisher.Mono;
import vn.chidao.contracts.directive.DirectiveDelivered;
import vn.chidao.contracts.directive.DirectiveIssued;
import vn.chidao.contracts.directive.DirectiveRecalled;
import vn.chidao.contracts.report.ObligationsOpened;
import vn.chidao.contracts.report.ReportAccepted;
import vn.chidao.contracts.report.ReportDueSoon;
import vn.chidao.contracts.report.ReportOverdue;
import vn.chidao.contracts.report.ReportReturned;
import vn.chidao.contracts.report.ReportSubmitted;
import vn.chidao.notification.alert.application.Alerting;
import vn.chidao.notification.alert.model.Alert;
import vn.chidao.notification.deliveries.DirectiveIssuers;
import vn.chidao.notification.support.EventConsumers;
import vn.chidao.platform.messaging.UnusableEvent;

/**
 * The input bindings ({@code <name>-in-0}, group {@code notification-service}): every event that
 * alerts someone. {@code DirectiveIssued} alerts nobody any more (alerts come from the delivered
 * batches, so nobody is alerted twice); its queue is still consumed, since directive-service
 * declares it for this group, and it keeps the directive's issuer for the delivery log.
 */
@Configuration(proxyBeanMethods = false)
public class AlertBindings {

  @Bean
  Consumer<Message<DirectiveIssued>> directiveIssued(
      DirectiveIssuers issuers, EventConsumers consumers) {
    return consumers.consumer(
        "directiveIssued",
        DirectiveIssued.class,
        event -> {
          if (event.directiveId() == null) {
            throw new UnusableEvent("DirectiveIssued without directiveId");
          }
          return issuers.record(event.directiveId(), event.issuerUnitId(), event.tenant());
        });
  }

  @Bean
  Consumer<Message<DirectiveDelivered>> directiveDelivered(
      Alerting alerting, DirectiveIssuers issuers, EventConsumers consumers) {
    return consumers.consumer(
        "directiveDelivered",
        DirectiveDelivered.class,
        event -> {
          Alert alert = EventAlerts.of(event);
          return issuers
              .record(event.directiveId(), event.issuerUnitId(), event.tenant())
              .then(alerting.alert(alert));
        });
  }

  @Bean
  Consumer<Message<DirectiveRecalled>> directiveRecalled(
      Alerting alerting, EventConsumers consumers) {
    return alerts(
        alerting, consumers, "directiveRecalled", DirectiveRecalled.class, EventAlerts::of);
  }

  @Bean
  Consumer<Message<ObligationsOpened>> obligationsOpened(
      Alerting alerting, EventConsumers consumers) {
    return alerts(
        alerting, consumers, "obligationsOpened", ObligationsOpened.class, EventAlerts::of);
  }

  @Bean
  Consumer<Message<ReportDueSoon>> reportDueSoon(Alerting alerting, EventConsumers consumers) {
    return alerts(alerting, consumers, "reportDueSoon", ReportDueSoon.class, EventAlerts::of);
  }

  @Bean
  Consumer<Message<ReportOverdue>> reportOverdue(Alerting alerting, EventConsumers consumers) {
    return alerts(alerting, consumers, "reportOverdue", ReportOverdue.class, EventAlerts::of);
  }

  @Bean
  Consumer<Message<ReportSubmitted>> reportSubmitted(Alerting alerting, EventConsumers consumers) {
    return alerts(alerting, consumers, "reportSubmitted", ReportSubmitted.class, EventAlerts::of);
  }

  @Bean
  Consumer<Message<ReportReturned>> reportReturned(Alerting alerting, EventConsumers consumers) {
    return alerts(alerting, consumers, "reportReturned", ReportReturned.class, EventAlerts::of);
  }

  @Bean
  Consumer<Message<ReportAccepted>> reportAccepted(Alerting alerting, EventConsumers consumers) {
    return alerts(alerting, consumers, "reportAccepted", ReportAccepted.class, EventAlerts::of);
  }

  private static <T> Consumer<Message<T>> alerts(
      Alerting alerting,
      EventConsumers consumers,
      String name,
      Class<T> type,
      Function<T, Alert> toAlert) {
    return consumers.consumer(
        name, type, event -> Mono.defer(() -> alerting.alert(toAlert.apply(event))));
  }
}
