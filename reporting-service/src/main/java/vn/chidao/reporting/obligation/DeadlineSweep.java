package vn.chidao.reporting.obligation;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.chidao.contracts.report.ReportDueSoon;
import vn.chidao.contracts.report.ReportOverdue;
import vn.chidao.reporting.obligation.model.ObligationState;
import vn.chidao.reporting.outbox.Outbox;
import vn.chidao.reporting.outbox.OutboxEntry;

/**
 * Finds reports that are due soon or overdue and not yet in, and stores {@code ReportDueSoon} /
 * {@code ReportOverdue} events for them in batches (one per requirement-period, province and 1,000
 * units). Each obligation carries the id of the sweep that alerted it ({@code dueSoonMark}, {@code
 * overdueMark}), set by one multi-document update that only matches unmarked ones: nothing is
 * alerted twice. A sweep is recorded before it marks anything and flagged emitted after its events
 * are stored, so a crash in between is finished by the next run: nothing is skipped.
 */
@Service
public class DeadlineSweep {

  private static final List<String> NOT_IN =
      List.of(ObligationState.PENDING.name(), ObligationState.DRAFT.name());

  private final ReactiveMongoTemplate mongo;
  private final ObligationStore obligations;
  private final Outbox outbox;
  private final DeadlineSettings settings;
  private final Clock clock;

  DeadlineSweep(
      ReactiveMongoTemplate mongo,
      ObligationStore obligations,
      Outbox outbox,
      DeadlineSettings settings,
      Clock clock) {
    this.mongo = mongo;
    this.obligations = obligations;
    this.outbox = outbox;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * @return obligations alerted by this run (including a finished earlier run)
   */
  public Mono<Long> sweep() {
    return Mono.defer(
        () -> {
          Instant now = clock.instant();
          Criteria dueSoon =
              where("state")
                  .in(NOT_IN)
                  .and("dueAt")
                  .gt(now)
                  .lte(now.plus(settings.dueSoonAhead()))
                  .and("dueSoonMark")
                  .is(null);
          Criteria overdue =
              where("state").in(NOT_IN).and("dueAt").lte(now).and("overdueMark").is(null);
          return finishUnemitted()
              .flatMap(
                  earlier ->
                      run("DUE_SOON", "dueSoonMark", dueSoon)
                          .zipWith(run("OVERDUE", "overdueMark", overdue), Long::sum)
                          .map(sum -> sum + earlier));
        });
  }

  private Mono<Long> finishUnemitted() {
    return mongo
        .find(query(where("emitted").is(false)), SweepDocument.class)
        .concatMap(sweep -> emit(sweep))
        .reduce(0L, Long::sum);
  }

  private Mono<Long> run(String kind, String markField, Criteria unmarked) {
    SweepDocument sweep =
        new SweepDocument(
            kind.toLowerCase() + ":" + UUID.randomUUID(), kind, false, clock.instant());
    return mongo
        .insert(sweep)
        .then(obligations.updateAll(query(unmarked), Update.update(markField, sweep.id())))
        .flatMap(marked -> marked == 0 ? done(sweep).thenReturn(0L) : emit(sweep));
  }

  private Mono<Long> emit(SweepDocument sweep) {
    String markField = sweep.kind().equals("DUE_SOON") ? "dueSoonMark" : "overdueMark";
    return obligations
        .find(query(where(markField).is(sweep.id())))
        .collectList()
        .flatMap(
            marked ->
                outbox
                    .storeAndPublish(events(sweep, marked))
                    .then(done(sweep))
                    .thenReturn((long) marked.size()));
  }

  private Mono<Void> done(SweepDocument sweep) {
    return mongo
        .updateFirst(
            query(where("_id").is(sweep.id())), Update.update("emitted", true), SweepDocument.class)
        .then();
  }

  private List<OutboxEntry> events(SweepDocument sweep, List<ObligationDocument> marked) {
    Map<String, List<ObligationDocument>> groups = new TreeMap<>();
    for (ObligationDocument o : marked) {
      String group =
          o.directiveId() + "~" + o.requirementId() + "~" + o.periodKey() + "~" + o.tenant();
      groups.computeIfAbsent(group, g -> new ArrayList<>()).add(o);
    }
    List<OutboxEntry> entries = new ArrayList<>();
    int size = OpeningObligations.EVENT_BATCH;
    groups.forEach(
        (group, members) -> {
          List<String> units = members.stream().map(ObligationDocument::unitId).sorted().toList();
          int count = (units.size() + size - 1) / size;
          for (int n = 0; n < count; n++) {
            String eventId = OpeningObligations.stableId(sweep.id() + "~" + group + "~" + n);
            List<String> chunk = units.subList(n * size, Math.min(units.size(), (n + 1) * size));
            ObligationDocument first = members.get(0);
            Object event =
                sweep.kind().equals("DUE_SOON")
                    ? new ReportDueSoon(
                        eventId,
                        clock.instant(),
                        first.tenant(),
                        Periods.ref(first),
                        n + 1,
                        count,
                        chunk)
                    : new ReportOverdue(
                        eventId,
                        clock.instant(),
                        first.tenant(),
                        Periods.ref(first),
                        n + 1,
                        count,
                        chunk);
            entries.add(outbox.entry(eventId, event));
          }
        });
    return entries;
  }
}
