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
 * dead-lettered. A manual reject cannot put a header on the message, so the dead-letter queue only
 * says "rejected" (in {@code x-death}); the reason — which field was missing, what could not be
 * read — is stored here, in {@code dead_letters}, with the binding, the event id when there is one
 * and the start of the payload, before the message is rejected.
 */
@Component
public class EventConsumers {

  static final String COLLECTION = "dead_letters";
  private static final Logger log = LoggerFactory.getLogger(EventConsumers.class);
  private static final int EXCERPT = 500;

  private final ReactiveMongoTemplate template;
  private final Clock clock;
  private final Map<String, LongAdder> received = new ConcurrentHashMap<>();

  EventConsumers(ReactiveMongoTemplate template, Clock clock) {
    this.template = template;
    this.clock = clock;
  }

  public <T> Consumer<Message<T>> consumer(
      String name, Class<T> type, Function<? super T, ? extends Mono<?>> handler) {
    AcknowledgingConsumer<T> acknowledging =
        AcknowledgingConsumer.of(
            name,
            type,
            event ->
                Mono.defer(() -> handler.apply(event))
                    .onErrorResume(
                        IllegalArgumentException.class,
                        unusable ->
                            record(name, eventIdOf(event), unusable.getMessage(), event)
                                .then(Mono.error(unusable))));
    LongAdder count = received.computeIfAbsent(name, n -> new LongAdder());
    return message -> {
      count.increment();
      Object payload = message.getPayload();
      if (type.isInstance(payload)) {
        acknowledging.accept(message);
        return;
      }
      record(name, null, "payload is not a readable " + type.getSimpleName(), payload)
          .doFinally(signal -> acknowledging.accept(message))
          .subscribe();
    };
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
