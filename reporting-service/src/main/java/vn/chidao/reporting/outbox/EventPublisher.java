package vn.chidao.reporting.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.support.AmqpHeaders;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeTypeUtils;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Publishes a stored event through its binding and completes only when RabbitMQ acked and routed it
 * ({@code publisher-confirm-type: correlated}, {@code use-confirm-header}, returns on), as
 * directive-service does.
 */
@Component
class EventPublisher {

  private final StreamBridge bridge;

  EventPublisher(StreamBridge bridge) {
    this.bridge = bridge;
  }

  Mono<Void> publish(OutboxEntry entry, Duration confirmTimeout) {
    CorrelationData correlation = new CorrelationData(entry.eventId());
    Message<byte[]> message =
        MessageBuilder.withPayload(entry.payload().getBytes(StandardCharsets.UTF_8))
            .setHeader(MessageHeaders.CONTENT_TYPE, MimeTypeUtils.APPLICATION_JSON_VALUE)
            .setHeader(AmqpHeaders.PUBLISH_CONFIRM_CORRELATION, correlation)
            .setHeader(AmqpHeaders.MESSAGE_ID, entry.eventId())
            .build();
    return Mono.fromCallable(() -> bridge.send(entry.binding(), message))
        .subscribeOn(Schedulers.boundedElastic())
        .flatMap(
            sent ->
                sent
                    ? Mono.fromFuture(correlation.getFuture())
                    : Mono.error(new IllegalStateException("the binding refused the message")))
        .timeout(confirmTimeout)
        .flatMap(
            confirm -> {
              if (!confirm.ack()) {
                return Mono.error(new IllegalStateException("nack: " + confirm.reason()));
              }
              if (correlation.getReturned() != null) {
                return Mono.error(
                    new IllegalStateException(
                        "unroutable: " + correlation.getReturned().getReplyText()));
              }
              return Mono.empty();
            });
  }
}
