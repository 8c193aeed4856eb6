package vn.chidao.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import tools.jackson.databind.JsonNode;
import vn.chidao.contracts.Destinations;
import vn.chidao.contracts.directive.DirectiveDelivered;
import vn.chidao.reporting.obligation.ClosingObligations;
import vn.chidao.reporting.obligation.DeadlineSweep;
import vn.chidao.reporting.obligation.ObligationDocument;
import vn.chidao.reporting.obligation.OpeningObligations;
import vn.chidao.reporting.obligation.RollingOverPeriods;
import vn.chidao.reporting.org.UnitCopies;
import vn.chidao.reporting.tally.CounterDocument;

/**
 * Obligations from {@code DirectiveDelivered}: one per reporting unit × period, counted as expected
 * in the totals of every unit above, announced by {@code ObligationsOpened}; the same batch again
 * changes nothing; a recall closes them; periods roll over; deadlines are swept.
 */
class ObligationsFromDeliveriesIT extends RunningReportingService {

  @Autowired StreamBridge bridge;
  @Autowired ReactiveMongoTemplate mongo;
  @Autowired ConnectionFactory rabbit;
  @Autowired UnitCopies units;
  @Autowired OpeningObligations opening;
  @Autowired ClosingObligations closing;
  @Autowired RollingOverPeriods rollOver;
  @Autowired DeadlineSweep sweep;
  @Autowired TestClock clock;

  Fixtures f = new Fixtures();

  @BeforeEach
  void tree() {
    f.units().forEach(u -> units.apply(u).block());
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aDeliveredBatchOpensOneObligationPerReportingUnitAndAnnouncesThem() {
    String directive = Fixtures.newId("d");
    // The communes received it too, but only grassroots organisations must report.
    List<String> reached = List.of(f.x1(), f.g(1, 1), f.g(1, 2), f.x2(), f.g(2, 1));
    DirectiveDelivered event =
        f.delivered(
            directive, Instant.parse("2026-03-02T03:00:00Z"), "IMPLEMENT", reached, f.annual());
    assertThat(bridge.send(Destinations.DIRECTIVE_DELIVERED, event)).isTrue();

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> obligationsOf(directive).size(), n -> n == 3);
    ObligationDocument one =
        mongo
            .findById(
                ObligationDocument.id(directive, "bc-nam", "2026-Y", f.g(1, 1)),
                ObligationDocument.class)
            .block();
    assertThat(one.state()).isEqualTo("PENDING");
    assertThat(one.periodLabel()).isEqualTo("năm 2026");
    assertThat(one.periodFrom()).isEqualTo(LocalDate.of(2025, 12, 15));
    assertThat(one.dueAt()).isEqualTo(Instant.parse("2026-12-14T17:00:00Z"));
    assertThat(one.ancestors()).containsExactly("tw", f.p, f.x1());

    assertThat(expected(f.x1(), directive)).isEqualTo(2);
    assertThat(expected(f.x2(), directive)).isEqualTo(1);
    assertThat(expected(f.p, directive)).isEqualTo(3);

    List<JsonNode> opened =
        await()
            .atMost(Duration.ofSeconds(20))
            .ignoreExceptions() // the queue is declared with the first event of its kind
            .until(
                () ->
                    PublishedEvents.ofDirective(rabbit, Destinations.OBLIGATIONS_OPENED, directive),
                events -> !events.isEmpty());
    assertThat(opened).hasSize(1);
    assertThat(opened.get(0).path("unitIds").values())
        .extracting(JsonNode::asString)
        .containsExactlyInAnyOrderElementsOf(f.grassroots());
    assertThat(opened.get(0).path("period").path("periodKey").asString()).isEqualTo("2026-Y");
    assertThat(opened.get(0).path("period").path("viaUnitId").asString()).isEqualTo(f.bdv());
  }

  @Test
  void theSameBatchDeliveredAgainChangesNothing() {
    String directive = Fixtures.newId("d");
    DirectiveDelivered event =
        f.delivered(
            directive,
            Instant.parse("2026-03-02T03:00:00Z"),
            "IMPLEMENT",
            f.grassroots(),
            f.annual());
    opening.onDelivered(event).block();
    opening.onDelivered(event).block();

    assertThat(obligationsOf(directive)).hasSize(3);
    assertThat(expected(f.p, directive)).isEqualTo(3);
    assertThat(expected("tw", directive)).isEqualTo(3);
  }

  @Test
  void unitsThatReceivedItForInformationDoNotReport() {
    String directive = Fixtures.newId("d");
    assertThat(
            opening
                .onDelivered(
                    f.delivered(
                        directive, Instant.now(), "INFORMATION", f.grassroots(), f.annual()))
                .block())
        .isZero();
    assertThat(obligationsOf(directive)).isEmpty();
  }

