package vn.chidao.notification.mail.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.notification.mail.model.MailDelivery;
import vn.chidao.notification.mail.model.RetrySchedule;
import vn.chidao.notification.mail.model.SendResult;
import vn.chidao.notification.support.DispatchLoop;

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
  private final DispatchLoop loop;

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
    this.loop =
        new DispatchLoop(
            "E-mail", settings.pollInterval(), settings.batchSize(), this::dispatchDue);
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

  /** Claims a connection's worth in one bulk write; gives up those that died out of attempts. */
  private Mono<Integer> claimAndSend(List<MailDelivery> due) {
    Instant now = clock.instant();
    List<MailDelivery> claimable = new ArrayList<>(due.size());
    List<Mono<Void>> exhausted = new ArrayList<>();
    for (MailDelivery delivery : due) {
      if (schedule.exhausted(delivery.attempts())) {
        // Only an attempt that died mid-way (lease expired) gets here: its outcome is unknown.
        exhausted.add(
            log.gaveUp(delivery, "no attempt left; the last one did not report back", now));
      } else {
        claimable.add(delivery);
      }
    }
    return Flux.concat(exhausted)
        .then(log.claimAll(claimable, now.plus(schedule.lease()), now))
        .flatMap(claimed -> claimed.isEmpty() ? Mono.just(0) : sendAndRecord(claimed));
  }

  /** Successes are recorded in one bulk write; failures, rare, one by one. */
  private Mono<Integer> sendAndRecord(List<MailDelivery> claimed) {
    return transport
        .send(claimed)
        .flatMap(
            results -> {
              List<MailDelivery> sent = new ArrayList<>(claimed.size());
              List<Mono<Void>> failures = new ArrayList<>();
              for (int i = 0; i < claimed.size(); i++) {
                if (results.get(i) instanceof SendResult.Failed) {
                  failures.add(record(claimed.get(i), results.get(i)));
                } else {
                  sent.add(claimed.get(i));
                }
              }
              return log.sentAll(sent, clock.instant()).then(Flux.concat(failures).then());
            })
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
}
