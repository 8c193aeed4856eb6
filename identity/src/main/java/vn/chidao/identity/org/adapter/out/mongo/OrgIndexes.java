package vn.chidao.identity.org.adapter.out.mongo;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Indexes of the directory's collections, created before anything is written. The unique index on
 * (username, unitId) is what makes "one membership per person and unit" hold under concurrent
 * writers; the others serve the read endpoints.
 */
@Component
public class OrgIndexes {

  private final ReactiveMongoTemplate mongo;

  OrgIndexes(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  public Mono<Void> ensure() {
    return Mono.when(
        mongo
            .indexOps(MembershipDocument.class)
            .createIndex(
                new Index()
                    .on("username", Sort.Direction.ASC)
                    .on("unitId", Sort.Direction.ASC)
                    .unique()
                    .named("username_unitId_unique")),
        mongo
            .indexOps(MembershipDocument.class)
            .createIndex(new Index().on("unitId", Sort.Direction.ASC).named("unitId")),
        mongo
            .indexOps(UnitDocument.class)
            .createIndex(new Index().on("parentId", Sort.Direction.ASC).named("parentId")),
        mongo
            .indexOps(UnitDocument.class)
            .createIndex(new Index().on("tenant", Sort.Direction.ASC).named("tenant")),
        versionIndex("unitId"),
        versionIndex("parentId"),
        versionIndex("path"),
        versionIndex("searchKey"),
        mongo
            .indexOps(ChangeSetDocument.class)
            .createIndex(new Index().on("status", Sort.Direction.ASC).named("status")),
        mongo
            .indexOps(ChangeSetPartDocument.class)
            .createIndex(new Index().on("changeSetId", Sort.Direction.ASC).named("changeSetId")),
        mongo
            .indexOps("org_outbox")
            .createIndex(new Index().on("storedAt", Sort.Direction.ASC).named("storedAt")));
  }

  /** Unit versions are found by unit, by parent, by path prefix (subtrees) and by folded name. */
  private Mono<String> versionIndex(String field) {
    return mongo
        .indexOps(VersionDocument.class)
        .createIndex(new Index().on(field, Sort.Direction.ASC).named(field));
  }
}
