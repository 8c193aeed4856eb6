package vn.chidao.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.contracts.directive.DirectiveDelivered;
import vn.chidao.platform.problem.ProblemException;
import vn.chidao.platform.security.ChidaoUser;
import vn.chidao.reporting.obligation.ObligationDocument;
import vn.chidao.reporting.obligation.ObligationStore;
import vn.chidao.reporting.obligation.OpeningObligations;
import vn.chidao.reporting.obligation.PendingEffects;
import vn.chidao.reporting.obligation.model.Contribution;
import vn.chidao.reporting.obligation.model.ObligationState;
import vn.chidao.reporting.org.UnitCopies;
import vn.chidao.reporting.submission.SubmittingReports;
import vn.chidao.reporting.tally.CounterDocument;
import vn.chidao.reporting.tally.Counters;
import vn.chidao.reporting.tally.SubtreeFigures;
import vn.chidao.reporting.tally.model.Totals;

/**
 * The running totals stay exactly what the obligations add up to: under concurrent submissions,
 * double submissions, returns, acceptances and resubmissions; when a delivery batch comes again
 * after hundreds of other changes reached the same counters; and when a change interrupted after
 * part of its effects is finished by several takers at once. Each check recomputes the totals from
 * the obligations themselves and compares them with the counters.
 */
class CountersExactIT extends RunningReportingService {

  private static final int UNITS = 40;

  @Autowired UnitCopies units;
  @Autowired OpeningObligations opening;
  @Autowired SubmittingReports submitting;
  @Autowired SubtreeFigures figures;
  @Autowired ObligationStore obligations;
  @Autowired PendingEffects effects;
  @Autowired Counters counters;
  @Autowired ReactiveMongoTemplate mongo;
  @Autowired TestClock clock;

  Fixtures f = new Fixtures();
  String directive = Fixtures.newId("d");
  // A day after 14 December (Vietnam time) belongs to next year's annual report.
  String period =
      vn.chidao.reporting.period.model.VietnamTime.dayOf(Instant.now()).plusDays(17).getYear()
          + "-Y";
  List<String> grassroots = new ArrayList<>();
  DirectiveDelivered delivery;

  @BeforeEach
  void manyGrassrootsUnderOneCommune() {
    units.apply(f.units().get(0)).block(); // the province
    units.apply(f.units().get(1)).block(); // its commission, where reports pass through
    units.apply(f.units().get(2)).block(); // commune x1
    String communePath = "/tw/" + f.p + "/" + f.x1() + "/";
    for (int n = 1; n <= UNITS; n++) {
      String id = f.g(1, n);
      grassroots.add(id);
      units
          .apply(f.unit(id, f.x1(), communePath + id + "/", "GRASSROOTS_COMMITTEE", "Cơ sở " + n))
          .block();
    }
    delivery = f.delivered(directive, Instant.now(), "IMPLEMENT", grassroots, f.annual());
    assertThat(opening.onDelivered(delivery).block()).isEqualTo(UNITS);
  }

  @Test
  void totalsStayExactUnderConcurrentSubmissionsReturnsAndResubmissions() {
    // Every unit submits twice at the same moment (a double click): one wins, one is refused.
    List<Mono<Boolean>> submissions = new ArrayList<>();
    for (String unit : grassroots) {
      submissions.add(submit(unit, 3));
      submissions.add(submit(unit, 4));
    }
    List<Boolean> accepted = Flux.merge(submissions).collectList().block();
    assertThat(accepted.stream().filter(ok -> ok)).hasSize(UNITS);

    // The commission returns half and accepts the other half, all at once.
    ChidaoUser reviewer =
        new ChidaoUser("bdv", f.bdv(), "/tw/" + f.p + "/" + f.bdv() + "/", f.p, Set.of("reviewer"));
    List<String> returned = grassroots.subList(0, UNITS / 2);
    List<String> kept = grassroots.subList(UNITS / 2, UNITS);
    Flux.merge(
            Flux.fromIterable(returned)
                .flatMap(u -> submitting.returnReport(reviewer, id(u), "Bổ sung số liệu"), 16),
            Flux.fromIterable(kept).flatMap(u -> submitting.accept(reviewer, id(u)), 16))
        .blockLast();
    // The returned ones resubmit with other figures, concurrently.
    Flux.fromIterable(returned).flatMap(u -> submit(u, 7), 16).blockLast();

    assertCountersMatchObligations();
    var national = of(f.p);
    assertThat(national.completeness().expected()).isEqualTo(UNITS);
    assertThat(national.completeness().accepted()).isEqualTo(UNITS / 2);
    assertThat(national.completeness().awaitingReview()).isEqualTo(UNITS / 2);
    assertThat(national.completeness().returned()).isZero();
    assertThat(models(national)).isEqualByComparingTo(BigDecimal.valueOf(totalModels()));
    // Nothing is pending any more, and the counters keep no key of a finished change.
    assertThat(appliedKeys()).allMatch(key -> key.startsWith("d:"));
  }

  @Test
  void aDeliveryRedeliveredAfterHundredsOfOtherChangesCountsNothingTwice() {
    // Submitted, then returned and resubmitted three times: 280 changes reach the province's
    // counter after the delivery's key (a window of the last 200 keys would have lost it).
    Flux.fromIterable(grassroots).flatMap(u -> submit(u, 1), 16).blockLast();
    for (int round = 0; round < 3; round++) {
      Flux.fromIterable(grassroots)
          .flatMap(u -> submitting.returnReport(reviewer(), id(u), "Sửa lại"), 16)
          .blockLast();
      Flux.fromIterable(grassroots).flatMap(u -> submit(u, 2), 16).blockLast();
    }
    assertThat(opening.onDelivered(delivery).block()).isEqualTo(UNITS); // the same batch again

    assertThat(of(f.p).completeness().expected()).isEqualTo(UNITS);
    assertThat(of(f.p).completeness().awaitingReview()).isEqualTo(UNITS);
    assertCountersMatchObligations();
  }

