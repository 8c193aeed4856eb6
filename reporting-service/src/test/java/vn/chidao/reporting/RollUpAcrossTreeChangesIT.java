package vn.chidao.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.chidao.contracts.Destinations;
import vn.chidao.contracts.org.OrgUnitChanged;
import vn.chidao.platform.security.ChidaoUser;
import vn.chidao.reporting.obligation.ObligationDocument;
import vn.chidao.reporting.obligation.OpeningObligations;
import vn.chidao.reporting.obligation.ReporterDocument;
import vn.chidao.reporting.org.UnitCopies;
import vn.chidao.reporting.submission.SubmittingReports;
import vn.chidao.reporting.tally.SubtreeFigures;

/**
 * Roll-ups stay right when the tree changes during the period: a unit moved to another commune
 * takes its figures and its obligation along (the old commune loses them, the province keeps them);
 * a unit merged away after reporting keeps its figures in the roll-up, and one merged away before
 * reporting is no longer expected, unless it was merged into a successor, which then owes the
 * report instead. Unit changes arrive through the broker, as from identity.
 */
class RollUpAcrossTreeChangesIT extends RunningReportingService {

  @Autowired StreamBridge bridge;
  @Autowired UnitCopies units;
  @Autowired OpeningObligations opening;
  @Autowired SubmittingReports submitting;
  @Autowired SubtreeFigures figures;
  @Autowired ReactiveMongoTemplate mongo;

  Fixtures f = new Fixtures();
  String directive = Fixtures.newId("d");
  ChidaoUser leader;

  @BeforeEach
  void reportsIn() {
    f.units().forEach(u -> units.apply(u).block());
    opening
        .onDelivered(f.delivered(directive, Instant.now(), "IMPLEMENT", f.grassroots(), f.annual()))
        .block();
    submit(f.g(1, 1), 3);
    submit(f.g(1, 2), 5);
    leader = new ChidaoUser("tinhuy", f.p, "/tw/" + f.p + "/", f.p, java.util.Set.of("member"));
  }

  @Test
  void aUnitMovedToAnotherCommuneTakesItsFiguresAlongOnce() {
    OrgUnitChanged moved =
        change(f.g(1, 2), f.x2(), "/tw/" + f.p + "/" + f.x2() + "/" + f.g(1, 2) + "/", "ACTIVE");
    bridge.send(Destinations.ORG_UNIT_CHANGED, moved);
    bridge.send(Destinations.ORG_UNIT_CHANGED, moved); // redelivered: nothing more

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> models(f.x2()), sum -> sum.compareTo(BigDecimal.valueOf(5)) == 0);
    // A marker after the duplicate on the same queue: once it is in, the duplicate was handled.
    String marker = Fixtures.newId("marker");
    bridge.send(
        Destinations.ORG_UNIT_CHANGED,
        change(marker, f.p, "/tw/" + f.p + "/" + marker + "/", "ACTIVE"));
    await().atMost(Duration.ofSeconds(20)).until(() -> units.find(marker).block() != null);

