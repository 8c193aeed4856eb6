package vn.chidao.notification.schedule;

import java.util.List;
import java.util.Map;
import vn.chidao.notification.mail.model.MailContent;
import vn.chidao.notification.mail.template.MailTemplates;

/** The daily digest e-mail: one line per low-priority alert, and a link to the inbox. */
public class DigestMail {

  static final String TEMPLATE = "digest";
  private static final String PREFIX = "[chidao] ";

  private final MailTemplates templates;
  private final String publicUrl;

  public DigestMail(MailTemplates templates, String publicUrl) {
    this.templates = templates;
    this.publicUrl =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  /**
   * @param subjects the subjects of the e-mails the digest replaces
   */
  public MailContent compose(List<String> subjects) {
    List<String> lines =
        subjects.stream()
            .map(s -> s.startsWith(PREFIX) ? s.substring(PREFIX.length()) : s)
            .toList();
    String title = "Tóm tắt thông báo: " + lines.size() + " thông báo mới";
    MailTemplates.Rendered rendered =
        templates.render(
            TEMPLATE, Map.of("title", title, "lines", lines, "link", publicUrl + "/thong-bao"));
    return new MailContent(PREFIX + title, rendered.text(), rendered.html());
  }
}
