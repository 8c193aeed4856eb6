package vn.chidao.identity.people.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.identity.people.application.SyncStore;

/**
 * The people outbox in MongoDB. A ticket is taken with one find-and-modify that returns the
 * document as it was before the increment (the in-process test server is unsafe with "after" under
 * concurrency, ADR 0002), so the new ticket is the old one plus one.
 */
@Component
class MongoSyncStore implements SyncStore {

  private final ReactiveMongoTemplate mongo;
  private final Clock clock;

  MongoSyncStore(ReactiveMongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  @Override
  public Mono<Long> markPending(String username) {
    Update update =
        new Update()
            .inc("ticket", 1)
            .set("pending", true)
            .set("requestedAt", clock.instant())
            .set("attempts", 0);
    return mongo
        .findAndModify(
            query(where("_id").is(username)),
            update,
            FindAndModifyOptions.options().upsert(true).returnNew(false),
            SyncDocument.class)
        .map(before -> before.ticket() + 1)
        .defaultIfEmpty(1L)
        // two first marks of the same person at once: one upsert loses on _id, then increments
        .onErrorResume(DuplicateKeyException.class, raced -> markPending(username));
  }

  @Override
  public Mono<Void> done(String username, long ticket) {
    return mongo
        .updateFirst(
            query(where("_id").is(username).and("ticket").is(ticket)),
            new Update().set("pending", false).unset("lastError"),
            SyncDocument.class)
        .then();
  }

  @Override
  public Mono<Void> failed(String username, long ticket, String reason) {
    String bounded = reason.length() > 500 ? reason.substring(0, 500) : reason;
    return mongo
        .updateFirst(
            query(where("_id").is(username).and("ticket").is(ticket)),
            new Update().inc("attempts", 1).set("lastError", bounded),
            SyncDocument.class)
        .then();
  }

  @Override
  public Flux<Pending> pending(Instant before, int limit) {
    return mongo
        .find(
            query(where("pending").is(true).and("requestedAt").lt(before))
                .with(Sort.by("requestedAt"))
                .limit(limit),
            SyncDocument.class)
        .map(doc -> new Pending(doc.username(), doc.ticket()));
  }
}