  @Test
  void aChangeInterruptedAfterItsCountersIsFinishedOnceByConcurrentTakers() {
    String unit = grassroots.get(0);
    ObligationDocument o = obligations.find(id(unit)).block();
    Map<String, BigDecimal> values =
        Map.of("models", BigDecimal.valueOf(9), "strong", BigDecimal.valueOf(90));
    Map<String, Number> delta =
        Contribution.delta(
            Contribution.of(ObligationState.PENDING, null, null, List.of()),
            Contribution.of(ObligationState.SUBMITTED, false, values, specs()));
    String key = o.id() + "#" + (o.revision() + 1);
    // A submission stored with its effects, whose finisher crashed after adding to the counters:
    // its claim has expired.
    Update crashed =
        new Update()
            .set("state", "SUBMITTED")
            .set("late", false)
            .set("submissions", 1)
            .set("submittedValues", values)
            .set("pendingKey", key)
            .set("pendingDelta", delta)
            .set("pendingEvents", List.of())
            .set("pendingClaim", UUID.randomUUID().toString())
            .set("pendingClaimUntil", clock.instant().minus(Duration.ofMinutes(1)));
    assertThat(obligations.compareAndSet(o.id(), o.revision(), crashed).block()).isTrue();
    counters
        .apply(
            key,
            List.of(
                new Counters.Change(
                    o.directiveId(), o.requirementId(), o.periodKey(), o.ancestors(), delta)))
        .block();

    // The sweep and two requests on the same obligation find it at once.
    Flux.merge(
            effects.finishInterrupted().then(),
            submit(unit, 1).then(),
            submit(unit, 2).then(),
            effects.finishInterrupted().then())
        .blockLast();

    assertThat(obligations.find(o.id()).block().pendingKey()).isNull();
    assertCountersMatchObligations();
    assertThat(of(f.p).completeness().submitted()).isEqualTo(1);
    assertThat(models(of(f.p))).isEqualByComparingTo("9");
  }

  /** The totals of the commune and the province, recomputed from the obligations below them. */
  private void assertCountersMatchObligations() {
    List<ObligationDocument> all =
        Flux.fromIterable(grassroots).flatMap(u -> obligations.find(id(u))).collectList().block();
    Totals recomputed = new Totals();
    all.forEach(
        o ->
            recomputed.add(
                Contribution.of(
                    ObligationState.valueOf(o.state()), o.late(), o.submittedValues(), specs())));
    for (String unit : List.of(f.x1(), f.p)) {
      Totals counted = new Totals().add(counters.totals(counterId(unit)).block());
      assertThat(counted.completeness()).as(unit).isEqualTo(recomputed.completeness());
      assertThat(counted.rollUp(specs())).as(unit).isEqualTo(recomputed.rollUp(specs()));
    }
  }

  private List<String> appliedKeys() {
    return Flux.fromIterable(List.of(f.x1(), f.p))
        .flatMap(
            unit ->
                mongo
                    .getCollection(CounterDocument.COLLECTION)
                    .flatMap(c -> Mono.from(c.find(new Document("_id", counterId(unit))).first())))
        .flatMapIterable(d -> d.getList("applied", String.class, List.of()))
        .collectList()
        .block();
  }

  private long totalModels() {
    return Flux.fromIterable(grassroots)
        .flatMap(u -> obligations.find(id(u)))
        .map(o -> o.submittedValues().get("models").longValue())
        .reduce(0L, Long::sum)
        .block();
  }

  /** True when this submission was accepted, false when refused because another one was first. */
  private Mono<Boolean> submit(String unit, int models) {
    return submitting
        .submit(
            reporter(unit),
            id(unit),
            Map.of("I", "Kết quả"),
            Map.of("models", models, "strong", 80, "assigned", true))
        .thenReturn(true)
        .onErrorResume(ProblemException.class, refused -> Mono.just(false));
  }

  private ChidaoUser reviewer() {
    return new ChidaoUser(
        "bdv", f.bdv(), "/tw/" + f.p + "/" + f.bdv() + "/", f.p, Set.of("reviewer"));
  }

  private ChidaoUser reporter(String unit) {
    return new ChidaoUser(
        "bc." + unit,
        unit,
        "/tw/" + f.p + "/" + f.x1() + "/" + unit + "/",
        f.p,
        Set.of("reporter"));
  }

  private SubtreeFigures.UnitFigures of(String unit) {
    ChidaoUser leader = new ChidaoUser("tinhuy", f.p, "/tw/" + f.p + "/", f.p, Set.of("member"));
    return figures
        .of(leader, unit, new SubtreeFigures.PeriodKey(directive, "bc-nam", period))
        .block();
  }

  private static BigDecimal models(SubtreeFigures.UnitFigures figures) {
    return figures.indicators().stream()
        .filter(i -> i.code().equals("models"))
        .findFirst()
        .orElseThrow()
        .value();
  }

  private List<vn.chidao.reporting.obligation.model.IndicatorSpec> specs() {
    return f.annual().indicators().stream()
        .map(
            i ->
                new vn.chidao.reporting.obligation.model.IndicatorSpec(
                    i.code(),
                    i.name(),
                    i.unitOfMeasure(),
                    i.type(),
                    i.aggregation(),
                    i.targetOperator(),
                    i.targetValue()))
        .toList();
  }

  private String id(String unit) {
    return ObligationDocument.id(directive, "bc-nam", period, unit);
  }

  private String counterId(String unit) {
    return CounterDocument.id(unit, directive, "bc-nam", period);
  }
}
