package vn.chidao.reporting.outbox;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import vn.chidao.reporting.store.BulkInserts;

/**
 * Every event reporting-service produces goes through here (ADR 0003): stored first, keyed by its
 * event id, then published with a publisher confirm and deleted. What is not confirmed stays and is
 * re-published by {@link #relayPending()}; consumers drop a second copy by its id.
 */
@Service
public class Outbox {

  private static final Logger log = LoggerFactory.getLogger(Outbox.class);

  private final ReactiveMongoTemplate mongo;
  private final EventPublisher publisher;
  private final OutboxSettings settings;
  private final Clock clock;
  private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

  Outbox(
      ReactiveMongoTemplate mongo, EventPublisher publisher, OutboxSettings settings, Clock clock) {
    this.mongo = mongo;
    this.publisher = publisher;
    this.settings = settings;
    this.clock = clock;
  }

  /** The stored form of an event; {@code eventId} must be the event's own id. */
  public OutboxEntry entry(String eventId, Object event) {
    return new OutboxEntry(
        eventId, EventBindings.of(event), json.writeValueAsString(event), clock.instant());
  }

  /** Stores the entries (an entry already stored is kept as it is). */
  public Mono<Void> store(List<OutboxEntry> entries) {
    return BulkInserts.insertIgnoringDuplicates(mongo, OutboxEntry.COLLECTION, entries);
  }

  /** Stores the entries and publishes them now; never fails once they are stored. */
  public Mono<Void> storeAndPublish(List<OutboxEntry> entries) {
    return store(entries).then(Flux.fromIterable(entries).flatMap(this::publishOrKeep, 8).then());
  }

  /**
   * Publishes the entries now and stores those the broker did not confirm, for the relay. Completes
   * once each one is confirmed or stored; fails only if storing fails.
   */
  public Mono<Void> publishOrStore(List<OutboxEntry> entries) {
    if (entries.isEmpty()) {
      return Mono.empty();
    }
    return Flux.fromIterable(entries)
        .flatMap(
            entry ->
                publisher
                    .publish(entry, settings.confirmTimeout())
                    .then(Mono.<OutboxEntry>empty())
                    .onErrorResume(
                        error -> {
                          log.warn(
                              "Event {} not confirmed; kept for the outbox relay: {}",
                              entry.eventId(),
                              error.toString());
                          return Mono.just(entry);
                        }),
            8)
        .collectList()
        .flatMap(this::store);
  }

  /** One relay round over entries the storing request did not get confirmed. */
  public Mono<Long> relayPending() {
    return Mono.defer(
            () -> {
              Query old =
                  Query.query(
                          Criteria.where("createdAt").lt(clock.instant().minus(settings.minAge())))
                      .with(Sort.by("createdAt"))
                      .limit(settings.batchSize());
              return mongo
                  .find(old, OutboxEntry.class)
                  .flatMap(entry -> publishOrKeep(entry).thenReturn(entry), 8)
                  .count();
            })
        .onErrorResume(
            error -> {
              log.warn("Outbox relay round stopped; the next one retries: {}", error.toString());
              return Mono.just(0L);
            });
  }

  /** Entries still waiting for a confirm. */
  public Mono<Long> pending() {
    return mongo.count(new Query(), OutboxEntry.class);
  }

  private Mono<Void> publishOrKeep(OutboxEntry entry) {
    return publisher
        .publish(entry, settings.confirmTimeout())
        .then(
            Mono.defer(
                () ->
                    mongo
                        .remove(
                            Query.query(Criteria.where("_id").is(entry.eventId())),
                            OutboxEntry.class)
                        .then()))
        .onErrorResume(
            error -> {
              log.warn(
                  "Event {} not confirmed yet; the outbox relay retries: {}",
                  entry.eventId(),
                  error.toString());
              return Mono.empty();
            });
  }
}
