package vn.chidao.gateway.ratelimit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many requests a signed-in person and a network address may make. Each is a token bucket that
 * holds {@code requests} and refills them evenly over {@code per}: a page load's burst passes, a
 * script hammering the API is slowed to the refill rate.
 *
 * @param enabled off only for load tests
 * @param perUser every request under /api/** of one person (session or bearer token)
 * @param perAddress every request from one client address (before sign-in too), higher because many
 *     officials of one office may share an address
 * @param maxKeys above this many tracked users and addresses, idle ones are forgotten
 */
@ConfigurationProperties("chidao.gateway.rate-limit")
public record RateLimitProperties(boolean enabled, Limit perUser, Limit perAddress, int maxKeys) {

  /** {@code requests} per {@code per}. */
  public record Limit(long requests, Duration per) {}
}
