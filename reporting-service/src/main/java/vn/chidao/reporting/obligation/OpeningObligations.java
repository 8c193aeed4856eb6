package vn.chidao.reporting.obligation;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.contracts.directive.DirectiveDelivered;
import vn.chidao.contracts.report.ObligationsOpened;
import vn.chidao.contracts.report.ReportingRequirement;
import vn.chidao.reporting.obligation.model.Contribution;
import vn.chidao.reporting.obligation.model.ObligationState;
import vn.chidao.reporting.org.UnitCopies;
import vn.chidao.reporting.org.UnitCopy;
import vn.chidao.reporting.outbox.Outbox;
import vn.chidao.reporting.outbox.OutboxEntry;
import vn.chidao.reporting.period.PeriodRules;
import vn.chidao.reporting.period.model.ReportingPeriod;
import vn.chidao.reporting.period.model.VietnamTime;
import vn.chidao.reporting.store.BulkInserts;
import vn.chidao.reporting.tally.Counters;

/**
 * Opens obligations: for a delivered batch of a directive (the units that received it to
 * implement), and for later periods when the roll-over reaches them.
 *
 * <p>Opening a batch is repeatable: obligations are inserted under their unique key (an existing
 * one is kept), each remembers the batch that created it, and only those are counted as expected —
 * with the batch's key on the counters, so a redelivered batch counts nothing twice. The periods
 * are computed from the event's time, not from the clock, so a redelivery opens the same ones.
 */
@Service
public class OpeningObligations {

  static final int EVENT_BATCH = 1_000;

  private final ReactiveMongoTemplate mongo;
  private final ObligationStore obligations;
  private final UnitCopies units;
  private final Counters counters;
  private final Outbox outbox;
  private final Clock clock;

  OpeningObligations(
      ReactiveMongoTemplate mongo,
      ObligationStore obligations,
      UnitCopies units,
      Counters counters,
      Outbox outbox,
      Clock clock) {
    this.mongo = mongo;
    this.obligations = obligations;
    this.units = units;
    this.counters = counters;
    this.outbox = outbox;
    this.clock = clock;
  }

  /**
   * Handles one {@code DirectiveDelivered} batch. Only units that received the directive to
   * implement it report, and of those only the kinds the requirement names.
   *
   * @return how many obligations this call opened
   */
  public Mono<Integer> onDelivered(DirectiveDelivered event) {
    if (event.eventId() == null || event.directiveId() == null || event.occurredAt() == null) {
      return Mono.error(new IllegalArgumentException("DirectiveDelivered without ids or time"));
    }
    if (!"IMPLEMENT".equals(event.purpose()) || event.reporting().isEmpty()) {
      return Mono.just(0);
    }
    event.reporting().forEach(PeriodRules::of); // an unreadable requirement is refused up front
    return units
        .findAll(event.unitIds())
        .collectList()
        .<Integer>flatMap(
            found -> {
              if (found.size() < event.unitIds().size()) {
                // The directory's copy lags behind directive-service; a retry finds them.
                return Mono.<Integer>error(
                    new IllegalStateException(
                        "units of batch "
                            + event.eventId()
                            + " not yet in the directory copy: "
                            + (event.unitIds().size() - found.size())));
              }
              return Flux.fromIterable(event.reporting())
                  .concatMap(requirement -> openRequirement(event, requirement, found))
                  .reduce(0, (a, b) -> a + b);
            });
  }

  private Mono<Integer> openRequirement(
      DirectiveDelivered event, ReportingRequirement requirement, List<UnitCopy> found) {
    RequirementDocument stored = RequirementDocument.of(event, requirement, clock.instant());
    List<UnitCopy> reporters =
        found.stream()
            .filter(unit -> !"CLOSED".equals(unit.status()))
            .filter(
                unit ->
                    requirement.reporterKinds().isEmpty()
                        || requirement.reporterKinds().contains(unit.kind()))
            .toList();
    LocalDate deliveredOn = VietnamTime.dayOf(event.occurredAt());
    LocalDate today = VietnamTime.dayOf(clock.instant());
    List<ReportingPeriod> periods = stored.periodRule().periodsFrom(deliveredOn, today);
    String batchKey = "d:" + event.eventId() + "~" + requirement.requirementId();
    return remember(stored)
        .then(registerReporters(stored.id(), reporters))
        .then(
            Flux.fromIterable(periods)
                .concatMap(period -> open(stored, period, reporters, batchKey + "~" + period.key()))
                .reduce(0, Integer::sum))
        .flatMap(
            opened ->
                periods.isEmpty()
                    ? Mono.just(opened)
                    : advance(stored.id(), periods.get(periods.size() - 1).to())
                        .thenReturn(opened));
  }

