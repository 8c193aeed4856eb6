package vn.chidao.notification.mail.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import vn.chidao.notification.mail.model.MailDelivery;
import vn.chidao.notification.mail.model.RetrySchedule;
import vn.chidao.notification.mail.model.SendResult;

/**
 * Sends what the delivery log says is due: fresh entries as soon as they are queued (a wake-up),
 * failed ones when their retry time comes and abandoned attempts once their lease ran out (a poll).
 * Passes never overlap within one instance; across instances the log's conditional claim keeps an
 * entry to one sender.
 */
public final class MailDispatcher {

  private static final Logger logger = LoggerFactory.getLogger(MailDispatcher.class);

  private final DeliveryLog log;
  private final MailTransport transport;
  private final RetrySchedule schedule;
  private final DispatchSettings settings;
  private final Clock clock;
  private final Sinks.Many<Boolean> wakeUps = Sinks.many().multicast().directBestEffort();
  private Disposable loop;

  public MailDispatcher(
      DeliveryLog log,
      MailTransport transport,
      RetrySchedule schedule,
      DispatchSettings settings,
      Clock clock) {
    this.log = log;
    this.transport = transport;
    this.schedule = schedule;
    this.settings = settings;
    this.clock = clock;
  }

  public synchronized void start() {
    if (loop != null) {
      return;
    }
    // A wake-up during a pass is kept (only the latest) and runs one more pass afterwards, so
    // nothing queued meanwhile waits for the next poll.
    loop =
        Flux.merge(Flux.interval(settings.pollInterval()).map(tick -> true), wakeUps.asFlux())
            .startWith(true)
            .onBackpressureLatest()
            .concatMap(signal -> dispatchDue().onErrorResume(this::logPassFailure), 1)
            .subscribe(
                claimed -> {
                  if (claimed >= settings.batchSize()) {
                    wake();
                  }
                });
  }

  public synchronized void stop() {
    if (loop != null) {
      loop.dispose();
      loop = null;
    }
  }

  public synchronized boolean isRunning() {
    return loop != null;
  }

  /** Asks for a pass soon. A wake-up lost to a concurrent one is harmless: a pass runs anyway. */
  public void wake() {
    wakeUps.tryEmitNext(true);
  }

  /**
   * One pass over up to {@code batchSize} due entries; emits how many this pass claimed. A full
   * batch means more may be due. Entries are claimed a connection's worth at a time, right before
   * sending, so a lease only has to outlast one connection's work.
   */
  public Mono<Integer> dispatchDue() {
    return log.due(clock.instant(), settings.batchSize())
        .buffer(settings.perConnection())
        .flatMap(this::claimAndSend, settings.connections())
        .reduce(0, Integer::sum);
  }

  private Mono<Integer> claimAndSend(List<MailDelivery> due) {
    Instant now = clock.instant();
    return Flux.fromIterable(due)
        .concatMap(delivery -> claim(delivery, now))
        .collectList()
        .flatMap(claimed -> claimed.isEmpty() ? Mono.just(0) : sendAndRecord(claimed));
  }

  private Mono<MailDelivery> claim(MailDelivery delivery, Instant now) {
    if (schedule.exhausted(delivery.attempts())) {
      // Only an attempt that died mid-way (lease expired) gets here: its outcome is unknown.
      return log.gaveUp(delivery, "no attempt left; the last one did not report back", now)
          .then(Mono.empty());
    }
    return log.claim(delivery, now.plus(schedule.lease()), now);
  }

  private Mono<Integer> sendAndRecord(List<MailDelivery> claimed) {
    return transport
        .send(claimed)
        .flatMapMany(
            results ->
                Flux.range(0, claimed.size())
                    .concatMap(i -> record(claimed.get(i), results.get(i))))
        .then(Mono.just(claimed.size()));
  }

  private Mono<Void> record(MailDelivery delivery, SendResult result) {
    Instant now = clock.instant();
    if (result instanceof SendResult.Failed failed) {
      if (failed.permanent() || schedule.exhausted(delivery.attempts())) {
        logger.warn("E-mail {} given up: {}", delivery.id(), failed.reason());
        return log.gaveUp(delivery, failed.reason(), now);
      }
      Instant retryAt = now.plus(schedule.delayAfter(delivery.attempts()));
      logger.info("E-mail {} failed, retry at {}: {}", delivery.id(), retryAt, failed.reason());
      return log.failed(delivery, failed.reason(), retryAt, now);
    }
    return log.sent(delivery, now);
  }

  private Mono<Integer> logPassFailure(Throwable error) {
    logger.warn("E-mail dispatch pass failed; the next poll retries", error);
    return Mono.empty();
  }
}
