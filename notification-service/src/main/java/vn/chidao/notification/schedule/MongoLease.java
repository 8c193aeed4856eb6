package vn.chidao.notification.schedule;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Mono;

/**
 * A lease in MongoDB ({@code scheduler_leases}, one document per job): whoever holds it runs the
 * job; it expires by itself if its holder dies. Taking it is one conditional update on one document
 * — free or expired or already mine → mine until {@code now + ttl} — or, the first time, an insert
 * that the {@code _id} makes unique. Single-document atomicity is all it needs (no transactions).
 */
public class MongoLease {

  static final String COLLECTION = "scheduler_leases";

  private final ReactiveMongoTemplate template;
  private final String holder;

  /**
   * @param holder this instance's id, unique among running instances
   */
  public MongoLease(ReactiveMongoTemplate template, String holder) {
    this.template = template;
    this.holder = holder;
  }

  public String holder() {
    return holder;
  }

  /** True when this instance holds the lease on {@code job} until {@code now + ttl}. */
  public Mono<Boolean> acquire(String job, Duration ttl, Instant now) {
    Instant until = now.plus(ttl);
    Criteria takeable =
        where("_id").is(job).orOperator(where("until").lte(now), where("holder").is(holder));
    // The counter makes every take a modification: some servers report an update that changes
    // nothing (same holder, same instant) as not matched.
    Update take = new Update().set("holder", holder).set("until", until).inc("takes", 1);
    return template
        .updateFirst(query(takeable), take, COLLECTION)
        .flatMap(
            result ->
                result.getMatchedCount() == 1
                    ? Mono.just(true)
                    : template
                        .insert(
                            new Document("_id", job)
                                .append("holder", holder)
                                .append("until", java.util.Date.from(until))
                                .append("takes", 1),
                            COLLECTION)
                        .thenReturn(true)
                        // Someone inserted it first — maybe this very instance, a moment ago.
                        .onErrorResume(
                            DuplicateKeyException.class,
                            raced ->
                                template
                                    .updateFirst(query(takeable), take, COLLECTION)
                                    .map(again -> again.getMatchedCount() == 1)));
  }

  /** Gives the lease back early (on shutdown), if this instance still holds it. */
  public Mono<Void> release(String job, Instant now) {
    return template
        .updateFirst(
            query(where("_id").is(job).and("holder").is(holder)),
            new Update().set("until", now),
            COLLECTION)
        .then();
  }
}