    assertThat(models(f.x1())).isEqualByComparingTo("3");
    assertThat(models(f.x2())).isEqualByComparingTo("5");
    assertThat(models(f.p)).isEqualByComparingTo("8");
    assertThat(of(f.x1()).completeness().expected()).isEqualTo(1);
    assertThat(of(f.x2()).completeness().expected()).isEqualTo(2);
    assertThat(of(f.x2()).completeness().submitted()).isEqualTo(1);
    assertThat(of(f.p).completeness().expected()).isEqualTo(3);
  }

  @Test
  void aMergedUnitKeepsWhatItReportedAndOneThatHadNotIsNoLongerExpected() {
    // g(1,2) reported, then merged into g(1,1); g(2,1) had not reported when merged away.
    bridge.send(
        Destinations.ORG_UNIT_CHANGED,
        change(f.g(1, 2), f.x1(), "/tw/" + f.p + "/" + f.x1() + "/" + f.g(1, 2) + "/", "CLOSED"));
    bridge.send(
        Destinations.ORG_UNIT_CHANGED,
        change(f.g(2, 1), f.x2(), "/tw/" + f.p + "/" + f.x2() + "/" + f.g(2, 1) + "/", "CLOSED"));

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> of(f.p).completeness().closed(), closed -> closed == 1);
    assertThat(of(f.p).completeness().expected()).isEqualTo(2);
    assertThat(of(f.p).completeness().missing()).isZero();
    assertThat(models(f.p)).isEqualByComparingTo("8");
    assertThat(of(f.x2()).completeness().expected()).isZero();
  }

  @Test
  void aUnitMergedIntoAnotherPassesOnWhatItStillOwed() {
    // g(2,1) had not reported when merged into a new cell under x2, which was never addressed.
    String successor = Fixtures.newId("merged-into");
    String successorPath = "/tw/" + f.p + "/" + f.x2() + "/" + successor + "/";
    units.apply(change(successor, f.x2(), successorPath, "ACTIVE")).block();
    OrgUnitChanged merged =
        change(
            f.g(2, 1),
            f.x2(),
            "/tw/" + f.p + "/" + f.x2() + "/" + f.g(2, 1) + "/",
            "CLOSED",
            List.of(successor));
    bridge.send(Destinations.ORG_UNIT_CHANGED, merged);
    bridge.send(Destinations.ORG_UNIT_CHANGED, merged); // redelivered: nothing more

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> of(f.x2()).completeness().closed(), closed -> closed == 1);
    await().atMost(Duration.ofSeconds(20)).until(() -> of(f.x2()).completeness().expected() == 1);
    String marker = Fixtures.newId("marker");
    bridge.send(
        Destinations.ORG_UNIT_CHANGED,
        change(marker, f.p, "/tw/" + f.p + "/" + marker + "/", "ACTIVE"));
    await().atMost(Duration.ofSeconds(20)).until(() -> units.find(marker).block() != null);

    // Still three reports expected in the province: the merged cell's is now its successor's.
    assertThat(of(f.p).completeness().expected()).isEqualTo(3);
    assertThat(of(f.p).completeness().missing()).isEqualTo(1);
    assertThat(of(f.x2()).completeness().expected()).isEqualTo(1);
    assertThat(
            mongo
                .findById(
                    ObligationDocument.id(directive, "bc-nam", "2026-Y", successor),
                    ObligationDocument.class)
                .block())
        .extracting(ObligationDocument::state)
        .isEqualTo("PENDING");
    // Later periods open for the successor: it reports on the requirement from now on.
    assertThat(
            mongo
                .count(
                    Query.query(Criteria.where("unitId").is(successor)),
                    ReporterDocument.COLLECTION)
                .block())
        .isEqualTo(1);
    // And it can submit the report the merged cell owed.
    submit(successor, 2);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> models(f.p), sum -> sum.compareTo(BigDecimal.valueOf(10)) == 0);
  }

  private void submit(String unit, int models) {
    ChidaoUser reporter =
        new ChidaoUser("bc." + unit, unit, "/x/", f.p, java.util.Set.of("reporter"));
    submitting
        .submit(
            reporter,
            ObligationDocument.id(directive, "bc-nam", "2026-Y", unit),
            Map.of("I", "Kết quả"),
            Map.of("models", models, "strong", 80, "assigned", true))
        .block();
  }

  private SubtreeFigures.UnitFigures of(String unit) {
    return figures
        .of(leader, unit, new SubtreeFigures.PeriodKey(directive, "bc-nam", "2026-Y"))
        .block();
  }

  private BigDecimal models(String unit) {
    return of(unit).indicators().stream()
        .filter(i -> i.code().equals("models"))
        .findFirst()
        .orElseThrow()
        .value();
  }

  private OrgUnitChanged change(String id, String parent, String path, String status) {
    return change(id, parent, path, status, List.of());
  }

  private OrgUnitChanged change(
      String id, String parent, String path, String status, List<String> successors) {
    return new OrgUnitChanged(
        UUID.randomUUID().toString(),
        Instant.now().truncatedTo(ChronoUnit.MILLIS),
        f.p,
        id,
        parent,
        path,
        "GRASSROOTS_COMMITTEE",
        "Đảng bộ cơ sở",
        "ĐU",
        status,
        successors);
  }
}
