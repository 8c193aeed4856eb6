package vn.chidao.notification.inbox;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A notification as stored. {@code read} is kept beside {@code readAt} so that "unread first, then
 * newest" is one index-backed sort. {@code storedAt} is when this instance inserted it (not when
 * the event was processed, which for a large batch can be much earlier): the live stream follows
 * it.
 */
@Document(NotificationStore.COLLECTION)
record NotificationDocument(
    @Id String id,
    String eventId,
    String username,
    String tenant,
    String unitId,
    String kind,
    String title,
    String body,
    String directiveId,
    String urgency,
    Instant createdAt,
    boolean read,
    Instant readAt,
    Instant storedAt) {

  static NotificationDocument unread(InAppNotification n, Instant storedAt) {
    return new NotificationDocument(
        null,
        n.eventId(),
        n.username(),
        n.tenant(),
        n.unitId(),
        n.kind(),
        n.title(),
        n.body(),
        n.directiveId(),
        n.urgency(),
        n.createdAt(),
        false,
        null,
        storedAt);
  }
}
