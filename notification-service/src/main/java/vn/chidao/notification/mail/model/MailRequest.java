package vn.chidao.notification.mail.model;

import java.time.Instant;

/**
 * A feature asks for one e-mail to one person because of one event.
 *
 * @param directiveId the directive it concerns, for the issuer's delivery log; may be null
 * @param kind the alert kind, e.g. {@code NEW_DIRECTIVE}; may be null
 * @param holdUntil quiet hours: not sent before this instant; null to send now
 * @param digestAt low priority: one line of the digest sent at this instant instead of a mail of
 *     its own; null otherwise
 */
public record MailRequest(
    String eventId,
    String username,
    String tenant,
    String unitId,
    MailMessage message,
    String directiveId,
    String kind,
    Instant holdUntil,
    Instant digestAt) {

  public MailRequest {
    if (eventId == null || username == null) {
      throw new IllegalArgumentException("eventId and username form the delivery key");
    }
  }

  public MailRequest(
      String eventId, String username, String tenant, String unitId, MailMessage message) {
    this(eventId, username, tenant, unitId, message, null, null, null, null);
  }
}
