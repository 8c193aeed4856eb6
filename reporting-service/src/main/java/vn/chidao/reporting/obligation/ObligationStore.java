package vn.chidao.reporting.obligation;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.List;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
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

  /** Of these obligations, those the batch {@code key} created. */
  Flux<ObligationDocument> openedBy(Collection<String> ids, String key) {
    return mongo.find(
        query(where("_id").in(ids).and("openedBy").is(key)), ObligationDocument.class);
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
   * Writes a change only if nobody changed the obligation since it was read and no earlier change
   * still has effects to apply.
   *
   * @return true when written
   */
  public Mono<Boolean> compareAndSet(String id, long revision, Update update) {
    Query unchanged =
        query(where("_id").is(id).and("revision").is(revision).and("pendingKey").is(null));
    return mongo
        .updateFirst(unchanged, update.inc("revision", 1), ObligationDocument.class)
        .map(result -> result.getModifiedCount() == 1);
  }

  public Mono<Long> updateAll(Query query, Update update) {
    return mongo
        .updateMulti(query, update, ObligationDocument.class)
        .map(result -> result.getModifiedCount());
  }

  public Mono<Void> clearPending(String id, String key) {
    return mongo
        .updateFirst(
            query(where("_id").is(id).and("pendingKey").is(key)),
            new Update()
                .unset("pendingKey")
                .unset("pendingDelta")
                .unset("pendingFromAncestors")
                .unset("pendingEvents"),
            ObligationDocument.class)
        .then();
  }
}
