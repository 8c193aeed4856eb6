package vn.chidao.notification.inbox;

import java.time.Instant;

/** One notification as the inbox API shows it. */
public record InboxItem(
    String id,
    String kind,
    String title,
    String body,
    String directiveId,
    String unitId,
    String urgency,
    Instant createdAt,
    boolean read) {

  static InboxItem of(NotificationDocument n) {
    return new InboxItem(
        n.id(),
        n.kind(),
        n.title(),
        n.body(),
        n.directiveId(),
        n.unitId(),
        n.urgency(),
        n.createdAt(),
        n.read());
  }
}
