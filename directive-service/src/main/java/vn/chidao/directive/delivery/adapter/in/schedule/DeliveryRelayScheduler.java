package vn.chidao.directive.delivery.adapter.in.schedule;

import java.time.Clock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import vn.chidao.directive.delivery.application.AnnouncingWithdrawal;
import vn.chidao.directive.delivery.application.DeliveringDirective;
import vn.chidao.directive.delivery.application.DeliverySettings;
import vn.chidao.directive.delivery.application.DeliveryStore;

/**
 * Resumes delivery jobs and withdrawal announcements that did not finish (the process died, the
 * broker was down). Jobs already running in this instance are not started twice; another instance
 * may repeat a batch, which is harmless (unique rows, stable event ids).
 */
@Component
class DeliveryRelayScheduler {

  private static final int PER_ROUND = 20;

  private final DeliveryStore store;
  private final DeliveringDirective delivering;
  private final AnnouncingWithdrawal withdrawals;
  private final DeliverySettings settings;
  private final Clock clock;

  DeliveryRelayScheduler(
      DeliveryStore store,
      DeliveringDirective delivering,
      AnnouncingWithdrawal withdrawals,
      DeliverySettings settings,
      Clock clock) {
    this.store = store;
    this.delivering = delivering;
    this.withdrawals = withdrawals;
    this.settings = settings;
    this.clock = clock;
  }

  @Scheduled(
      initialDelayString = "${chidao.directive.delivery.relay-interval:5s}",
      fixedDelayString = "${chidao.directive.delivery.relay-interval:5s}")
  Mono<Void> relay() {
    // Spring calls this method once and subscribes to its Mono every round: deferred, so each
    // round takes the time anew (built eagerly, the first round's cut-off held for good, and a job
    // interrupted while the service ran was never taken back).
    return Mono.defer(
        () ->
            store
                .unfinishedDeliveries(clock.instant().minus(settings.minAge()), PER_ROUND)
                .doOnNext(delivering::start)
                .thenMany(store.unannouncedWithdrawals(PER_ROUND).doOnNext(withdrawals::start))
                .then()
                .onErrorResume(error -> Mono.empty()));
  }
}
