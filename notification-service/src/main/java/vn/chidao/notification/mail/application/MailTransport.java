package vn.chidao.notification.mail.application;

import java.util.List;
import reactor.core.publisher.Mono;
import vn.chidao.notification.mail.model.MailDelivery;
import vn.chidao.notification.mail.model.SendResult;

/** Hands e-mails to an SMTP server. */
public interface MailTransport {

  /**
   * Sends the messages over one connection where possible, off the caller's thread. Emits one
   * result per delivery, in order; a failure is a result, never an error signal.
   */
  Mono<List<SendResult>> send(List<MailDelivery> deliveries);
}
