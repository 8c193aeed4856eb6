package vn.chidao.directive.issue.application;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.chidao.directive.issue.model.Directive;

/**
 * Gets every stored {@code DirectiveIssued} event onto the broker at least once. The request that
 * issued a directive publishes right away; whatever failed there (broker down, confirm lost, crash)
 * is still marked unpublished in the directive's document and is picked up by {@link
 * #relayPending()}. A duplicate is harmless: the event id is fixed and consumers dedupe by it.
 */
@Service
public class IssuedEventsOutbox {

  private static final Logger log = LoggerFactory.getLogger(IssuedEventsOutbox.class);

  private final DirectiveStore store;
  private final DirectiveEvents events;
  private final OutboxSettings settings;
  private final Clock clock;

  public IssuedEventsOutbox(
      DirectiveStore store, DirectiveEvents events, OutboxSettings settings, Clock clock) {
    this.store = store;
    this.events = events;
    this.settings = settings;
    this.clock = clock;
  }

  /** Publishes now; never fails, since the directive is already safely stored. */
  public Mono<Void> publishNow(Directive directive) {
    return publish(directive)
        .onErrorResume(
            error -> {
              log.warn(
                  "DirectiveIssued {} of directive {} not confirmed yet; the outbox relay will retry: {}",
                  directive.issuedEventId(),
                  directive.id(),
                  error.toString());
              return Mono.empty();
            });
  }

  /**
   * One relay round: re-publishes the oldest unpublished events, one after the other, and counts
   * those the broker confirmed. Deferred, so that the cut-off time is taken at each subscription: a
   * scheduler may subscribe to the same {@code Mono} round after round.
   */
  public Mono<Long> relayPending() {
    return Mono.defer(
            () ->
                store
                    .findUnpublished(clock.instant().minus(settings.minAge()), settings.batchSize())
                    .concatMap(this::publishOrSkip)
                    .count())
        .doOnNext(
            count -> {
              if (count > 0) {
                log.info("Outbox relay published {} pending DirectiveIssued event(s)", count);
              }
            })
        .onErrorResume(
            error -> {
              log.warn("Outbox relay round stopped; next round retries: {}", error.toString());
              return Mono.just(0L);
            });
  }

  /** One event that cannot be published must not hold back the others behind it. */
  private Mono<Directive> publishOrSkip(Directive directive) {
    return publish(directive)
        .thenReturn(directive)
        .onErrorResume(
            error -> {
              log.warn(
                  "Outbox relay could not publish DirectiveIssued {} of directive {}: {}",
                  directive.issuedEventId(),
                  directive.id(),
                  error.toString());
              return Mono.empty();
            });
  }

  private Mono<Void> publish(Directive directive) {
    return events
        .publishIssued(directive)
        .then(Mono.defer(() -> store.markPublished(directive.id(), directive.issuedEventId())));
  }
}
