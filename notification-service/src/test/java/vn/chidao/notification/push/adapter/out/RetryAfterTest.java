package vn.chidao.notification.push.adapter.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

  @Test
  void retry_after_is_read_as_seconds_or_as_an_http_date() {
    assertThat(WebPushTransport.parseRetryAfter("120", NOW)).contains(Duration.ofSeconds(120));
    assertThat(WebPushTransport.parseRetryAfter("Sun, 22 Nov 2026 08:05:00 GMT", NOW))
        .contains(Duration.ofMinutes(5));
    assertThat(WebPushTransport.parseRetryAfter("Sun, 22 Nov 2026 07:00:00 GMT", NOW))
        .contains(Duration.ZERO);
    assertThat(WebPushTransport.parseRetryAfter("soon", NOW)).isEmpty();
  }
}
