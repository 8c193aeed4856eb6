package vn.chidao.notification.mail.model;

/**
 * One rendered e-mail to one person: stored in the delivery log as it will be sent, so a retry
 * hours later sends exactly what the event said, without the event.
 *
 * @param toName display name for the To header, may be null
 */
public record MailMessage(String to, String toName, String subject, String text, String html) {

  public MailMessage {
    if (to == null || to.isBlank()) {
      throw new IllegalArgumentException("recipient address is required");
    }
    if (subject == null || subject.contains("\r") || subject.contains("\n")) {
      throw new IllegalArgumentException("subject must be one line");
    }
    if (text == null || html == null) {
      throw new IllegalArgumentException("both a plain-text and an HTML body are required");
    }
    to = to.strip();
  }
}
