package vn.chidao.identity.org.adapter.out.stream;

import java.time.Duration;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.support.AmqpHeaders;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Sends one event through Spring Cloud Stream and completes only on RabbitMQ's publisher confirm.
 * The bindings ({@code orgUnitChanged-out-0}, {@code membershipChanged-out-0}) name their
 * destinations and the consumer groups whose queues must exist before the first message
 * (application.yml, ADR 0001). With {@code publisher-confirm-type: correlated} and the producer's
 * {@code use-confirm-header}, the binder completes the {@link CorrelationData} in the headers when
 * the broker acks or nacks; only an ack of a routed message counts as published.
 */
@Component
class ConfirmedSender {

  private static final Duration CONFIRM_TIMEOUT = Duration.ofSeconds(10);

  private final StreamBridge bridge;

  ConfirmedSender(StreamBridge bridge) {
    this.bridge = bridge;
  }

  Mono<Void> send(String binding, String eventId, Object payload) {
    CorrelationData correlation = new CorrelationData(eventId);
    Message<Object> message =
        MessageBuilder.withPayload(payload)
            .setHeader(AmqpHeaders.PUBLISH_CONFIRM_CORRELATION, correlation)
            .setHeader(AmqpHeaders.MESSAGE_ID, eventId)
            .build();
    // StreamBridge writes to the socket on the calling thread (and may first have to connect).
    // A failure is returned, not thrown: a send still running when its publication was cancelled
    // (another event of the slice failed first) would otherwise end in Reactor's onErrorDropped.
    return Mono.fromCallable(() -> attempt(binding, message))
        .subscribeOn(Schedulers.boundedElastic())
        .flatMap(
            refusal ->
                refusal.isEmpty()
                    ? Mono.fromFuture(correlation.getFuture())
                    : Mono.error(notPublished(binding, eventId, refusal)))
        .timeout(CONFIRM_TIMEOUT)
        .flatMap(
            confirm -> {
              if (!confirm.ack()) {
                return Mono.error(notPublished(binding, eventId, "nack: " + confirm.reason()));
              }
              if (correlation.getReturned() != null) {
                return Mono.error(
                    notPublished(
                        binding,
                        eventId,
                        "unroutable: " + correlation.getReturned().getReplyText()));
              }
              return Mono.empty();
            });
  }

  /** Empty when the binding took the message, otherwise why not. */
  private String attempt(String binding, Message<Object> message) {
    try {
      return bridge.send(binding, message) ? "" : "the binding refused it";
    } catch (RuntimeException failed) {
      return failed.toString();
    }
  }

  private static IllegalStateException notPublished(String binding, String eventId, String why) {
    return new IllegalStateException(
        "Event " + eventId + " on " + binding + " not published: " + why);
  }
}
