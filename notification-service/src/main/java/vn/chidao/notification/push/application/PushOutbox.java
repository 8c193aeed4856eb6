package vn.chidao.notification.push.application;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import reactor.core.publisher.Mono;
import vn.chidao.notification.push.model.PushRequest;

/**
 * Resolves the recipients' browsers, writes one log entry per browser, then wakes the dispatcher.
 * The subscriptions are read when the event is processed: a redelivery finds the same ones already
 * logged (skipped) and only a browser subscribed meanwhile gets a push.
 */
public final class PushOutbox implements QueuePushes {

  private final PushSubscriptions subscriptions;
  private final PushLog log;
  private final PushDispatcher dispatcher;
  private final Clock clock;

  public PushOutbox(
      PushSubscriptions subscriptions, PushLog log, PushDispatcher dispatcher, Clock clock) {
    this.subscriptions = subscriptions;
    this.log = log;
    this.dispatcher = dispatcher;
    this.clock = clock;
  }

  @Override
  public Mono<Void> queue(PushAlert alert, Collection<Recipient> recipients) {
    if (recipients.isEmpty()) {
      return Mono.empty();
    }
    Map<String, Recipient> byUsername =
        recipients.stream()
            .collect(Collectors.toMap(Recipient::username, Function.identity(), (a, b) -> a));
    return subscriptions
        .of(byUsername.keySet())
        .map(
            target -> {
              Recipient recipient = byUsername.get(target.username());
              return new PushRequest(
                  alert.eventId(),
                  recipient.tenant(),
                  recipient.unitId(),
                  target,
                  alert.payload(),
                  alert.headers(),
                  alert.directiveId(),
                  alert.kind(),
                  recipient.holdUntil());
            })
        .collectList()
        .flatMap(
            requests ->
                requests.isEmpty()
                    ? Mono.<Void>empty()
                    : log.queue(requests, clock.instant()).doOnSuccess(done -> dispatcher.wake()));
  }
}
