package vn.chidao.notification.mail.model;

/** A rendered e-mail not yet addressed: the same for every person alerted about one event. */
public record MailContent(String subject, String text, String html) {

  public MailMessage to(String address, String name) {
    return new MailMessage(address, name, subject, text, html);
  }
}
