package vn.chidao.notification.push.adapter.out;

import com.zerodeplibs.webpush.VAPIDKeyPair;
import com.zerodeplibs.webpush.jwt.VAPIDJWTParam;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The VAPID {@code Authorization} header (RFC 8292) per push-service origin, signed once and reused
 * until shortly before it expires: an ES256 signature costs ~0.4 ms, as much as a third of a push,
 * and a push service accepts the same token for every subscription it hosts (the token names only
 * the origin). Two threads refreshing at once both sign; either header is valid.
 */
public final class VapidHeaders {

  /** Origins remembered before expired entries are swept (push services are few). */
  static final int SWEEP_ABOVE = 256;

  private record Signed(String header, Instant expiresAt) {}

  private final VAPIDKeyPair keys;
  private final String subject;
  private final Duration lifetime;
  private final Duration refreshBefore;
  private final Clock clock;
  private final Map<String, Signed> byOrigin = new ConcurrentHashMap<>();

  /**
   * @param subject the operator's contact, {@code mailto:…} or {@code https:…}
   * @param lifetime how long a token is valid; push services refuse more than 24 h
   * @param refreshBefore a token is replaced this long before it expires, so none in flight expires
   */
  public VapidHeaders(
      VAPIDKeyPair keys, String subject, Duration lifetime, Duration refreshBefore, Clock clock) {
    if (lifetime.compareTo(Duration.ofHours(24)) > 0 || refreshBefore.compareTo(lifetime) >= 0) {
      throw new IllegalArgumentException("need refreshBefore < lifetime <= 24 h");
    }
    this.keys = keys;
    this.subject = subject;
    this.lifetime = lifetime;
    this.refreshBefore = refreshBefore;
    this.clock = clock;
  }

  /** The header for a push to {@code endpoint}. */
  public String forEndpoint(String endpoint) {
    String origin = originOf(endpoint);
    Instant now = clock.instant();
    Signed signed = byOrigin.get(origin);
    if (signed == null || !now.isBefore(signed.expiresAt().minus(refreshBefore))) {
      signed = sign(origin, now);
      if (byOrigin.size() >= SWEEP_ABOVE) {
        byOrigin.values().removeIf(s -> !now.isBefore(s.expiresAt().minus(refreshBefore)));
      }
      byOrigin.put(origin, signed);
    }
    return signed.header();
  }

  private Signed sign(String origin, Instant now) {
    Instant expiresAt = now.plus(lifetime);
    VAPIDJWTParam param =
        VAPIDJWTParam.getBuilder()
            .resourceURLString(origin)
            .expirationTime(expiresAt)
            .subject(subject)
            .build();
    return new Signed(keys.generateAuthorizationHeaderValue(param), expiresAt);
  }

  /** scheme://host[:port], the VAPID {@code aud} (RFC 8292 §2). */
  static String originOf(String endpoint) {
    URI uri = URI.create(endpoint);
    String origin = uri.getScheme() + "://" + uri.getHost();
    return uri.getPort() == -1 ? origin : origin + ":" + uri.getPort();
  }
}
