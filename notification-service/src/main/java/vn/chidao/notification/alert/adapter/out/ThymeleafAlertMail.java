package vn.chidao.notification.alert.adapter.out;

import java.util.HashMap;
import java.util.Map;
import vn.chidao.notification.alert.application.ComposeAlertMail;
import vn.chidao.notification.alert.model.Alert;
import vn.chidao.notification.alert.model.DirectiveAlert;
import vn.chidao.notification.mail.model.MailContent;
import vn.chidao.notification.mail.template.MailTemplates;

/**
 * E-mails of alerts: a new directive has its own template ({@code directive-issued}), every other
 * kind the general one ({@code alert}: title, body, detail lines, link).
 */
public class ThymeleafAlertMail implements ComposeAlertMail {

  static final String TEMPLATE = "alert";

  private final MailTemplates templates;
  private final ThymeleafDirectiveMail directiveMail;
  private final String publicUrl;

  public ThymeleafAlertMail(MailTemplates templates, String publicUrl) {
    this.templates = templates;
    this.directiveMail = new ThymeleafDirectiveMail(templates, publicUrl);
    this.publicUrl = publicUrl;
  }

  @Override
  public MailContent compose(Alert alert) {
    if (alert.directive() != null) {
      return directiveMail.compose(new DirectiveAlert(alert.directive()));
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put("title", alert.title());
    variables.put("body", alert.body());
    variables.put("details", alert.details());
    variables.put("urgent", alert.urgency().bypassesQuietHours());
    variables.put("urgency", alert.urgency().label());
    variables.put("link", alert.link(publicUrl));
    MailTemplates.Rendered rendered = templates.render(TEMPLATE, variables);
    return new MailContent(alert.mailSubject(), rendered.text(), rendered.html());
  }
}
