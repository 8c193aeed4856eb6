package vn.chidao.testsupport.push;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A push message the local service accepted: VAPID verified, payload decrypted.
 *
 * @param urgency the {@code Urgency} header, {@code normal} when absent (RFC 8030 §5.3)
 * @param topic the {@code Topic} header, or null
 */
public record ReceivedPush(
    String subscriptionId,
    byte[] payload,
    long ttlSeconds,
    String urgency,
    String topic,
    String vapidSubject,
    String vapidPublicKey,
    Instant receivedAt) {

  public String text() {
    return new String(payload, StandardCharsets.UTF_8);
  }
}
