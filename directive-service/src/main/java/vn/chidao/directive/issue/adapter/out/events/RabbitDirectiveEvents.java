package vn.chidao.directive.issue.adapter.out.events;

import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.support.AmqpHeaders;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import vn.chidao.contracts.directive.DirectiveIssued;
import vn.chidao.directive.issue.application.DirectiveEvents;
import vn.chidao.directive.issue.application.OutboxSettings;
import vn.chidao.directive.issue.model.Directive;

/**
 * Publishes through the {@code directiveIssued-out-0} binding and waits for RabbitMQ's publisher
 * confirm: with {@code publisher-confirm-type: correlated} and the producer's {@code
 * use-confirm-header}, the binder completes the {@link CorrelationData} carried in the message's
 * headers when the broker acks or nacks it, and records a message the broker could not route to any
 * queue. Only an ack of a routed message counts as published.
 */
@Component
class RabbitDirectiveEvents implements DirectiveEvents {

  static final String BINDING = "directiveIssued-out-0";

  private final StreamBridge bridge;
  private final OutboxSettings settings;

  RabbitDirectiveEvents(StreamBridge bridge, OutboxSettings settings) {
    this.bridge = bridge;
    this.settings = settings;
  }

  @Override
  public Mono<Void> publishIssued(Directive directive) {
    DirectiveIssued event = DirectiveIssuedEvents.of(directive);
    // The id also lets the broker hand back an unroutable message with this correlation.
    CorrelationData correlation = new CorrelationData(event.eventId());
    Message<DirectiveIssued> message =
        MessageBuilder.withPayload(event)
            .setHeader(AmqpHeaders.PUBLISH_CONFIRM_CORRELATION, correlation)
            .setHeader(AmqpHeaders.MESSAGE_ID, event.eventId())
            .build();
    // StreamBridge writes to the socket on the calling thread (and may first have to connect).
    return Mono.fromCallable(() -> bridge.send(BINDING, message))
        .subscribeOn(Schedulers.boundedElastic())
        .flatMap(
            sent ->
                sent
                    ? Mono.fromFuture(correlation.getFuture())
                    : Mono.error(new EventNotPublished(event, "the binding refused the message")))
        .timeout(settings.confirmTimeout())
        .flatMap(
            confirm -> {
              if (!confirm.ack()) {
                return Mono.error(new EventNotPublished(event, "nack: " + confirm.reason()));
              }
              if (correlation.getReturned() != null) {
                return Mono.error(
                    new EventNotPublished(
                        event, "unroutable: " + correlation.getReturned().getReplyText()));
              }
              return Mono.empty();
            });
  }

  /** The broker did not take responsibility for an event; the outbox keeps it for a retry. */
  static class EventNotPublished extends RuntimeException {
    EventNotPublished(DirectiveIssued event, String why) {
      super("DirectiveIssued " + event.eventId() + " not published: " + why);
    }
  }
}
