package vn.chidao.reporting.obligation;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.chidao.reporting.obligation.model.Contribution;
import vn.chidao.reporting.outbox.Outbox;
import vn.chidao.reporting.tally.Counters;

/**
 * Applies what a change of one obligation left to do: its delta to the totals of every unit above
 * it and its events to the outbox. Both were written into the obligation by the same
 * compare-and-set that changed it, so they are never lost; applying them again is harmless (the
 * counters remember the change's key, the outbox the event id). Run right after each change, and by
 * the scheduler for changes a crash interrupted.
 */
@Service
public class PendingEffects {

  private final ObligationStore obligations;
  private final Counters counters;
  private final Outbox outbox;

  PendingEffects(ObligationStore obligations, Counters counters, Outbox outbox) {
    this.obligations = obligations;
    this.counters = counters;
    this.outbox = outbox;
  }

  public Mono<Void> finish(ObligationDocument o) {
    if (!o.hasPendingEffects()) {
      return Mono.empty();
    }
    List<Counters.Change> changes = new java.util.ArrayList<>();
    changes.add(
        new Counters.Change(
            o.directiveId(), o.requirementId(), o.periodKey(), o.ancestors(), o.pendingDelta()));
    if (o.pendingFromAncestors() != null) {
      changes.add(
          new Counters.Change(
              o.directiveId(),
              o.requirementId(),
              o.periodKey(),
              o.pendingFromAncestors(),
              Contribution.delta(o.pendingDelta(), java.util.Map.of())));
    }
    List<vn.chidao.reporting.outbox.OutboxEntry> events =
        o.pendingEvents() == null ? List.of() : o.pendingEvents();
    return counters
        .apply(o.pendingKey(), changes)
        .then(outbox.store(events))
        .then(obligations.clearPending(o.id(), o.pendingKey()))
        .then(outbox.storeAndPublish(events));
  }

  /** Finishes every interrupted change; returns how many there were. */
  public Mono<Long> finishInterrupted() {
    return obligations
        .find(query(where("pendingKey").ne(null)))
        .concatMap(o -> finish(o).thenReturn(1L))
        .reduce(0L, Long::sum);
  }
}
