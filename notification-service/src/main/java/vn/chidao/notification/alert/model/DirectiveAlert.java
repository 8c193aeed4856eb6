package vn.chidao.notification.alert.model;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The words of an alert about a new directive, the same in the inbox and in the e-mail. Text from
 * the event is flattened to one line: a line break in a subject would otherwise end a mail header.
 */
public record DirectiveAlert(IssuedDirective directive) {

  static final int MAX_MAIL_SUBJECT = 200;

  /** "Văn bản mới: Công văn số 84-CV/ĐU", or without "số …" while the symbol is unknown. */
  public String title() {
    String title = "Văn bản mới: " + directive.docTypeName();
    return directive.symbol() == null ? title : title + " số " + oneLine(directive.symbol());
  }

  /** The trích yếu, then who issued it. */
  public String body() {
    String subject = oneLine(directive.subject());
    String issuer = oneLine(directive.issuerUnitName());
    if (issuer.isEmpty()) {
      return subject;
    }
    return subject.isEmpty() ? issuer : subject + " — " + issuer;
  }

  /** "[chidao] Văn bản mới: Công văn — về việc …", cut at a readable length. */
  public String mailSubject() {
    String subject = "[chidao] Văn bản mới: " + directive.docTypeName();
    String summary = oneLine(directive.subject());
    if (!summary.isEmpty()) {
      subject += " — " + summary;
    }
    return subject.length() <= MAX_MAIL_SUBJECT
        ? subject
        : subject.substring(0, MAX_MAIL_SUBJECT - 1).strip() + "…";
  }

  /** Where the reader opens the directive in the web app. */
  public String link(String publicUrl) {
    String base =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    return base + "/van-ban/" + URLEncoder.encode(directive.directiveId(), StandardCharsets.UTF_8);
  }

  public Urgency urgency() {
    return directive.urgency();
  }

  static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").strip();
  }
}
