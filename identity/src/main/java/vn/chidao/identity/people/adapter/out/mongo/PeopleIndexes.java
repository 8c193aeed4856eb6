package vn.chidao.identity.people.adapter.out.mongo;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Indexes the people feature reads by; created at start-up, before the relay runs. */
@Component
public class PeopleIndexes {

  private final ReactiveMongoTemplate mongo;

  PeopleIndexes(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  public Mono<Void> ensure() {
    return Mono.when(
        mongo
            .indexOps(SyncDocument.class)
            .createIndex(
                new Index()
                    .on("pending", Sort.Direction.ASC)
                    .on("requestedAt", Sort.Direction.ASC)
                    .named("pending_requestedAt")),
        // "is this e-mail someone else's" on every join (collection owned by the org adapter)
        mongo
            .indexOps("memberships")
            .createIndex(new Index().on("email", Sort.Direction.ASC).named("email")));
  }
}