  private Mono<Void> remember(RequirementDocument requirement) {
    return mongo
        .insert(requirement)
        .then()
        .onErrorResume(DuplicateKeyException.class, known -> Mono.empty());
  }

  Mono<Void> registerReporters(String requirementKey, List<UnitCopy> reporters) {
    List<ReporterDocument> docs =
        reporters.stream()
            .map(
                u ->
                    new ReporterDocument(
                        ReporterDocument.id(requirementKey, u.unitId()),
                        requirementKey,
                        u.unitId(),
                        u.tenant()))
            .toList();
    return BulkInserts.insertIgnoringDuplicates(mongo, ReporterDocument.COLLECTION, docs);
  }

  /** Records that periods through {@code cutoff} are open (never moves backwards). */
  Mono<Void> advance(String requirementKey, LocalDate cutoff) {
    return mongo
        .updateFirst(
            query(where("_id").is(requirementKey)),
            new Update().max("openedThroughTo", cutoff),
            RequirementDocument.class)
        .then();
  }

  /**
   * Opens {@code period} for {@code reporters} as the batch {@code batchKey}: inserts, counts what
   * this batch created as expected, and stores the {@code ObligationsOpened} events.
   */
  Mono<Integer> open(
      RequirementDocument requirement,
      ReportingPeriod period,
      List<UnitCopy> reporters,
      String batchKey) {
    if (reporters.isEmpty()) {
      return Mono.just(0);
    }
    List<ObligationDocument> docs =
        reporters.stream().map(unit -> obligation(requirement, period, unit, batchKey)).toList();
    return obligations
        .insertOpenedBy(docs, batchKey)
        .flatMap(
            ours ->
                counters
                    .apply(batchKey, ours.stream().map(OpeningObligations::expected).toList())
                    .then(outbox.storeAndPublish(openedEvents(batchKey, ours)))
                    .thenReturn(ours.size()));
  }

  private ObligationDocument obligation(
      RequirementDocument r, ReportingPeriod period, UnitCopy unit, String batchKey) {
    return new ObligationDocument(
        ObligationDocument.id(r.directiveId(), r.requirementId(), period.key(), unit.unitId()),
        unit.tenant(),
        unit.unitId(),
        unit.name(),
        unit.kind(),
        unit.path(),
        unit.parentId(),
        Periods.ancestors(unit.path()),
        r.directiveId(),
        r.directiveSymbol(),
        r.requirementId(),
        r.title(),
        period.key(),
        period.label(),
        period.from(),
        period.to(),
        period.dueDate(),
        period.dueAt(),
        r.reportToUnitId(),
        r.viaUnitId(),
        ObligationState.PENDING.name(),
        0,
        0,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        batchKey,
        clock.instant(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null, // attachmentIds
        null,
        null);
  }

  private static Counters.Change expected(ObligationDocument o) {
    return new Counters.Change(
        o.directiveId(),
        o.requirementId(),
        o.periodKey(),
        o.ancestors(),
        Contribution.of(ObligationState.PENDING, null, null, List.of()));
  }

  /** One event per province and 1,000 units; ids derived from the batch, stable on a retry. */
  private List<OutboxEntry> openedEvents(String batchKey, List<ObligationDocument> opened) {
    Map<String, List<ObligationDocument>> byTenant = new TreeMap<>();
    opened.forEach(o -> byTenant.computeIfAbsent(o.tenant(), t -> new ArrayList<>()).add(o));
    List<OutboxEntry> entries = new ArrayList<>();
    byTenant.forEach(
        (tenant, ofTenant) -> {
          List<String> unitIds =
              ofTenant.stream().map(ObligationDocument::unitId).sorted().toList();
          int count = (unitIds.size() + EVENT_BATCH - 1) / EVENT_BATCH;
          for (int n = 0; n < count; n++) {
            String eventId = stableId(batchKey + "~" + tenant + "~" + n);
            List<String> chunk =
                unitIds.subList(n * EVENT_BATCH, Math.min(unitIds.size(), (n + 1) * EVENT_BATCH));
            ObligationsOpened event =
                new ObligationsOpened(
                    eventId,
                    clock.instant(),
                    tenant,
                    Periods.ref(ofTenant.get(0)),
                    n + 1,
                    count,
                    chunk);
            entries.add(outbox.entry(eventId, event));
          }
        });
    return entries;
  }

  public static String stableId(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
