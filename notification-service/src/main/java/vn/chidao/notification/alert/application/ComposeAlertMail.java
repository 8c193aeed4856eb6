package vn.chidao.notification.alert.application;

import vn.chidao.notification.alert.model.Alert;
import vn.chidao.notification.mail.model.MailContent;

/** Renders the e-mail of an alert (once per event; only the address differs). */
public interface ComposeAlertMail {

  MailContent compose(Alert alert);
}
