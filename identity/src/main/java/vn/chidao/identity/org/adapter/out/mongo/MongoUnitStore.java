package vn.chidao.identity.org.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.ReactiveBulkOperations;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.identity.org.application.Change;
import vn.chidao.identity.org.application.UnitStore;
import vn.chidao.identity.org.model.OrgUnit;
import vn.chidao.identity.org.model.Versioned;

@Component
class MongoUnitStore implements UnitStore {

  private final ReactiveMongoTemplate mongo;
  private final Clock clock;

  MongoUnitStore(ReactiveMongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  @Override
  public Mono<Versioned<OrgUnit>> findById(String id) {
    return mongo.findById(id, UnitDocument.class).map(UnitDocument::toVersioned);
  }

  @Override
  public Flux<Versioned<OrgUnit>> findChildren(String parentId) {
    return mongo
        .find(query(where("parentId").is(parentId)).with(Sort.by("_id")), UnitDocument.class)
        .map(UnitDocument::toVersioned);
  }

  @Override
  public Flux<Versioned<OrgUnit>> findAll() {
    return mongo
        .find(new Query().with(Sort.by("path")), UnitDocument.class)
        .map(UnitDocument::toVersioned);
  }

  @Override
  public Flux<Versioned<OrgUnit>> findByIds(Collection<String> ids) {
    return mongo
        .find(query(where("_id").in(ids)), UnitDocument.class)
        .map(UnitDocument::toVersioned);
  }

  @Override
  public Mono<Change> put(OrgUnit unit) {
    return mongo
        .findById(unit.id(), UnitDocument.class)
        .flatMap(
            stored ->
                stored.toModel().equals(unit) ? Mono.just(Change.UNCHANGED) : replace(stored, unit))
        .switchIfEmpty(Mono.defer(() -> insert(unit)));
  }

  /** Only if nobody wrote a newer version meanwhile; if somebody did, theirs stands. */
  private Mono<Change> replace(UnitDocument stored, OrgUnit unit) {
    UnitDocument next = UnitDocument.of(unit, stored.version() + 1, clock.instant());
    Update update =
        new Update()
            .set("tenant", next.tenant())
            .set("parentId", next.parentId())
            .set("path", next.path())
            .set("kind", next.kind())
            .set("name", next.name())
            .set("issuerAbbr", next.issuerAbbr())
            .set("status", next.status())
            .set("successorIds", next.successorIds())
            .set("version", next.version())
            .set("changedAt", next.changedAt());
    return mongo
        .updateFirst(
            query(where("_id").is(stored.id()).and("version").is(stored.version())),
            update,
            UnitDocument.class)
        .map(result -> result.getModifiedCount() == 1 ? Change.CHANGED : Change.UNCHANGED);
  }

  private Mono<Change> insert(OrgUnit unit) {
    return mongo
        .insert(UnitDocument.of(unit, 1, clock.instant()))
        .thenReturn(Change.CREATED)
        .onErrorResume(DuplicateKeyException.class, raced -> Mono.just(Change.UNCHANGED));
  }

  @Override
  public Mono<Void> putAll(List<Versioned<OrgUnit>> units) {
    if (units.isEmpty()) {
      return Mono.empty();
    }
    List<String> ids = units.stream().map(unit -> unit.value().id()).toList();
    return mongo
        .find(query(where("_id").in(ids)), UnitDocument.class)
        .collectMap(UnitDocument::id)
        .flatMap(
            stored -> {
              ReactiveBulkOperations writes =
                  mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, UnitDocument.class);
              int count = 0;
              for (Versioned<OrgUnit> unit : units) {
                UnitDocument known = stored.get(unit.value().id());
                if (known != null
                    && (known.changedAt().isAfter(unit.changedAt())
                        || (known.changedAt().equals(unit.changedAt())
                            && known.toModel().equals(unit.value())))) {
                  continue; // a later change already projected, or this one was
                }
                writes.replaceOne(
                    query(where("_id").is(unit.value().id())),
                    UnitDocument.of(unit.value(), unit.version(), unit.changedAt()),
                    FindAndReplaceOptions.options().upsert());
                count++;
              }
              return count == 0 ? Mono.<Void>empty() : writes.execute().then();
            });
  }

  @Override
  public Mono<Long> count() {
    return mongo.count(new Query(), UnitDocument.class);
  }
}
