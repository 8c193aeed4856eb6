package vn.chidao.notification.alert.model;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One event turned into words and an audience: the same title and body in the inbox, the e-mail and
 * the push. Text from events is flattened to one line (a line break in a subject would end a mail
 * header).
 *
 * @param eventId the idempotency key's first part: (event, person, channel) is delivered once
 * @param details label/value lines the e-mail lists under the body
 * @param linkPath where the web app shows it, e.g. {@code /van-ban/dir-1}
 * @param directiveId the directive it is about (for report events, the one demanding the report)
 * @param issuerUnitId who issued that directive, for the issuer's delivery log; may be null
 * @param topicKey alerts sharing a key replace each other on a device that has not fetched them yet
 *     (Web Push {@code Topic}); null for none
 * @param directive the delivered directive for {@link AlertKind#NEW_DIRECTIVE}, else null
 */
public record Alert(
    String eventId,
    AlertKind kind,
    String tenant,
    Urgency urgency,
    String title,
    String body,
    List<Detail> details,
    String linkPath,
    String directiveId,
    String issuerUnitId,
    String topicKey,
    Audience audience,
    IssuedDirective directive) {

  static final int MAX_MAIL_SUBJECT = 200;

  public record Detail(String label, String value) {}

  public Alert {
    if (eventId == null || eventId.isBlank()) {
      throw new IllegalArgumentException("eventId is required");
    }
    if (kind == null || audience == null) {
      throw new IllegalArgumentException("kind and audience are required");
    }
    urgency = urgency == null ? Urgency.NORMAL : urgency;
    title = oneLine(title);
    body = oneLine(body);
    details =
        details == null
            ? List.of()
            : details.stream()
                .filter(d -> d.value() != null && !d.value().isBlank())
                .map(d -> new Detail(d.label(), oneLine(d.value())))
                .toList();
  }

  /** "[chidao] " + title, cut at a readable length. */
  public String mailSubject() {
    String subject = "[chidao] " + title;
    return subject.length() <= MAX_MAIL_SUBJECT
        ? subject
        : subject.substring(0, MAX_MAIL_SUBJECT - 1).strip() + "…";
  }

  public String link(String publicUrl) {
    String base =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    return base + linkPath;
  }

  static String path(String prefix, String id) {
    return prefix + URLEncoder.encode(id == null ? "" : id, StandardCharsets.UTF_8);
  }

  static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").strip();
  }
}
