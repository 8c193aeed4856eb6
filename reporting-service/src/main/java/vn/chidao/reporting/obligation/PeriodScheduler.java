package vn.chidao.reporting.obligation;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import vn.chidao.reporting.lease.Leases;

/**
 * Runs the period roll-over and the deadline sweep on one instance at a time (a lease in MongoDB).
 * Both are idempotent, so an instance that loses its lease mid-round and another that takes over
 * only repeat work that changes nothing.
 *
 * <p>Spring calls a reactive {@code @Scheduled} method once and subscribes the Mono it returned
 * every round, so each round is built inside {@code Mono.defer}: every run reads the clock afresh
 * instead of reusing the day of the first call.
 */
@Component
class PeriodScheduler {

  private static final Logger log = LoggerFactory.getLogger(PeriodScheduler.class);
  private static final Duration LEASE = Duration.ofMinutes(10);

  private final Leases leases;
  private final RollingOverPeriods rollOver;
  private final DeadlineSweep sweep;
  private final PendingEffects effects;

  PeriodScheduler(
      Leases leases, RollingOverPeriods rollOver, DeadlineSweep sweep, PendingEffects effects) {
    this.leases = leases;
    this.rollOver = rollOver;
    this.sweep = sweep;
    this.effects = effects;
  }

  @Scheduled(
      initialDelayString = "${chidao.reporting.schedule.roll-over:10m}",
      fixedDelayString = "${chidao.reporting.schedule.roll-over:10m}")
  Mono<Long> rollOver() {
    return Mono.defer(() -> leases.runExclusively("period-roll-over", LEASE, rollOver.rollOver()))
        .onErrorResume(error -> failed("roll-over", error));
  }

  @Scheduled(
      initialDelayString = "${chidao.reporting.schedule.deadline-sweep:5m}",
      fixedDelayString = "${chidao.reporting.schedule.deadline-sweep:5m}")
  Mono<Long> sweep() {
    return Mono.defer(
            () ->
                leases.runExclusively(
                    "deadline-sweep", LEASE, effects.finishInterrupted().then(sweep.sweep())))
        .onErrorResume(error -> failed("deadline sweep", error));
  }

  private static Mono<Long> failed(String job, Throwable error) {
    log.warn("The {} stopped; its next run repeats it: {}", job, error.toString());
    return Mono.just(0L);
  }
}
