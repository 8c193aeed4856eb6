package vn.chidao.directive.org;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.contracts.org.OrgUnitChanged;

/**
 * The {@code units} collection: identity owns the tree, this service keeps the copy it needs to
 * check recipients without calling identity on every request.
 */
@Component
public class UnitReadCopy {

  private final ReactiveMongoTemplate mongo;

  public UnitReadCopy(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  /**
   * Applies a change unless the copy already holds the same or a newer one, in one atomic
   * operation: the filter only matches an older copy; when the unit exists with a newer (or equal)
   * {@code updatedAt}, the upsert tries to insert a second document with the same {@code _id} and
   * fails with a duplicate key, which means "stale, ignore". Redeliveries and out-of-order events
   * therefore never roll the copy back.
   *
   * @return true when the change was applied, false when it was stale
   */
  public Mono<Boolean> apply(OrgUnitChanged change) {
    var olderCopy =
        query(where("_id").is(change.unitId()).and("updatedAt").lt(change.occurredAt()));
    var newValues =
        new Update()
            .set("tenant", change.tenant())
            .set("parentId", change.parentId())
            .set("path", change.path())
            .set("kind", change.kind())
            .set("name", change.name())
            .set("issuerAbbr", change.issuerAbbr())
            .set("status", change.status())
            .set(
                AudienceKey.FIELD,
                AudienceKey.of(change.status(), change.kind(), change.path(), change.tenant()))
            .set("updatedAt", change.occurredAt());
    return mongo
        .upsert(olderCopy, newValues, UnitDocument.class)
        .thenReturn(true)
        .onErrorResume(DuplicateKeyException.class, stale -> Mono.just(false));
  }

  public Flux<UnitDocument> findByIds(Collection<String> ids) {
    return mongo.find(query(where("_id").in(ids)), UnitDocument.class);
  }

  public Mono<UnitDocument> findById(String id) {
    return mongo.findById(id, UnitDocument.class);
  }
}
