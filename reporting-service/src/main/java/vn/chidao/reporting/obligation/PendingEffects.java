package vn.chidao.reporting.obligation;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.chidao.reporting.obligation.model.Contribution;
import vn.chidao.reporting.outbox.Outbox;
import vn.chidao.reporting.outbox.OutboxEntry;
import vn.chidao.reporting.tally.Counters;

/**
 * Applies what a change of one obligation left to do: its delta to the totals of every unit above
 * it and its events. Both were written into the obligation by the same compare-and-set that changed
 * it, so they are never lost.
 *
 * <p>One finisher at a time: the change is claimed for {@link #CLAIM} by the request that made it
 * (in the same compare-and-set); anyone else — another request on the same obligation, the
 * scheduled sweep after a crash — takes it over only once that claim expired. The finisher adds the
 * delta under the change's key (a counter that has the key adds nothing), publishes the events
 * (those not confirmed go to the outbox), clears the change from the obligation while still holding
 * the claim, and only then lets the counters forget the key. A finisher that is no longer sure to
 * hold its claim ({@link #CLAIM} / 2 left) does not touch the counters, so a key is never forgotten
 * while someone may still apply it.
 */
@Service
public class PendingEffects {

  static final Duration CLAIM = Duration.ofMinutes(2);

  private final ObligationStore obligations;
  private final Counters counters;
  private final Outbox outbox;
  private final Clock clock;

  PendingEffects(ObligationStore obligations, Counters counters, Outbox outbox, Clock clock) {
    this.obligations = obligations;
    this.counters = counters;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** Who finishes a change, and until when. */
  public record Claim(String token, Instant until) {}

  /**
   * What one change of an obligation left to do.
   *
   * @param revision the obligation's revision once changed
   * @param fromAncestors when the change moved the obligation: the delta is taken from these
   */
  public record Change(
      String obligationId,
      long revision,
      String key,
      String directiveId,
      String requirementId,
      String periodKey,
      List<String> ancestors,
      Map<String, Number> delta,
      List<String> fromAncestors,
      List<OutboxEntry> events) {

    static Change of(ObligationDocument o) {
      return new Change(
          o.id(),
          o.revision(),
          o.pendingKey(),
          o.directiveId(),
          o.requirementId(),
          o.periodKey(),
          o.ancestors(),
          o.pendingDelta() == null ? Map.of() : o.pendingDelta(),
          o.pendingFromAncestors(),
          o.pendingEvents() == null ? List.of() : o.pendingEvents());
    }

    List<Counters.Change> toCounters() {
      List<Counters.Change> changes = new ArrayList<>();
      changes.add(new Counters.Change(directiveId, requirementId, periodKey, ancestors, delta));
      if (fromAncestors != null) {
        changes.add(
            new Counters.Change(
                directiveId,
                requirementId,
                periodKey,
                fromAncestors,
                Contribution.delta(delta, Map.of())));
      }
      return changes;
    }
  }

  /** A claim for a change about to be written. */
  public Claim newClaim() {
    return new Claim(UUID.randomUUID().toString(), clock.instant().plus(CLAIM));
  }

  /**
   * Finishes the obligation's pending change, if any, as an outsider: only when nobody holds it.
   *
   * @return false when another finisher holds it (try again later), true otherwise
   */
  public Mono<Boolean> finish(ObligationDocument o) {
    if (!o.hasPendingEffects()) {
      return Mono.just(true);
    }
    if (o.pendingClaimUntil() != null && !o.pendingClaimUntil().isBefore(clock.instant())) {
      return Mono.just(false); // its finisher is at it
    }
    Claim claim = newClaim();
    return obligations
        .claim(o.id(), o.revision(), o.pendingKey(), o.pendingClaim(), claim.token(), claim.until())
        .flatMap(
            claimed ->
                claimed ? finishClaimed(Change.of(o), claim).thenReturn(true) : Mono.just(false));
  }

  /** Finishes a change this caller holds the claim of. */
  public Mono<Void> finishClaimed(Change change, Claim claim) {
    List<Counters.Change> toCounters = change.toCounters();
    Mono<Void> apply =
        Mono.defer(
            () ->
                clock.instant().isAfter(claim.until().minus(CLAIM.dividedBy(2)))
                    ? Mono.error(
                        new IllegalStateException(
                            "claim on " + change.key() + " too old to apply it safely"))
                    : counters.apply(change.key(), toCounters));
    // Counters and broker are independent: both before the change is cleared.
    return Mono.when(apply, outbox.publishOrStore(change.events()))
        .then(obligations.clearPending(change.obligationId(), change.revision(), claim.token()))
        .flatMap(cleared -> cleared ? counters.forget(change.key(), toCounters) : Mono.empty());
  }

  /** Finishes every interrupted change nobody holds any more; returns how many there were. */
  public Mono<Long> finishInterrupted() {
    return obligations
        .find(query(where("pendingKey").ne(null)))
        .concatMap(o -> finish(o).map(done -> done ? 1L : 0L))
        .reduce(0L, Long::sum);
  }
}
