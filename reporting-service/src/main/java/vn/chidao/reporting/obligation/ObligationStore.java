package vn.chidao.reporting.obligation;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.reporting.store.BulkInserts;

/** The {@code obligations} collection. */
@Component
public class ObligationStore {

  private final ReactiveMongoTemplate mongo;

  ObligationStore(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  /**
   * Inserts in one unordered bulk write; obligations that exist already (same unit × period) are
   * left as they are.
   */
  public Mono<Void> insertAll(List<ObligationDocument> obligations) {
    return BulkInserts.insertIgnoringDuplicates(mongo, ObligationDocument.COLLECTION, obligations);
  }

  /**
   * Inserts the batch {@code key}'s obligations (those that exist already are kept) and returns
   * those the batch created, now or in an earlier delivery of the same batch: all of them when none
   * existed, else those of the stored ones that carry the batch's mark.
   */
  Mono<List<ObligationDocument>> insertOpenedBy(List<ObligationDocument> obligations, String key) {
    return BulkInserts.insertCountingDuplicates(mongo, ObligationDocument.COLLECTION, obligations)
        .flatMap(
            existed ->
                existed == 0
                    ? Mono.just(obligations)
                    : openedBy(obligations.stream().map(ObligationDocument::id).toList(), key)
                        .collectList());
  }

  /** Of these obligations, those the batch {@code key} created (looked up by id only). */
  private Flux<ObligationDocument> openedBy(Collection<String> ids, String key) {
    return mongo
        .find(query(where("_id").in(ids)), ObligationDocument.class)
        .filter(o -> key.equals(o.openedBy()));
  }

  public Mono<ObligationDocument> find(String id) {
    return mongo.findById(id, ObligationDocument.class);
  }

  public Flux<ObligationDocument> find(Query query) {
    return mongo.find(query, ObligationDocument.class);
  }

  public Mono<Long> count(Query query) {
    return mongo.count(query, ObligationDocument.class);
  }

  /**
   * Writes a change only if nobody changed the obligation since it was read. Callers decide only on
   * an obligation without a pending change, and every change increments the revision, so the
   * revision alone tells: the filter is {@code {_id, revision}}, a unique index (see {@code
   * Indexes}), so the in-process test server finds it without scanning.
   *
   * @return true when written
   */
  public Mono<Boolean> compareAndSet(String id, long revision, Update update) {
    Query unchanged = query(where("_id").is(id).and("revision").is(revision));
    return mongo
        .updateFirst(unchanged, update.inc("revision", 1), ObligationDocument.class)
        .map(result -> result.getModifiedCount() == 1);
  }

  public Mono<Long> updateAll(Query query, Update update) {
    return mongo
        .updateMulti(query, update, ObligationDocument.class)
        .map(result -> result.getModifiedCount());
  }

  /**
   * Takes over the pending change of revision {@code revision} from {@code heldBy} (whose claim the
   * caller saw expired). By {@code {_id, revision, pendingClaim}}, a unique index; a change written
   * without a claim is taken by its key instead.
   *
   * @return true when the caller now holds it
   */
  public Mono<Boolean> claim(
      String id, long revision, String key, String heldBy, String token, Instant until) {
    Criteria held = where("_id").is(id).and("revision").is(revision);
    held = heldBy == null ? held.and("pendingKey").is(key) : held.and("pendingClaim").is(heldBy);
    return mongo
        .updateFirst(
            query(held),
            new Update().set("pendingClaim", token).set("pendingClaimUntil", until),
            ObligationDocument.class)
        .map(result -> result.getModifiedCount() == 1);
  }

  /**
   * Clears the pending change (of revision {@code revision}) once applied, if {@code token} still
   * holds it: {@code {_id, revision, pendingClaim}}, a unique index.
   *
   * @return true when cleared by this call
   */
  public Mono<Boolean> clearPending(String id, long revision, String token) {
    return mongo
        .updateFirst(
            query(where("_id").is(id).and("revision").is(revision).and("pendingClaim").is(token)),
            new Update()
                .unset("pendingKey")
                .unset("pendingDelta")
                .unset("pendingFromAncestors")
                .unset("pendingEvents")
                .unset("pendingClaim")
                .unset("pendingClaimUntil"),
            ObligationDocument.class)
        .map(result -> result.getModifiedCount() == 1);
  }
}
