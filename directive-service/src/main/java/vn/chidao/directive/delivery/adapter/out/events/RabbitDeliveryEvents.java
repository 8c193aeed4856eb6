package vn.chidao.directive.delivery.adapter.out.events;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import vn.chidao.contracts.directive.DirectiveDelivered;
import vn.chidao.contracts.directive.DirectiveRecalled;
import vn.chidao.directive.delivery.application.DeliveryEvents;
import vn.chidao.directive.issue.adapter.out.events.ConfirmedPublisher;

/** Batch events through {@code directiveDelivered-out-0} / {@code directiveRecalled-out-0}. */
@Component
class RabbitDeliveryEvents implements DeliveryEvents {

  static final String DELIVERED = "directiveDelivered-out-0";
  static final String RECALLED = "directiveRecalled-out-0";

  private final ConfirmedPublisher publisher;

  RabbitDeliveryEvents(ConfirmedPublisher publisher) {
    this.publisher = publisher;
  }

  @Override
  public Mono<Void> publishDelivered(DirectiveDelivered event) {
    return publisher.publish(DELIVERED, event, event.eventId());
  }

  @Override
  public Mono<Void> publishRecalled(DirectiveRecalled event) {
    return publisher.publish(RECALLED, event, event.eventId());
  }
}
