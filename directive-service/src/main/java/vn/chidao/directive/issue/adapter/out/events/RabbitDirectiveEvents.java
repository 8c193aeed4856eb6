package vn.chidao.directive.issue.adapter.out.events;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import vn.chidao.contracts.directive.DirectiveIssued;
import vn.chidao.directive.issue.application.DirectiveEvents;
import vn.chidao.directive.issue.model.Directive;

/** Publishes {@code DirectiveIssued} through {@code directiveIssued-out-0}, confirmed. */
@Component
class RabbitDirectiveEvents implements DirectiveEvents {

  static final String BINDING = "directiveIssued-out-0";

  private final ConfirmedPublisher publisher;

  RabbitDirectiveEvents(ConfirmedPublisher publisher) {
    this.publisher = publisher;
  }

  @Override
  public Mono<Void> publishIssued(Directive directive) {
    DirectiveIssued event = DirectiveIssuedEvents.of(directive);
    return publisher.publish(BINDING, event, event.eventId());
  }
}
