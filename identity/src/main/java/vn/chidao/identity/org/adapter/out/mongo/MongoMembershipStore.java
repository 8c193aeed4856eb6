package vn.chidao.identity.org.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.Collection;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.identity.org.application.Change;
import vn.chidao.identity.org.application.MembershipStore;
import vn.chidao.identity.org.model.Membership;
import vn.chidao.identity.org.model.Versioned;

@Component
class MongoMembershipStore implements MembershipStore {

  private final ReactiveMongoTemplate mongo;
  private final Clock clock;

  MongoMembershipStore(ReactiveMongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  @Override
  public Flux<Versioned<Membership>> findByUsername(String username) {
    return mongo
        .find(
            query(where("username").is(username)).with(Sort.by("unitId")), MembershipDocument.class)
        .map(MembershipDocument::toVersioned);
  }

  @Override
  public Flux<Versioned<Membership>> findAll() {
    return mongo
        .find(new Query().with(Sort.by("_id")), MembershipDocument.class)
        .map(MembershipDocument::toVersioned);
  }

  @Override
  public Mono<Versioned<Membership>> find(String unitId, String username) {
    return mongo
        .findById(MembershipDocument.idOf(unitId, username), MembershipDocument.class)
        .map(MembershipDocument::toVersioned);
  }

  @Override
  public Flux<Versioned<Membership>> findByUnits(
      Collection<String> unitIds, boolean activeOnly, long skip, int limit) {
    Query query =
        query(ofUnits(unitIds, activeOnly))
            .with(Sort.by("unitId", "username"))
            .skip(skip)
            .limit(limit);
    return mongo.find(query, MembershipDocument.class).map(MembershipDocument::toVersioned);
  }

  @Override
  public Mono<Long> countByUnits(Collection<String> unitIds, boolean activeOnly) {
    return mongo.count(query(ofUnits(unitIds, activeOnly)), MembershipDocument.class);
  }

  @Override
  public Flux<Versioned<Membership>> findByEmail(String email) {
    return mongo
        .find(query(where("email").is(email)), MembershipDocument.class)
        .map(MembershipDocument::toVersioned);
  }

  private static Criteria ofUnits(Collection<String> unitIds, boolean activeOnly) {
    Criteria criteria = where("unitId").in(unitIds);
    return activeOnly ? criteria.and("active").is(true) : criteria;
  }

  @Override
  public Mono<Change> put(Membership membership) {
    String id = MembershipDocument.idOf(membership.unitId(), membership.username());
    return mongo
        .findById(id, MembershipDocument.class)
        .flatMap(
            stored ->
                stored.toModel().equals(membership)
                    ? Mono.just(Change.UNCHANGED)
                    : replace(stored, membership))
        .switchIfEmpty(Mono.defer(() -> insert(membership)));
  }

  /** Only if nobody wrote a newer version meanwhile; if somebody did, theirs stands. */
  private Mono<Change> replace(MembershipDocument stored, Membership membership) {
    MembershipDocument next =
        MembershipDocument.of(membership, stored.version() + 1, clock.instant());
    Update update =
        new Update()
            .set("tenant", next.tenant())
            .set("position", next.position())
            .set("roles", next.roles())
            .set("email", next.email())
            .set("active", next.active())
            .set("version", next.version())
            .set("changedAt", next.changedAt());
    return mongo
        .updateFirst(
            query(where("_id").is(stored.id()).and("version").is(stored.version())),
            update,
            MembershipDocument.class)
        .map(result -> result.getModifiedCount() == 1 ? Change.CHANGED : Change.UNCHANGED);
  }

  private Mono<Change> insert(Membership membership) {
    return mongo
        .insert(MembershipDocument.of(membership, 1, clock.instant()))
        .thenReturn(Change.CREATED)
        .onErrorResume(DuplicateKeyException.class, raced -> Mono.just(Change.UNCHANGED));
  }

  @Override
  public Mono<Long> count() {
    return mongo.count(new Query(), MembershipDocument.class);
  }
}
