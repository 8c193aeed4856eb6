package vn.chidao.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Real time plus an offset a test sets: "it is 22:00 in Hà Nội now", then "06:31 next morning". */
final class ShiftedClock extends Clock {

  static final ShiftedClock INSTANCE = new ShiftedClock();

  /** Makes it the service's clock in the tests' application context. */
  @TestConfiguration(proxyBeanMethods = false)
  static class Configuration {
    @Bean
    @Primary
    Clock shiftedClock() {
      return INSTANCE;
    }
  }

  private volatile Duration offset = Duration.ZERO;

  /** From now on, {@link #instant()} reads {@code at} (and runs on from there). */
  void setNow(Instant at) {
    offset = Duration.between(Instant.now(), at);
  }

  void reset() {
    offset = Duration.ZERO;
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
