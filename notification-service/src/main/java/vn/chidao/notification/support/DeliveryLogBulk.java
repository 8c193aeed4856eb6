package vn.chidao.notification.support;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.ReactiveBulkOperations;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Mono;
import vn.chidao.notification.mail.model.DeliveryStatus;

/**
 * The delivery log's state changes for many entries in one round trip each (unordered bulk writes),
 * with the same compare-and-set conditions as {@link DeliveryLogUpdates}: a dispatch pass claims
 * its whole batch with one write and one read, and records a run of successes with one write,
 * instead of two round trips per delivery.
 */
public final class DeliveryLogBulk {

  /** The fields a claim is conditioned on, as read. */
  public record AsRead(String id, DeliveryStatus status, int attempts) {}

  /** Only what is needed to tell which claims were won. */
  record ClaimView(@Id String id, String claim, DeliveryStatus status, int attempts) {}

  private DeliveryLogBulk() {}

  /**
   * Claims the entries still as read; emits the ids this call won. Each claim writes a token unique
   * to this call, and the winners are read back by {@code _id} and token: a bulk result only counts
   * modifications, it does not say which update matched (and the in-process MongoDB's counts are
   * not to be trusted), while the token tells this claim from another instance's claim of the same
   * entry with the same attempt number.
   */
  public static Mono<Set<String>> claim(
      ReactiveMongoTemplate template,
      Class<?> type,
      String collection,
      List<AsRead> entries,
      Instant leaseUntil,
      Instant now) {
    if (entries.isEmpty()) {
      return Mono.just(Set.of());
    }
    String token = UUID.randomUUID().toString();
    ReactiveBulkOperations bulk = template.bulkOps(BulkMode.UNORDERED, type, collection);
    for (AsRead entry : entries) {
      Update claim =
          DeliveryLogUpdates.claim(entry.attempts(), leaseUntil, now).set("claim", token);
      bulk.updateOne(
          DeliveryLogUpdates.asRead(entry.id(), entry.status(), entry.attempts()), claim);
    }
    Map<String, AsRead> byId =
        entries.stream().collect(Collectors.toMap(AsRead::id, Function.identity(), (a, b) -> a));
    return bulk.execute()
        .thenMany(template.find(query(where("_id").in(byId.keySet())), ClaimView.class, collection))
        .filter(
            view ->
                token.equals(view.claim())
                    && view.status() == DeliveryStatus.SENDING
                    && byId.containsKey(view.id())
                    && view.attempts() == byId.get(view.id()).attempts() + 1)
        .map(ClaimView::id)
        .collect(Collectors.toSet());
  }

  /**
   * Records each claimed entry's successful attempt, each still conditioned on the entry being as
   * claimed.
   *
   * @param attempt the channel's history record of each entry's attempt
   */
  public static <T> Mono<Void> sent(
      ReactiveMongoTemplate template,
      Class<?> type,
      String collection,
      List<T> claimed,
      Function<T, AsRead> asRead,
      Function<T, Object> attempt,
      Instant now) {
    if (claimed.isEmpty()) {
      return Mono.empty();
    }
    ReactiveBulkOperations bulk = template.bulkOps(BulkMode.UNORDERED, type, collection);
    for (T entry : claimed) {
      AsRead read = asRead.apply(entry);
      bulk.updateOne(
          DeliveryLogUpdates.asRead(read.id(), read.status(), read.attempts()),
          DeliveryLogUpdates.sent(attempt.apply(entry), now));
    }
    return bulk.execute().then();
  }
}
