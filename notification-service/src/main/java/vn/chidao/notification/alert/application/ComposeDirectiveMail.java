package vn.chidao.notification.alert.application;

import vn.chidao.notification.alert.model.DirectiveAlert;
import vn.chidao.notification.mail.model.MailContent;

/** Renders the e-mail about a new directive (once per event; only the address differs). */
public interface ComposeDirectiveMail {

  MailContent compose(DirectiveAlert alert);
}
