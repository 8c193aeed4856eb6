package vn.chidao.directive.issue.adapter.out.events;

import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.support.AmqpHeaders;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import vn.chidao.directive.issue.application.OutboxSettings;

/**
 * Publishes an event through an output binding and waits for RabbitMQ's publisher confirm: with
 * {@code publisher-confirm-type: correlated} and the producer's {@code use-confirm-header}, the
 * binder completes the {@link CorrelationData} carried in the message's headers when the broker
 * acks or nacks it, and records a message the broker could not route to any queue. Only an ack of a
 * routed message counts as published (ADR 0003). Every event of this service goes out this way.
 */
@Component
public class ConfirmedPublisher {

  private final StreamBridge bridge;
  private final OutboxSettings settings;

  ConfirmedPublisher(StreamBridge bridge, OutboxSettings settings) {
    this.bridge = bridge;
    this.settings = settings;
  }

  /**
   * Completes once the broker confirmed {@code payload} routed; fails otherwise.
   *
   * @param eventId also the AMQP {@code message-id}, so the broker and consumers see one id
   */
  public Mono<Void> publish(String binding, Object payload, String eventId) {
    // The id also lets the broker hand back an unroutable message with this correlation.
    CorrelationData correlation = new CorrelationData(eventId);
    Message<Object> message =
        MessageBuilder.withPayload(payload)
            .setHeader(AmqpHeaders.PUBLISH_CONFIRM_CORRELATION, correlation)
            .setHeader(AmqpHeaders.MESSAGE_ID, eventId)
            .build();
    String what = payload.getClass().getSimpleName() + " " + eventId;
    // StreamBridge writes to the socket on the calling thread (and may first have to connect).
    return Mono.fromCallable(() -> bridge.send(binding, message))
        .subscribeOn(Schedulers.boundedElastic())
        .flatMap(
            sent ->
                sent
                    ? Mono.fromFuture(correlation.getFuture())
                    : Mono.error(new EventNotPublished(what, "the binding refused the message")))
        .timeout(settings.confirmTimeout())
        .flatMap(
            confirm -> {
              if (!confirm.ack()) {
                return Mono.error(new EventNotPublished(what, "nack: " + confirm.reason()));
              }
              if (correlation.getReturned() != null) {
                return Mono.error(
                    new EventNotPublished(
                        what, "unroutable: " + correlation.getReturned().getReplyText()));
              }
              return Mono.empty();
            });
  }

  /** The broker did not take responsibility for an event; its outbox keeps it for a retry. */
  public static class EventNotPublished extends RuntimeException {
    EventNotPublished(String what, String why) {
      super(what + " not published: " + why);
    }
  }
}
