package vn.chidao.notification.push.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import vn.chidao.notification.mail.model.RetrySchedule;
import vn.chidao.notification.push.model.PushDelivery;
import vn.chidao.notification.push.model.PushOutcome;
import vn.chidao.notification.support.DispatchLoop;

/**
 * Sends due pushes: new entries as soon as they are queued (a wake-up), retries when their time
 * comes and abandoned attempts once their lease ran out (a poll). Same shape as the e-mail
 * dispatcher; the differences are the answers a push service gives: 404/410 mean the browser is
 * gone (its subscription is removed), 429/5xx are retried no earlier than {@code Retry-After}, and
 * a push whose TTL has run out is not sent at all.
 */
public final class PushDispatcher {

  private static final Logger logger = LoggerFactory.getLogger(PushDispatcher.class);

  private final PushLog log;
  private final PushTransport transport;
  private final PushSubscriptions subscriptions;
  private final RetrySchedule schedule;
  private final PushDispatchSettings settings;
  private final Clock clock;
  private final DispatchLoop loop;

  public PushDispatcher(
      PushLog log,
      PushTransport transport,
      PushSubscriptions subscriptions,
      RetrySchedule schedule,
      PushDispatchSettings settings,
      Clock clock) {
    this.log = log;
    this.transport = transport;
    this.subscriptions = subscriptions;
    this.schedule = schedule;
    this.settings = settings;
    this.clock = clock;
    this.loop =
        new DispatchLoop("Push", settings.pollInterval(), settings.batchSize(), this::dispatchDue);
  }

  public void start() {
    loop.start();
  }

  public void stop() {
    loop.stop();
  }

  public boolean isRunning() {
    return loop.isRunning();
  }

  /** Asks for a pass soon (fresh entries were queued). */
  public void wake() {
    loop.wake();
  }

  /** One pass over up to {@code batchSize} due entries; emits how many it handled. */
  public Mono<Integer> dispatchDue() {
    return log.due(clock.instant(), settings.batchSize())
        .flatMap(this::claimAndSend, settings.inFlight())
        .reduce(0, Integer::sum);
  }

  private Mono<Integer> claimAndSend(PushDelivery due) {
    Instant now = clock.instant();
    if (!now.isBefore(due.expiresAt())) {
      return log.gaveUp(due, "TTL ran out before the push could be delivered", now).thenReturn(1);
    }
    if (schedule.exhausted(due.attempts())) {
      return log.gaveUp(due, "no attempt left; the last one did not report back", now)
          .thenReturn(1);
    }
    return log.claim(due, now.plus(schedule.lease()), now)
        .flatMap(claimed -> transport.send(claimed).flatMap(outcome -> record(claimed, outcome)))
        .thenReturn(1);
  }

  private Mono<Void> record(PushDelivery delivery, PushOutcome outcome) {
    Instant now = clock.instant();
    if (outcome instanceof PushOutcome.Gone gone) {
      logger.info("Push subscription {} is gone: {}", delivery.target().id(), gone.reason());
      return log.gaveUp(delivery, gone.reason(), now)
          .then(subscriptions.remove(delivery.target().id()))
          .then(log.abandonOthers(delivery.target().id(), null, gone.reason(), now));
    }
    if (outcome instanceof PushOutcome.Refused refused) {
      logger.warn("Push {} refused: {}", delivery.id(), refused.reason());
      return log.gaveUp(delivery, refused.reason(), now);
    }
    if (outcome instanceof PushOutcome.TryLater later) {
      return retry(delivery, later, now);
    }
    return log.sent(delivery, now);
  }

  private Mono<Void> retry(PushDelivery delivery, PushOutcome.TryLater later, Instant now) {
    if (schedule.exhausted(delivery.attempts())) {
      return log.gaveUp(delivery, later.reason(), now);
    }
    Duration backOff = schedule.delayAfter(delivery.attempts());
    Duration wait =
        later.retryAfter().filter(asked -> asked.compareTo(backOff) > 0).orElse(backOff);
    Instant retryAt = now.plus(wait);
    if (!retryAt.isBefore(delivery.expiresAt())) {
      return log.gaveUp(delivery, later.reason() + "; retry would come after the TTL", now);
    }
    logger.info("Push {} to retry at {}: {}", delivery.id(), retryAt, later.reason());
    return log.failed(delivery, later.reason(), retryAt, now);
  }
}
