package vn.chidao.notification.mail.model;

/**
 * Where one e-mail stands. {@code QUEUED → SENDING → SENT}; a failed attempt goes to {@code FAILED}
 * with a reason and a time for the next attempt; after the last attempt, or a refusal no retry can
 * fix, it stays {@code GAVE_UP} for an operator to look at.
 */
public enum DeliveryStatus {
  QUEUED,
  SENDING,
  SENT,
  FAILED,
  GAVE_UP;

  /** States a dispatcher may pick up once their {@code nextAttemptAt} has passed. */
  public boolean isPending() {
    return this == QUEUED || this == SENDING || this == FAILED;
  }
}
