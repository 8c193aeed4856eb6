package vn.chidao.notification.people;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.contracts.org.MembershipChanged;
import vn.chidao.notification.alert.application.FindAlertedPeople;
import vn.chidao.notification.alert.model.UnitMember;
import vn.chidao.notification.support.HasIndexes;

/** The {@code members} collection: who holds which position in which unit, as last heard. */
@Component
class MemberDirectory implements FindAlertedPeople, HasIndexes {

  static final String COLLECTION = "members";

  /** Units per query: a directive from the centre names a quarter of a million of them. */
  static final int UNITS_PER_QUERY = 1_000;

  private final ReactiveMongoTemplate template;

  MemberDirectory(ReactiveMongoTemplate template) {
    this.template = template;
  }

  @Override
  public Mono<Void> createIndexes() {
    return Mono.when(
        template
            .indexOps(COLLECTION)
            .createIndex(
                new Index()
                    .on("username", Sort.Direction.ASC)
                    .on("unitId", Sort.Direction.ASC)
                    .unique()
                    .named("member_key")),
        template
            .indexOps(COLLECTION)
            .createIndex(
                new Index()
                    .on("unitId", Sort.Direction.ASC)
                    .on("position", Sort.Direction.ASC)
                    .named("by_unit")));
  }

  /**
   * One conditional upsert: it matches only a stored copy older than the event. No match means
   * either "new person here" (the upsert inserts) or "we already know something newer" (the insert
   * hits the unique key and is ignored) — no read-then-write race.
   */
  Mono<Void> apply(MembershipChanged event) {
    Query olderCopy =
        query(
            where("username")
                .is(event.username())
                .and("unitId")
                .is(event.unitId())
                .and("updatedAt")
                .lt(event.occurredAt()));
    Update update =
        new Update()
            .set("tenant", event.tenant())
            .set("position", event.position())
            .set("email", event.email())
            .set("displayName", event.displayName())
            .set("active", event.active())
            .set("roles", event.roles())
            .set("updatedAt", event.occurredAt());
    return template
        .upsert(olderCopy, update, MemberDocument.class)
        .then()
        .onErrorResume(DuplicateKeyException.class, stale -> Mono.empty());
  }

  @Override
  public Flux<UnitMember> activeIn(
      List<String> unitIds, Collection<String> positions, Collection<String> roles) {
    return Flux.fromIterable(unitIds)
        .distinct()
        .buffer(UNITS_PER_QUERY)
        .concatMap(
            units ->
                template.find(
                    query(
                        where("unitId")
                            .in(units)
                            .and("active")
                            .is(true)
                            .orOperator(where("position").in(positions), where("roles").in(roles))),
                    MemberDocument.class))
        .map(MemberDocument::toModel);
  }
}
