package vn.chidao.notification.mail.application;

import java.util.List;
import reactor.core.publisher.Mono;
import vn.chidao.notification.mail.model.MailRequest;

/** How other features ask for e-mails: queued durably now, sent soon after. */
public interface QueueMails {

  /** Completes once the requests are in the delivery log; repeated requests are no-ops. */
  Mono<Void> queue(List<MailRequest> requests);
}
