package vn.chidao.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitsTest {

  private final RateLimits limits =
      new RateLimits(new RateLimitProperties.Limit(3, Duration.ofMinutes(1)), 100);

  @Test
  void aKeyMayMakeItsAllowanceThenIsToldHowLongToWait() {
    for (int i = 0; i < 3; i++) {
      assertThat(limits.tryConsume("user:a").allowed()).isTrue();
    }

    RateLimits.Decision refused = limits.tryConsume("user:a");

    assertThat(refused.allowed()).isFalse();
    // One request comes back every 20 s (3 per minute).
    assertThat(refused.retryAfterSeconds()).isBetween(1L, 20L);
  }

  @Test
  void keysDoNotShareABucket() {
    for (int i = 0; i < 3; i++) {
      limits.tryConsume("user:a");
    }

    assertThat(limits.tryConsume("user:b").allowed()).isTrue();
  }

  @Test
  void keysQuietForAWholeRefillPeriodAreForgottenOnceTooManyAreTracked() {
    ManualClock clock = new ManualClock();
    RateLimits small =
        new RateLimits(new RateLimitProperties.Limit(3, Duration.ofMinutes(1)), 2, clock);
    small.tryConsume("ip:quiet");
    small.tryConsume("ip:busy");
    clock.advance(Duration.ofMinutes(1));
    small.tryConsume("ip:busy");
    small.tryConsume("ip:new"); // three keys tracked now: over the bound of two

    small.tryConsume("ip:busy"); // the next request sweeps

    assertThat(small.trackedKeys()).isEqualTo(2); // "quiet" forgotten, "busy" and "new" kept
  }

  /** Bucket4j's clock, moved by the test instead of waiting. */
  static final class ManualClock implements TimeMeter {
    private long nanos;

    void advance(Duration duration) {
      nanos += duration.toNanos();
    }

    @Override
    public long currentTimeNanos() {
      return nanos;
    }

    @Override
    public boolean isWallClockBased() {
      return false;
    }
  }
}
