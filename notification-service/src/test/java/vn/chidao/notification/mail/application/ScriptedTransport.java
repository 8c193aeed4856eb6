package vn.chidao.notification.mail.application;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import reactor.core.publisher.Mono;
import vn.chidao.notification.mail.model.MailDelivery;
import vn.chidao.notification.mail.model.SendResult;

/** An SMTP server that answers as the test scripts it; "sent" once the script runs out. */
final class ScriptedTransport implements MailTransport {

  private final Deque<SendResult> script = new ArrayDeque<>();
  private final List<MailDelivery> attempts = new ArrayList<>();

  ScriptedTransport then(SendResult result) {
    script.add(result);
    return this;
  }

  synchronized List<MailDelivery> attempts() {
    return List.copyOf(attempts);
  }

  @Override
  public synchronized Mono<List<SendResult>> send(List<MailDelivery> deliveries) {
    List<SendResult> results = new ArrayList<>();
    for (MailDelivery delivery : deliveries) {
      attempts.add(delivery);
      SendResult next = script.poll();
      results.add(next != null ? next : SendResult.sent());
    }
    return Mono.just(results);
  }
}
