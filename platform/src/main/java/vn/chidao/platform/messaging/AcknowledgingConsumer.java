package vn.chidao.platform.messaging;

import com.rabbitmq.client.Channel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.support.AmqpHeaders;
import org.springframework.messaging.Message;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import reactor.util.retry.RetryBackoffSpec;

/**
 * Runs a reactive handler for each RabbitMQ message without blocking the listener thread, and
 * acknowledges the message only when the handler has finished: acked on success, rejected (so
 * RabbitMQ moves it to the dead-letter queue) when the event is unusable or still failing after a
 * few quick retries.
 *
 * <p>Why this shape: a blocking {@code Consumer} would hold a listener thread on the reactive
 * MongoDB driver, and a reactive {@code Function<Flux<...>>} is not a per-message handler, so the
 * binder's retries and dead-lettering do not apply to it. Hence manual acknowledgement.
 *
 * <p>The binding needs {@code acknowledge-mode: MANUAL} (and {@code max-attempts: 1}, since the
 * handler retries itself). The prefetch then bounds how many events are in flight: with the default
 * of 1 a queue is handled one message after another, in order. An unacked message of a crashed
 * instance is redelivered, so handlers must be idempotent.
 *
 * <p>Unusable, rejected at once: a payload the binder could not convert to {@code T} (it arrives as
 * raw bytes), and a handler failing with {@link UnusableEvent} or any other {@link
 * IllegalArgumentException}.
 */
public final class AcknowledgingConsumer<T> implements Consumer<Message<T>> {

  private static final Logger log = LoggerFactory.getLogger(AcknowledgingConsumer.class);

  private final String name;
  private final Class<T> type;
  private final Function<? super T, ? extends Mono<?>> handler;
  private final Retry retry;

  /**
   * @param name the binding's bean name, for logs
   * @param retry how transient failures are retried; unusable events are never retried
   */
  public AcknowledgingConsumer(
      String name,
      Class<T> type,
      Function<? super T, ? extends Mono<?>> handler,
      RetryBackoffSpec retry) {
    this.name = name;
    this.type = type;
    this.handler = handler;
    this.retry = retry.modifyErrorFilter(retryable -> retryable.and(error -> !isUnusable(error)));
  }

  /**
   * Three retries, 200 ms doubling to 2 s: long enough for a Mongo fail-over, short for a queue.
   */
  public static <T> AcknowledgingConsumer<T> of(
      String name, Class<T> type, Function<? super T, ? extends Mono<?>> handler) {
    RetryBackoffSpec quickRetries =
        Retry.backoff(3, Duration.ofMillis(200)).maxBackoff(Duration.ofSeconds(2));
    return new AcknowledgingConsumer<>(name, type, handler, quickRetries);
  }

  @Override
  public void accept(Message<T> message) {
    Channel channel = message.getHeaders().get(AmqpHeaders.CHANNEL, Channel.class);
    Long tag = message.getHeaders().get(AmqpHeaders.DELIVERY_TAG, Long.class);
    if (channel == null || tag == null) {
      throw new IllegalStateException(name + " needs acknowledge-mode MANUAL on its binding");
    }
    Mono.defer(() -> handler.apply(payloadOf(message)))
        .retryWhen(retry)
        .subscribe(null, error -> reject(channel, tag, error), () -> ack(channel, tag));
  }

  private static boolean isUnusable(Throwable error) {
    return error instanceof IllegalArgumentException;
  }

  /** A payload that is not JSON of the event arrives as raw bytes: it can never be processed. */
  private T payloadOf(Message<?> message) {
    Object payload = message.getPayload();
    if (!type.isInstance(payload)) {
      throw new UnusableEvent(
          "payload is not a readable " + type.getSimpleName() + " (" + describe(payload) + ")");
    }
    return type.cast(payload);
  }

  private static String describe(Object payload) {
    if (payload instanceof byte[] bytes) {
      String text = new String(bytes, StandardCharsets.UTF_8);
      return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
    return payload == null ? "null" : payload.getClass().getName();
  }

  private void ack(Channel channel, long tag) {
    try {
      channel.basicAck(tag, false);
    } catch (IOException | RuntimeException e) {
      // The channel is gone; the broker redelivers and the handler's keys make that a no-op.
      log.warn("{}: could not acknowledge message {}; it will be redelivered", name, tag, e);
    }
  }

  private void reject(Channel channel, long tag, Throwable error) {
    if (isUnusable(error)) {
      log.warn("{}: message {} goes to the dead-letter queue: {}", name, tag, error.getMessage());
    } else {
      log.error("{}: message {} goes to the dead-letter queue", name, tag, error);
    }
    try {
      channel.basicReject(tag, false);
    } catch (IOException | RuntimeException e) {
      log.warn("{}: could not reject message {}; it will be redelivered", name, tag, e);
    }
  }
}
