package vn.chidao.directive.draft;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Settles drafts a crash left {@code ISSUING}, soon after start-up and then periodically. A claim
 * is settled only once it is older than {@code settle-after}, far longer than an issue takes to
 * reach its commit point (milliseconds), so a running issue is not disturbed.
 */
@Component
class DraftIssueRelay {

  private static final Logger log = LoggerFactory.getLogger(DraftIssueRelay.class);

  private final SettlingDrafts settling;
  private final Duration settleAfter;
  private final Clock clock;

  DraftIssueRelay(
      SettlingDrafts settling,
      @Value("${chidao.directive.drafts.settle-after:2m}") Duration settleAfter,
      Clock clock) {
    this.settling = settling;
    this.settleAfter = settleAfter;
    this.clock = clock;
  }

  @Scheduled(
      initialDelayString = "${chidao.directive.drafts.relay-interval:30s}",
      fixedDelayString = "${chidao.directive.drafts.relay-interval:30s}")
  Mono<Void> relay() {
    // Called once by Spring, its Mono subscribed every round: deferred so that each round takes
    // the time anew (see DeliveryRelayScheduler).
    return Mono.defer(
        () ->
            settling
                .settleClaimedBefore(clock.instant().minus(settleAfter))
                .then()
                .onErrorResume(
                    error -> {
                      log.warn(
                          "Settling drafts left ISSUING failed; tried again next round", error);
                      return Mono.empty();
                    }));
  }
}
