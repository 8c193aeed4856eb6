package vn.chidao.reporting.outbox;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Runs the relay; rounds never overlap within an instance (fixed delay waits for the Mono). Two
 * instances may both publish an entry: consumers dedupe by event id.
 */
@Component
class OutboxRelayScheduler {

  private final Outbox outbox;

  OutboxRelayScheduler(Outbox outbox) {
    this.outbox = outbox;
  }

  @Scheduled(
      initialDelayString = "${chidao.reporting.outbox.relay-interval:3s}",
      fixedDelayString = "${chidao.reporting.outbox.relay-interval:3s}")
  Mono<Long> relay() {
    // Spring subscribes this Mono every round after one call: built per subscription, like the
    // period jobs, so the relay stays fresh even if relayPending() ever reads the clock eagerly.
    return Mono.defer(outbox::relayPending);
  }
}
