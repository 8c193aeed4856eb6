package vn.chidao.notification.support;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.chidao.notification.mail.model.DeliveryStatus;

/**
 * The delivery log's state changes in MongoDB, shared by its channels (e-mail, push): one
 * collection, one state machine. Every change after the insert is conditioned on the status and
 * attempt count read before ({@link #asRead}), so two instances never both act on an entry.
 */
public final class DeliveryLogUpdates {

  private DeliveryLogUpdates() {}

  /** Entries of a channel whose next attempt is due (queued, lease expired, or retry time). */
  public static Query due(String channel, Instant now, int limit) {
    return query(
            where("channel")
                .is(channel)
                .and("status")
                .in(DeliveryStatus.QUEUED, DeliveryStatus.SENDING, DeliveryStatus.FAILED)
                .and("nextAttemptAt")
                .lte(now))
        .with(Sort.by("nextAttemptAt"))
        .limit(limit);
  }

  /** Matches the entry only while nobody changed it since it was read (or claimed). */
  public static Query asRead(String id, DeliveryStatus status, int attempts) {
    return query(where("_id").is(id).and("status").is(status).and("attempts").is(attempts));
  }

  /** Takes the entry for one attempt, leased until {@code leaseUntil}. */
  public static Update claim(int attemptsBefore, Instant leaseUntil, Instant now) {
    return new Update()
        .set("status", DeliveryStatus.SENDING)
        .set("attempts", attemptsBefore + 1)
        .set("nextAttemptAt", leaseUntil)
        .set("updatedAt", now);
  }

  /**
   * @param attempt the channel's history record of this attempt
   */
  public static Update sent(Object attempt, Instant now) {
    return outcome(DeliveryStatus.SENT, attempt, now).set("sentAt", now).unset("nextAttemptAt");
  }

  public static Update failed(Object attempt, String reason, Instant retryAt, Instant now) {
    return outcome(DeliveryStatus.FAILED, attempt, now)
        .set("lastError", reason)
        .set("nextAttemptAt", retryAt);
  }

  public static Update gaveUp(Object attempt, String reason, Instant now) {
    return outcome(DeliveryStatus.GAVE_UP, attempt, now)
        .set("lastError", reason)
        .unset("nextAttemptAt");
  }

  private static Update outcome(DeliveryStatus status, Object attempt, Instant now) {
    return new Update().set("status", status).set("updatedAt", now).push("history", attempt);
  }
}
