package vn.chidao.notification.mail.application;

import java.time.Clock;
import java.util.List;
import reactor.core.publisher.Mono;
import vn.chidao.notification.mail.model.MailRequest;

/** Writes requests to the delivery log, then wakes the dispatcher so they leave without delay. */
public final class MailOutbox implements QueueMails {

  private final DeliveryLog log;
  private final MailDispatcher dispatcher;
  private final Clock clock;

  public MailOutbox(DeliveryLog log, MailDispatcher dispatcher, Clock clock) {
    this.log = log;
    this.dispatcher = dispatcher;
    this.clock = clock;
  }

  @Override
  public Mono<Void> queue(List<MailRequest> requests) {
    if (requests.isEmpty()) {
      return Mono.empty();
    }
    return log.queue(requests, clock.instant()).doOnSuccess(done -> dispatcher.wake());
  }
}
