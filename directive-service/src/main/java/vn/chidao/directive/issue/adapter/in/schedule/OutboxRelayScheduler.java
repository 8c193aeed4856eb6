package vn.chidao.directive.issue.adapter.in.schedule;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import vn.chidao.directive.issue.application.IssuedEventsOutbox;

/**
 * Runs the outbox relay. With fixed delay, Spring subscribes to the returned {@link Mono} and
 * starts the next round only after it completed, so rounds never overlap within one instance. It
 * calls this method only once and subscribes to the same {@code Mono} every round, so the round is
 * built at subscription (ArchitectureRules#SCHEDULED_ROUNDS_ARE_DEFERRED). Two instances may both
 * re-publish an event: consumers dedupe by its id.
 */
@Component
class OutboxRelayScheduler {

  private final IssuedEventsOutbox outbox;

  OutboxRelayScheduler(IssuedEventsOutbox outbox) {
    this.outbox = outbox;
  }

  @Scheduled(
      initialDelayString = "${chidao.directive.outbox.relay-interval:5s}",
      fixedDelayString = "${chidao.directive.outbox.relay-interval:5s}")
  Mono<Long> relay() {
    return Mono.defer(outbox::relayPending);
  }
}
