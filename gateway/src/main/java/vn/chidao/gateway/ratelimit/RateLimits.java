package vn.chidao.gateway.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Token buckets (Bucket4j, in memory) per key: one per person, one per address. In memory means per
 * gateway instance: with N instances behind a balancer the effective limit is up to N times higher,
 * which is acceptable for keeping one client from swamping the services; a shared store (Redis,
 * Bucket4j's distributed buckets) is the step when exact global limits matter.
 */
final class RateLimits {

  /** The outcome for one request: allowed, or refused with how long to wait. */
  record Decision(boolean allowed, long retryAfterSeconds) {}

  private final RateLimitProperties.Limit limit;
  private final int maxKeys;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final AtomicBoolean sweeping = new AtomicBoolean();

  private final TimeMeter clock;

  RateLimits(RateLimitProperties.Limit limit, int maxKeys) {
    this(limit, maxKeys, TimeMeter.SYSTEM_NANOTIME);
  }

  /** With a clock of the test's choosing. */
  RateLimits(RateLimitProperties.Limit limit, int maxKeys, TimeMeter clock) {
    this.limit = limit;
    this.maxKeys = maxKeys;
    this.clock = clock;
  }

  Decision tryConsume(String key) {
    if (buckets.size() > maxKeys) {
      forgetIdle();
    }
    ConsumptionProbe probe =
        buckets.computeIfAbsent(key, k -> newBucket()).tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return new Decision(true, 0);
    }
    long seconds = (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L;
    return new Decision(false, Math.max(1, seconds));
  }

  int trackedKeys() {
    return buckets.size();
  }

  /**
   * A full bucket belongs to a key that has been quiet for a whole refill period: forgetting it
   * changes nothing for that key (it would get a full bucket again). One sweep at a time.
   */
  void forgetIdle() {
    if (!sweeping.compareAndSet(false, true)) {
      return;
    }
    try {
      buckets.entrySet().removeIf(e -> e.getValue().getAvailableTokens() >= limit.requests());
    } finally {
      sweeping.set(false);
    }
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(
            Bandwidth.builder()
                .capacity(limit.requests())
                .refillGreedy(limit.requests(), limit.per())
                .build())
        .withCustomTimePrecision(clock)
        .build();
  }
}
