package vn.chidao.notification.mail.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

  private final RetrySchedule schedule =
      new RetrySchedule(10, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofMinutes(5));

  @Test
  void the_wait_doubles_after_each_failed_attempt() {
    assertThat(schedule.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(schedule.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(schedule.delayAfter(3)).isEqualTo(Duration.ofMinutes(4));
  }

  @Test
  void the_wait_never_exceeds_the_maximum() {
    assertThat(schedule.delayAfter(7)).isEqualTo(Duration.ofHours(1));
    assertThat(schedule.delayAfter(1_000)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void the_defaults_bridge_an_outage_of_about_four_hours() {
    Duration total = Duration.ZERO;
    for (int attempt = 1; attempt < schedule.maxAttempts(); attempt++) {
      total = total.plus(schedule.delayAfter(attempt));
    }
    assertThat(total).isBetween(Duration.ofHours(4), Duration.ofHours(5));
  }

  @Test
  void no_attempt_is_left_after_the_last_one() {
    assertThat(schedule.exhausted(9)).isFalse();
    assertThat(schedule.exhausted(10)).isTrue();
  }

  @Test
  void a_schedule_without_attempts_or_lease_is_refused() {
    assertThatThrownBy(
            () -> new RetrySchedule(0, Duration.ZERO, Duration.ZERO, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetrySchedule(1, Duration.ZERO, Duration.ZERO, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
