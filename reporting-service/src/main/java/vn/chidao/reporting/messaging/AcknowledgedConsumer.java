package vn.chidao.reporting.messaging;

import com.rabbitmq.client.Channel;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.support.AmqpHeaders;
import org.springframework.messaging.Message;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes a reactive event handler a Spring Cloud Stream consumer with at-least-once delivery: each
 * message is acknowledged only after its handler's {@code Mono} has completed; a failing handler is
 * tried three more times, then the message is rejected and RabbitMQ moves it to the consumer
 * group's dead-letter queue. Messages are handled one after another, in queue order.
 *
 * <p>Why this shape: an imperative {@code Consumer<Message<T>>} would have to block on the reactive
 * MongoDB driver, and a reactive function is not a message handler for the binder, so the binder's
 * own retry and dead-lettering do not apply to it. Hence manual acknowledgement (the binding needs
 * {@code acknowledge-mode: MANUAL} and {@code auto-bind-dlq: true}).
 *
 * <p>A payload that is not the expected JSON, or that a handler refuses with {@link
 * IllegalArgumentException}, goes to the dead-letter queue at once: trying again cannot help.
 */
public final class AcknowledgedConsumer {

  private static final Logger log = LoggerFactory.getLogger(AcknowledgedConsumer.class);
  private static final Retry TRANSIENT_FAILURES =
      Retry.backoff(3, Duration.ofMillis(200))
          .filter(error -> !(error instanceof IllegalArgumentException));

  private AcknowledgedConsumer() {}

  public static <T> Function<Flux<Message<byte[]>>, Mono<Void>> of(
      Class<T> type, JsonMapper json, Function<T, Mono<?>> handler) {
    return messages ->
        messages.concatMap(message -> handleOne(message, type, json, handler)).then();
  }

  private static <T> Mono<Void> handleOne(
      Message<byte[]> message, Class<T> type, JsonMapper json, Function<T, Mono<?>> handler) {
    return Mono.fromCallable(() -> read(message, type, json))
        .flatMap(
            event -> Mono.defer(() -> handler.apply(event)).retryWhen(TRANSIENT_FAILURES).then())
        .then(Mono.fromRunnable(() -> settle(message, true)))
        .onErrorResume(
            error -> {
              log.error(
                  "{} moved to the dead-letter queue: {}",
                  type.getSimpleName(),
                  error.toString(),
                  error);
              return Mono.fromRunnable(() -> settle(message, false));
            })
        .then();
  }

  private static <T> T read(Message<byte[]> message, Class<T> type, JsonMapper json) {
    try {
      return json.readValue(message.getPayload(), type);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("Unreadable " + type.getSimpleName() + " payload", e);
    }
  }

  /** Acknowledges, or rejects without requeueing (so the broker dead-letters the message). */
  private static void settle(Message<?> message, boolean handled) {
    Channel channel = message.getHeaders().get(AmqpHeaders.CHANNEL, Channel.class);
    Long tag = message.getHeaders().get(AmqpHeaders.DELIVERY_TAG, Long.class);
    if (channel == null || tag == null) {
      return; // not from RabbitMQ with manual acks (e.g. the test binder): nothing to settle
    }
    try {
      if (handled) {
        channel.basicAck(tag, false);
      } else {
        channel.basicReject(tag, false);
      }
    } catch (IOException | RuntimeException e) {
      // The channel is gone: RabbitMQ redelivers the message and the handler is idempotent.
      log.warn("Could not settle delivery {}: {}", tag, e.toString());
    }
  }
}
