package vn.chidao.notification.alert.adapter.out;

import java.util.HashMap;
import java.util.Map;
import vn.chidao.notification.alert.model.DirectiveAlert;
import vn.chidao.notification.alert.model.IssuedDirective;
import vn.chidao.notification.mail.model.MailContent;
import vn.chidao.notification.mail.template.MailTemplates;

/** The "new directive" e-mail, from templates {@code mail/directive-issued.{txt,html}}. */
public class ThymeleafDirectiveMail {

  static final String TEMPLATE = "directive-issued";

  private final MailTemplates templates;
  private final String publicUrl;

  /**
   * @param publicUrl where users reach the web app, e.g. {@code https://chidao.example.vn}
   */
  public ThymeleafDirectiveMail(MailTemplates templates, String publicUrl) {
    this.templates = templates;
    this.publicUrl = publicUrl;
  }

  public MailContent compose(DirectiveAlert alert) {
    IssuedDirective directive = alert.directive();
    // HashMap: the symbol and the issuer may be null, which Map.of refuses.
    Map<String, Object> variables = new HashMap<>();
    variables.put("docTypeName", directive.docTypeName());
    variables.put("symbol", directive.symbol());
    variables.put("subject", directive.subject());
    variables.put("issuerUnitName", directive.issuerUnitName());
    variables.put("urgency", alert.urgency().label());
    variables.put("urgent", alert.urgency().isUrgent());
    variables.put("title", alert.title());
    variables.put("link", alert.link(publicUrl));
    MailTemplates.Rendered rendered = templates.render(TEMPLATE, variables);
    return new MailContent(alert.mailSubject(), rendered.text(), rendered.html());
  }
}
