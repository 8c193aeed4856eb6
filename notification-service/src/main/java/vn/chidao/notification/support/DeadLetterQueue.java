package vn.chidao.notification.support;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.amqp.support.AmqpHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts an unusable message on its queue's dead-letter queue <em>with the reason</em>, then
 * acknowledges it. A manual reject (what platform's consumer does) cannot add headers, so the DLQ
 * would only say "rejected"; here the copy carries {@code x-exception-message} (the header Spring
 * Cloud Stream's own republishing uses) and {@code x-chidao-reason}, plus the original exchange and
 * routing key, so an operator sees why without a database. The copy goes through the default
 * exchange straight to {@code <queue>.dlq} (the binder's name for it with {@code auto-bind-dlq},
 * prefix included — a binding given another DLQ name would lose the copy), published before the
 * original is acknowledged on the same channel: a crash in between redelivers the original.
 */
final class DeadLetterQueue {

  static final String REASON = "x-chidao-reason";
  static final String EXCEPTION_MESSAGE = "x-exception-message";

  private final JsonMapper json = JsonMapper.builder().build();

  /**
   * Emits empty once the copy is on the DLQ; an error when that is impossible (no channel, no queue
   * name, broker gone): the caller then rejects as before. The original is acknowledged by the
   * caller ({@link #ack}, or platform's consumer when the handler completes) — never twice, which
   * would close the channel.
   *
   * @param payload the message's payload as received (raw bytes when unreadable, else the event)
   */
  Mono<Void> publish(Message<?> message, Object payload, String reason) {
    return Mono.fromRunnable(() -> publishCopy(message, payload, reason))
        .subscribeOn(Schedulers.boundedElastic())
        .then();
  }

  /** Acknowledges a message that platform's consumer never saw. */
  Mono<Void> ack(Message<?> message) {
    return Mono.fromRunnable(
            () -> {
              try {
                channel(message).basicAck(tag(message), false);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .subscribeOn(Schedulers.boundedElastic())
        .then();
  }

  private static Channel channel(Message<?> message) {
    Channel channel = message.getHeaders().get(AmqpHeaders.CHANNEL, Channel.class);
    if (channel == null) {
      throw new IllegalStateException("no channel: the binding is not acknowledge-mode MANUAL");
    }
    return channel;
  }

  private static long tag(Message<?> message) {
    Long tag = message.getHeaders().get(AmqpHeaders.DELIVERY_TAG, Long.class);
    if (tag == null) {
      throw new IllegalStateException(
          "no delivery tag: the binding is not acknowledge-mode MANUAL");
    }
    return tag;
  }

  private void publishCopy(Message<?> message, Object payload, String reason) {
    MessageHeaders headers = message.getHeaders();
    String queue = headers.get(AmqpHeaders.CONSUMER_QUEUE, String.class);
    if (queue == null) {
      throw new IllegalStateException("no consumer queue header: nowhere to dead-letter to");
    }
    byte[] body = payload instanceof byte[] bytes ? bytes : json.writeValueAsBytes(payload);
    Map<String, Object> amqpHeaders = new HashMap<>();
    amqpHeaders.put(REASON, reason);
    amqpHeaders.put(EXCEPTION_MESSAGE, reason);
    putIfPresent(amqpHeaders, "x-original-exchange", headers.get(AmqpHeaders.RECEIVED_EXCHANGE));
    putIfPresent(
        amqpHeaders, "x-original-routingKey", headers.get(AmqpHeaders.RECEIVED_ROUTING_KEY));
    AMQP.BasicProperties properties =
        new AMQP.BasicProperties.Builder()
            .contentType("application/json")
            .contentEncoding(StandardCharsets.UTF_8.name())
            .deliveryMode(2)
            .headers(amqpHeaders)
            .build();
    try {
      channel(message).basicPublish("", queue + ".dlq", properties, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void putIfPresent(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value.toString());
    }
  }
}
