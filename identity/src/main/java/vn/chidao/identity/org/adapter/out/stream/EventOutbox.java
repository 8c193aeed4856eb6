package vn.chidao.identity.org.adapter.out.stream;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import vn.chidao.contracts.org.MembershipChanged;

/**
 * The outbox of membership events (ADR 0003, 0004): an event is stored first, then sent with a
 * publisher confirm and deleted; what the broker did not confirm (away, nack, unroutable) stays and
 * is sent again by {@link #relay}. Unit events need no such table: their change set is their
 * outbox.
 */
@Component
class EventOutbox {

  private static final Logger log = LoggerFactory.getLogger(EventOutbox.class);
  private static final int RELAY_CONCURRENCY = 16;

  private final ReactiveMongoTemplate mongo;
  private final ConfirmedSender sender;
  private final Clock clock;

  EventOutbox(ReactiveMongoTemplate mongo, ConfirmedSender sender, Clock clock) {
    this.mongo = mongo;
    this.sender = sender;
    this.clock = clock;
  }

  /** Completes once the event is stored; sending it follows at once, in the background. */
  Mono<Void> enqueue(String binding, MembershipChanged event) {
    OutboxDocument entry = new OutboxDocument(event.eventId(), binding, event, clock.instant());
    return mongo
        .insert(entry)
        .then()
        .onErrorResume(DuplicateKeyException.class, alreadyOwed -> Mono.empty())
        .doOnSuccess(
            stored ->
                send(entry)
                    .subscribe(
                        sent -> {},
                        error ->
                            log.info(
                                "Event {} kept in the outbox, the relay retries: {}",
                                entry.id(),
                                error.toString())));
  }

  /** Sends every event stored at least {@code age} ago and still owed; emits how many went out. */
  Mono<Long> relay(Duration age) {
    return mongo
        .find(
            query(where("storedAt").lte(clock.instant().minus(age))).with(Sort.by("storedAt")),
            OutboxDocument.class)
        .flatMap(
            entry -> send(entry).thenReturn(1L).onErrorResume(error -> Mono.just(0L)),
            RELAY_CONCURRENCY)
        .reduce(0L, Long::sum);
  }

  private Mono<Void> send(OutboxDocument entry) {
    return sender
        .send(entry.binding(), entry.id(), entry.membership())
        .then(mongo.remove(query(where("_id").is(entry.id())), OutboxDocument.class))
        .then();
  }
}
