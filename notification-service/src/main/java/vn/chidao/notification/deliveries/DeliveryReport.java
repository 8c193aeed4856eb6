package vn.chidao.notification.deliveries;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * How far one directive's alerts got.
 *
 * @param inApp {@code recorded} (people with an inbox entry) and {@code read}
 * @param channels per channel ({@code EMAIL}, {@code PUSH}), entries per state ({@code QUEUED},
 *     {@code SENDING}, {@code SENT}, {@code FAILED}, {@code GAVE_UP}, {@code HELD}, {@code DIGEST},
 *     {@code DIGESTED}); a push entry is one browser
 * @param reached per channel, the people with at least one entry {@code SENT} (or {@code DIGESTED}
 *     for e-mail)
 */
public record DeliveryReport(
    String directiveId,
    String issuerUnitId,
    String kind,
    Map<String, Long> inApp,
    Map<String, Map<String, Long>> channels,
    Map<String, Long> reached,
    Failures failures) {

  public record Failures(List<Failure> items, int page, int size, long total) {}

  public record Failure(
      String username,
      String unitId,
      String channel,
      String status,
      String reason,
      int attempts,
      Instant updatedAt) {}
}
