package vn.chidao.notification.push.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
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

  /**
   * Successes recorded in one write, or what came within {@link #RECORD_WAIT}; the buffer waits for
   * its downstream (fair back-pressure) rather than failing while a write is still running.
   */
  static final int RECORD_RUN = 256;

  private static final Duration RECORD_WAIT = Duration.ofMillis(50);

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

  /**
   * One pass over up to {@code batchSize} due entries; emits how many it handled. The sendable ones
   * are claimed together (one bulk write), and successes are recorded in runs of up to {@link
   * #RECORD_RUN} (one bulk write each), so the log costs a few round trips per pass rather than two
   * per push. Other outcomes, rare, are recorded one by one.
   */
  public Mono<Integer> dispatchDue() {
    Instant now = clock.instant();
    return log.due(now, settings.batchSize())
        .collectList()
        .flatMap(
            due -> {
              List<PushDelivery> sendable = new ArrayList<>(due.size());
              List<Mono<Void>> dropped = new ArrayList<>();
              for (PushDelivery delivery : due) {
                if (!now.isBefore(delivery.expiresAt())) {
                  dropped.add(
                      log.gaveUp(delivery, "TTL ran out before the push could be delivered", now));
                } else if (schedule.exhausted(delivery.attempts())) {
                  dropped.add(
                      log.gaveUp(
                          delivery, "no attempt left; the last one did not report back", now));
                } else {
                  sendable.add(delivery);
                }
              }
              return Flux.concat(dropped)
                  .then(log.claimAll(sendable, now.plus(schedule.lease()), now))
                  .flatMapMany(Flux::fromIterable)
                  .flatMap(
                      claimed -> transport.send(claimed).map(outcome -> new Sent(claimed, outcome)),
                      settings.inFlight())
                  .bufferTimeout(RECORD_RUN, RECORD_WAIT, true)
                  .concatMap(this::recordAll)
                  .then(Mono.just(due.size()));
            });
  }

  private record Sent(PushDelivery delivery, PushOutcome outcome) {}

  private Mono<Void> recordAll(List<Sent> run) {
    List<PushDelivery> delivered =
        run.stream()
            .filter(sent -> sent.outcome() instanceof PushOutcome.Delivered)
            .map(Sent::delivery)
            .toList();
    return log.sentAll(delivered, clock.instant())
        .thenMany(
            Flux.fromIterable(run)
                .filter(sent -> !(sent.outcome() instanceof PushOutcome.Delivered))
                .concatMap(sent -> record(sent.delivery(), sent.outcome())))
        .then();
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
