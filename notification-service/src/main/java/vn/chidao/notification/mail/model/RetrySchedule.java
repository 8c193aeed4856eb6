package vn.chidao.notification.mail.model;

import java.time.Duration;

/**
 * How long to keep trying one e-mail. Delays double from {@code firstDelay} up to {@code maxDelay};
 * with the defaults (10 attempts, 1 min doubling to 1 h) an SMTP outage of about four hours is
 * bridged before a message is given up.
 *
 * @param lease how long an attempt may take before another dispatcher may assume it died; longer
 *     than the SMTP timeouts, so a slow but live attempt is not sent twice
 */
public record RetrySchedule(
    int maxAttempts, Duration firstDelay, Duration maxDelay, Duration lease) {

  public RetrySchedule {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    if (firstDelay.isNegative()
        || maxDelay.compareTo(firstDelay) < 0
        || lease.isNegative()
        || lease.isZero()) {
      throw new IllegalArgumentException(
          "delays must satisfy 0 <= firstDelay <= maxDelay, lease > 0");
    }
  }

  /** True when no attempt is left after {@code attemptsMade}. */
  public boolean exhausted(int attemptsMade) {
    return attemptsMade >= maxAttempts;
  }

  /** Wait before the attempt that follows attempt number {@code attemptsMade} (1-based). */
  public Duration delayAfter(int attemptsMade) {
    int doublings = Math.max(0, Math.min(attemptsMade - 1, 30));
    Duration delay = firstDelay.multipliedBy(1L << doublings);
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }
}
