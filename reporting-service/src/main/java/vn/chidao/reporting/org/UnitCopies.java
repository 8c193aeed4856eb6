package vn.chidao.reporting.org;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.contracts.org.OrgUnitChanged;

/** The {@code units} collection: one document per unit, written only by newer events. */
@Component
public class UnitCopies {

  private final ReactiveMongoTemplate mongo;

  UnitCopies(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  /**
   * Stores the unit as the event describes it unless the stored copy is as new or newer. One
   * conditional upsert, so concurrent or out-of-order deliveries cannot overwrite a newer state:
   * when the condition fails, the upsert's insert collides with the existing {@code _id}.
   *
   * @return true when the copy changed, false for a duplicate or an older event
   */
  public Mono<Boolean> apply(OrgUnitChanged event) {
    if (event.unitId() == null || event.occurredAt() == null) {
      return Mono.error(new IllegalArgumentException("OrgUnitChanged without unitId/occurredAt"));
    }
    Query olderThanEvent =
        query(where("_id").is(event.unitId()).and("occurredAt").lt(event.occurredAt()));
    Update state =
        new Update()
            .set("tenant", event.tenant())
            .set("parentId", event.parentId())
            .set("path", event.path())
            .set("kind", event.kind())
            .set("name", event.name())
            .set("issuerAbbr", event.issuerAbbr())
            .set("status", event.status())
            .set("occurredAt", event.occurredAt())
            .set("eventId", event.eventId());
    return mongo
        .upsert(olderThanEvent, state, UnitCopy.class)
        .thenReturn(true)
        .onErrorResume(DuplicateKeyException.class, storedIsNewer -> Mono.just(false));
  }

  public Mono<UnitCopy> find(String unitId) {
    return mongo.findById(unitId, UnitCopy.class);
  }

  /** The copies of these units that exist (by {@code _id}, so one indexed lookup). */
  public Flux<UnitCopy> findAll(Collection<String> unitIds) {
    return mongo.find(query(where("_id").in(unitIds)), UnitCopy.class);
  }

  /** The children of a unit, by id, one page. */
  public Flux<UnitCopy> children(String parentId, int page, int size) {
    return mongo.find(
        query(where("parentId").is(parentId))
            .with(org.springframework.data.domain.Sort.by("_id"))
            .skip((long) page * size)
            .limit(size),
        UnitCopy.class);
  }

  public Mono<Long> countChildren(String parentId) {
    return mongo.count(query(where("parentId").is(parentId)), UnitCopy.class);
  }
}
