package vn.chidao.notification.push.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import vn.chidao.notification.alert.model.Urgency;

/**
 * The RFC 8030 headers of one push: how long the push service keeps it for an offline device
 * ({@code TTL}), how eagerly the device is woken ({@code Urgency}) and which earlier, undelivered
 * push it replaces ({@code Topic}).
 *
 * @param urgency {@code very-low}, {@code low}, {@code normal} or {@code high}
 * @param topic at most 32 base64url characters
 */
public record PushHeaders(Duration ttl, String urgency, String topic) {

  static final int MAX_TOPIC = 32;

  public PushHeaders {
    if (ttl == null || ttl.isNegative()) {
      throw new IllegalArgumentException("ttl must be zero or positive");
    }
    if (topic != null && !topic.matches("[A-Za-z0-9_-]{1," + MAX_TOPIC + "}")) {
      throw new IllegalArgumentException("topic must be 1-32 base64url characters");
    }
  }

  /**
   * Headers for an alert about a directive.
   *
   * <p>Urgency: Hỏa tốc and Thượng khẩn are {@code high} — the device is woken even on a low
   * battery, since these must be acted on within hours. Khẩn and ordinary documents are {@code
   * normal}, never {@code low}: "low" lets a phone on mobile data hold the message until it is on
   * Wi-Fi or charging, and a commune secretary in the mountains may be on neither for a day, while
   * the users asked to learn of a new directive within seconds.
   *
   * <p>TTL: a push is only the nudge (the inbox and the e-mail keep the directive), so an urgent
   * one that would arrive hours late is dropped rather than shown stale: 4 h for Hỏa tốc, 12 h for
   * Thượng khẩn, 1 day otherwise.
   *
   * <p>Topic: derived from the directive id, so a later alert about the same directive (recalled,
   * superseded) replaces one the device has not fetched yet. A hash, because push services see the
   * topic in clear and the id need not be shown to them.
   */
  public static PushHeaders forDirective(String directiveId, Urgency urgency) {
    Urgency mark = urgency == null ? Urgency.NORMAL : urgency;
    return switch (mark) {
      case HOA_TOC -> new PushHeaders(Duration.ofHours(4), "high", topicOf(directiveId));
      case THUONG_KHAN -> new PushHeaders(Duration.ofHours(12), "high", topicOf(directiveId));
      case KHAN, NORMAL -> new PushHeaders(Duration.ofDays(1), "normal", topicOf(directiveId));
    };
  }

  /**
   * Headers for any alert: TTL and Urgency as for a directive of that urgency; a Topic only when
   * the alert has a key to replace by (null: none).
   */
  public static PushHeaders forAlert(String topicKey, Urgency urgency) {
    PushHeaders directive = forDirective("-", urgency);
    return new PushHeaders(
        directive.ttl(), directive.urgency(), topicKey == null ? null : topicOf(topicKey));
  }

  /** 32 base64url characters (192 bits) of SHA-256 over the directive id: stable, opaque. */
  public static String topicOf(String directiveId) {
    if (directiveId == null || directiveId.isBlank()) {
      throw new IllegalArgumentException("directiveId is required for a topic");
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(("directive:" + directiveId).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, MAX_TOPIC);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
