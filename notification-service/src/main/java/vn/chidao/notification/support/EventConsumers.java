package vn.chidao.notification.support;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Function;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import vn.chidao.platform.messaging.AcknowledgingConsumer;

/**
 * Platform's acknowledging consumer, plus a count of the messages each binding received (for
 * operators and tests: a batch of a thousand units is one message) and the reason a message was
 * dead-lettered. A manual reject cannot put a header on the message, so an unusable message is not
 * rejected: a copy goes to the dead-letter queue with the reason in {@code x-exception-message} and
 * {@code x-chidao-reason} ({@link DeadLetterQueue}), then the original is acknowledged. The reason
 * — which field was missing, what could not be read — is also stored in {@code dead_letters}, with
 * the binding, the event id when there is one and the start of the payload. Should the copy fail,
 * the message is rejected to the DLQ as before, without the headers.
 */
@Component
public class EventConsumers {

  static final String COLLECTION = "dead_letters";
  private static final Logger log = LoggerFactory.getLogger(EventConsumers.class);
  private static final int EXCERPT = 500;

  private final ReactiveMongoTemplate template;
  private final Clock clock;
  private final Map<String, LongAdder> received = new ConcurrentHashMap<>();
  private final DeadLetterQueue deadLetters = new DeadLetterQueue();

  EventConsumers(ReactiveMongoTemplate template, Clock clock) {
    this.template = template;
    this.clock = clock;
  }

  public <T> Consumer<Message<T>> consumer(
      String name, Class<T> type, Function<? super T, ? extends Mono<?>> handler) {
    LongAdder count = received.computeIfAbsent(name, n -> new LongAdder());
    return message -> {
      count.increment();
      Object payload = message.getPayload();
      // One per message: an unusable event's copy for the DLQ needs the message's channel and
      // queue.
      AcknowledgingConsumer<T> acknowledging =
          AcknowledgingConsumer.of(
              name,
              type,
              event ->
                  Mono.defer(() -> handler.apply(event))
                      .then()
                      .onErrorResume(
                          IllegalArgumentException.class,
                          unusable -> deadLetter(name, message, event, unusable)));
      if (type.isInstance(payload)) {
        acknowledging.accept(message);
        return;
      }
      String reason = "payload is not a readable " + type.getSimpleName();
      record(name, null, reason, payload)
          .then(deadLetters.publish(message, payload, reason))
          .then(deadLetters.ack(message))
          .subscribe(
              null,
              couldNot -> {
                log.warn("{}: could not dead-letter with its reason; rejecting", name, couldNot);
                acknowledging.accept(message);
              });
    };
  }

  /**
   * Records why, puts a copy with the reason on the DLQ and lets the original be acknowledged; if
   * the copy cannot be published the original is rejected to the DLQ as before (without headers).
   */
  private Mono<Void> deadLetter(
      String name, Message<?> message, Object event, IllegalArgumentException unusable) {
    return record(name, eventIdOf(event), unusable.getMessage(), event)
        .then(deadLetters.publish(message, event, unusable.getMessage()))
        .onErrorResume(
            couldNot -> {
              log.warn("{}: could not dead-letter with its reason; rejecting", name, couldNot);
              return Mono.error(unusable);
            });
  }

  /** Messages binding {@code name} received since start (redeliveries included). */
  public long received(String name) {
    LongAdder count = received.get(name);
    return count == null ? 0 : count.sum();
  }

  private Mono<Void> record(String binding, String eventId, String reason, Object payload) {
    Document entry =
        new Document("binding", binding)
            .append("eventId", eventId)
            .append("reason", reason)
            .append("payload", excerpt(payload))
            .append("at", java.util.Date.from(clock.instant()));
    return template
        .getCollection(COLLECTION)
        .flatMap(c -> Mono.from(c.insertOne(entry)))
        .then()
        .onErrorResume(
            e -> {
              log.warn("{}: could not record why a message is dead-lettered", binding, e);
              return Mono.empty();
            });
  }

  private static String eventIdOf(Object event) {
    try {
      Object id = event.getClass().getMethod("eventId").invoke(event);
      return id == null ? null : id.toString();
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private static String excerpt(Object payload) {
    String text =
        payload instanceof byte[] bytes
            ? new String(bytes, StandardCharsets.UTF_8)
            : String.valueOf(payload);
    return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "…";
  }
}
