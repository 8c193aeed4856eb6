package vn.chidao.notification.inbox;

import java.time.Instant;

/**
 * An alert to put into one person's inbox because of one event. ({@code eventId}, {@code username})
 * is the idempotency key: recording it again changes nothing.
 *
 * @param kind what happened, e.g. {@link #NEW_DIRECTIVE}
 * @param urgency code such as {@code HOA_TOC}; the client words it
 */
public record InAppNotification(
    String eventId,
    String username,
    String tenant,
    String unitId,
    String kind,
    String title,
    String body,
    String directiveId,
    String urgency,
    Instant createdAt) {

  public static final String NEW_DIRECTIVE = "NEW_DIRECTIVE";

  public InAppNotification {
    if (eventId == null || username == null) {
      throw new IllegalArgumentException("eventId and username form the notification key");
    }
  }
}
