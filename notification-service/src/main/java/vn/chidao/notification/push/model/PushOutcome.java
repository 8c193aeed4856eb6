package vn.chidao.notification.push.model;

import java.time.Duration;
import java.util.Optional;

/** What the push service answered (RFC 8030 §5, §8.4). */
public sealed interface PushOutcome {

  /** 201: the push service has it. */
  record Delivered() implements PushOutcome {}

  /** 404 or 410: the subscription no longer exists; it must be forgotten. */
  record Gone(String reason) implements PushOutcome {}

  /** 429, 5xx or no answer: try again, not before {@code retryAfter} when the service said so. */
  record TryLater(String reason, Optional<Duration> retryAfter) implements PushOutcome {}

  /** Any other refusal (400, 401, 403, 413 …): resending the same request cannot help. */
  record Refused(String reason) implements PushOutcome {}

  /** Reads a push service's status code. */
  static PushOutcome ofStatus(int status, Optional<Duration> retryAfter) {
    if (status == 201 || status == 200 || status == 202) {
      return new Delivered();
    }
    if (status == 404 || status == 410) {
      return new Gone(status + ": subscription no longer exists, removed");
    }
    if (status == 429 || status >= 500) {
      return new TryLater("push service answered " + status, retryAfter);
    }
    return new Refused("push service refused with " + status);
  }
}
