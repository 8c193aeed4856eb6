package vn.chidao.notification.mail.model;

/** A feature asks for one e-mail to one person because of one event. */
public record MailRequest(
    String eventId, String username, String tenant, String unitId, MailMessage message) {

  public MailRequest {
    if (eventId == null || username == null) {
      throw new IllegalArgumentException("eventId and username form the delivery key");
    }
  }
}
