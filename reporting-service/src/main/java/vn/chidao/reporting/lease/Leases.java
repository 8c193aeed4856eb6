package vn.chidao.reporting.lease;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Named leases in MongoDB so that a scheduled job runs on one instance at a time. Taking a lease is
 * one compare-and-set update: it matches only an expired lease or one this instance already holds;
 * a lease that does not exist yet is created by an insert, which a second instance's insert loses
 * on the unique {@code _id}. A crashed holder's lease simply expires.
 */
@Component
public class Leases {

  static final String COLLECTION = "leases";

  private final ReactiveMongoTemplate mongo;
  private final Clock clock;
  private final String holder =
      ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

  Leases(ReactiveMongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  /** Runs {@code job} if the lease {@code name} could be taken for {@code ttl}; else empty. */
  public <T> Mono<T> runExclusively(String name, Duration ttl, Mono<T> job) {
    return take(name, ttl)
        .flatMap(taken -> taken ? job.flatMap(r -> release(name).thenReturn(r)) : Mono.empty());
  }

  Mono<Boolean> take(String name, Duration ttl) {
    return Mono.defer(
        () -> {
          var now = clock.instant();
          Query free =
              Query.query(
                  Criteria.where("_id")
                      .is(name)
                      .orOperator(
                          Criteria.where("expiresAt").lt(now),
                          Criteria.where("holder").is(holder)));
          Update take = Update.update("holder", holder).set("expiresAt", now.plus(ttl));
          return mongo
              .updateFirst(free, take, COLLECTION)
              .flatMap(
                  result ->
                      result.getMatchedCount() == 1
                          ? Mono.just(true)
                          : mongo
                              .insert(
                                  new org.bson.Document("_id", name)
                                      .append("holder", holder)
                                      .append("expiresAt", java.util.Date.from(now.plus(ttl))),
                                  COLLECTION)
                              .thenReturn(true)
                              .onErrorResume(
                                  DuplicateKeyException.class, held -> Mono.just(false)));
        });
  }

  Mono<Void> release(String name) {
    return mongo
        .updateFirst(
            Query.query(Criteria.where("_id").is(name).and("holder").is(holder)),
            Update.update("expiresAt", clock.instant()),
            COLLECTION)
        .then();
  }
}
