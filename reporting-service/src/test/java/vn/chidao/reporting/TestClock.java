package vn.chidao.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The system clock, shifted by an offset a test may set (to reach a roll-over or a deadline) and
 * must reset afterwards. Replaces the service's clock in the shared test context.
 */
public final class TestClock extends Clock {

  private volatile Duration offset = Duration.ZERO;

  public void shift(Duration by) {
    offset = offset.plus(by);
  }

  public void reset() {
    offset = Duration.ZERO;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }
}
