package vn.chidao.notification.mail.model;

/**
 * Where one delivery stands. {@code QUEUED → SENDING → SENT}; a failed attempt goes to {@code
 * FAILED} with a reason and a time for the next attempt; after the last attempt, or a refusal no
 * retry can fix, it stays {@code GAVE_UP} for an operator to look at. {@code HELD} waits for the
 * end of the person's quiet hours (then {@code QUEUED}); {@code DIGEST} waits for the daily digest
 * and becomes {@code DIGESTED} once a digest e-mail includes it.
 */
public enum DeliveryStatus {
  QUEUED,
  SENDING,
  SENT,
  FAILED,
  GAVE_UP,
  HELD,
  DIGEST,
  DIGESTED;

  /** States a dispatcher may pick up once their {@code nextAttemptAt} has passed. */
  public boolean isPending() {
    return this == QUEUED || this == SENDING || this == FAILED;
  }
}