  @Test
  void aLateHandledDeliveryOpensEveryPeriodStartedSinceAndPastOnesAreOverdue() {
    String directive = Fixtures.newId("d");
    // Delivered in March 2025 (handled now): 2025-Y is past due, 2026-Y is open.
    opening
        .onDelivered(
            f.delivered(
                directive,
                Instant.parse("2025-03-01T00:00:00Z"),
                "IMPLEMENT",
                f.grassroots(),
                f.annual()))
        .block();
    assertThat(obligationsOf(directive))
        .extracting(ObligationDocument::periodKey)
        .containsOnly("2025-Y", "2026-Y")
        .hasSize(6);

    sweep.sweep().block();
    sweep.sweep().block();
    List<JsonNode> overdue =
        await()
            .atMost(Duration.ofSeconds(20))
            .ignoreExceptions() // the queue is declared with the first event of its kind
            .until(
                () -> PublishedEvents.ofDirective(rabbit, Destinations.REPORT_OVERDUE, directive),
                events -> !events.isEmpty());
    assertThat(overdue).hasSize(1);
    assertThat(overdue.get(0).path("period").path("periodKey").asString()).isEqualTo("2025-Y");
    assertThat(overdue.get(0).path("unitIds").values()).hasSize(3);
  }

  @Test
  void reportsDueWithinThreeDaysAreRemindedOnce() {
    String directive = Fixtures.newId("d");
    opening
        .onDelivered(f.delivered(directive, Instant.now(), "IMPLEMENT", f.grassroots(), f.annual()))
        .block();
    ObligationDocument any = obligationsOf(directive).get(0);
    // Two days before the start of the due day.
    clock.shift(Duration.between(Instant.now(), any.dueAt().minus(Duration.ofDays(2))));
    sweep.sweep().block();
    sweep.sweep().block();

    List<JsonNode> dueSoon =
        await()
            .atMost(Duration.ofSeconds(20))
            .ignoreExceptions() // the queue is declared with the first event of its kind
            .until(
                () -> PublishedEvents.ofDirective(rabbit, Destinations.REPORT_DUE_SOON, directive),
                events -> !events.isEmpty());
    assertThat(dueSoon).hasSize(1);
    assertThat(dueSoon.get(0).path("unitIds").values()).hasSize(3);
    // Nothing of this directive is overdue (the queue may not exist yet when nothing ever was).
    assertThat(sweepFindsNothingOverdueFor(directive)).isTrue();
  }

  @Test
  void periodsRollOverForTheRegisteredReportersOnce() {
    String directive = Fixtures.newId("d");
    opening
        .onDelivered(
            f.delivered(directive, Instant.now(), "IMPLEMENT", f.grassroots(), f.quarterly()))
        .block();
    String current = obligationsOf(directive).get(0).periodKey();

    clock.shift(Duration.ofDays(95)); // into the next quarter (and not further than one)
    rollOver.rollOver().block();
    rollOver.rollOver().block();

    List<ObligationDocument> all = obligationsOf(directive);
    assertThat(all).hasSize(6);
    assertThat(all).extracting(ObligationDocument::periodKey).contains(current).hasSize(6);
    String next =
        all.stream()
            .map(ObligationDocument::periodKey)
            .filter(k -> !k.equals(current))
            .findFirst()
            .orElseThrow();
    assertThat(expectedIn(f.p, directive, "bc-quy", next)).isEqualTo(3);
  }

  @Test
  void aRecallClosesTheOpenObligationsAndTakesThemOutOfWhatIsExpected() {
    String directive = Fixtures.newId("d");
    opening
        .onDelivered(f.delivered(directive, Instant.now(), "IMPLEMENT", f.grassroots(), f.annual()))
        .block();
    var recall = f.recalled(directive, List.of(f.g(1, 1), f.g(1, 2)));
    assertThat(closing.onRecalled(recall).block()).isEqualTo(2);
    assertThat(closing.onRecalled(recall).block()).isEqualTo(2);

    assertThat(obligationsOf(directive))
        .filteredOn(o -> o.state().equals("CLOSED"))
        .extracting(ObligationDocument::unitId)
        .containsExactlyInAnyOrder(f.g(1, 1), f.g(1, 2));
    String period = obligationsOf(directive).get(0).periodKey();
    assertThat(expectedIn(f.p, directive, "bc-nam", period)).isEqualTo(1);
    assertThat(counter(f.p, directive, "bc-nam", period).count("closed")).isEqualTo(2);
  }

  private boolean sweepFindsNothingOverdueFor(String directive) {
    return obligationsOf(directive).stream().allMatch(o -> o.overdueMark() == null);
  }

  private List<ObligationDocument> obligationsOf(String directive) {
    return mongo
        .find(query(where("directiveId").is(directive)), ObligationDocument.class)
        .collectList()
        .block();
  }

  private long expected(String unitId, String directive) {
    return expectedIn(unitId, directive, "bc-nam", "2026-Y");
  }

  private long expectedIn(String unitId, String directive, String requirement, String period) {
    CounterDocument counter = counter(unitId, directive, requirement, period);
    return counter == null ? 0 : counter.count("expected");
  }

  private CounterDocument counter(
      String unitId, String directive, String requirement, String period) {
    return mongo
        .findById(CounterDocument.id(unitId, directive, requirement, period), CounterDocument.class)
        .block();
  }
}
