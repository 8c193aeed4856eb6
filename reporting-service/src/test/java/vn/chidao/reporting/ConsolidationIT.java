package vn.chidao.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import vn.chidao.platform.security.ChidaoUser;
import vn.chidao.reporting.consolidation.ConsolidatedDraft;
import vn.chidao.reporting.consolidation.Consolidating;
import vn.chidao.reporting.obligation.ObligationDocument;
import vn.chidao.reporting.obligation.OpeningObligations;
import vn.chidao.reporting.org.UnitCopies;
import vn.chidao.reporting.submission.SubmittingReports;
import vn.chidao.reporting.tally.SubtreeFigures;

/**
 * A commune that must itself report upward gets its draft pre-filled from its grassroots
 * organisations' reports: rolled-up figures and their texts grouped by section.
 */
class ConsolidationIT extends RunningReportingService {

  @Autowired UnitCopies units;
  @Autowired OpeningObligations opening;
  @Autowired SubmittingReports submitting;
  @Autowired Consolidating consolidating;
  @Autowired ReactiveMongoTemplate mongo;

  Fixtures f = new Fixtures();
  String directive = Fixtures.newId("d");
  SubtreeFigures.PeriodKey period;

  @BeforeEach
  void reportsBelowTheCommune() {
    f.units().forEach(u -> units.apply(u).block());
    var communesAndGrassroots =
        new vn.chidao.contracts.report.ReportingRequirement(
            "bc-nam",
            f.annual().title(),
            "ANNUAL",
            null,
            f.annual().due(),
            null,
            null,
            null,
            f.p,
            f.bdv(),
            List.of("COMMUNE_COMMITTEE", "GRASSROOTS_COMMITTEE"),
            f.annual().sections(),
            f.annual().indicators());
    List<String> reached = List.of(f.x1(), f.g(1, 1), f.g(1, 2));
    opening
        .onDelivered(
            f.delivered(directive, Instant.now(), "IMPLEMENT", reached, communesAndGrassroots))
        .block();
    period = new SubtreeFigures.PeriodKey(directive, "bc-nam", "2026-Y");
    submit(f.g(1, 1), "Xây dựng 3 mô hình.", "Còn chậm.", 3, 90, true);
    submit(f.g(1, 2), "Xây dựng 5 mô hình.", null, 5, 70, false);
  }

  @Test
  void theCommunesDraftCarriesRolledUpFiguresAndItsSubordinatesTextsBySection() {
    ChidaoUser commune =
        new ChidaoUser(
            "xa.baocao", f.x1(), "/tw/" + f.p + "/" + f.x1() + "/", f.p, Set.of("reporter"));
    ConsolidatedDraft draft = consolidating.draft(commune, null, period).block();

    assertThat(draft.values())
        .containsEntry("models", new java.math.BigDecimal("8"))
        .containsEntry("assigned", false);
    assertThat(((java.math.BigDecimal) draft.values().get("strong"))).isEqualByComparingTo("80");
    assertThat(draft.sections())
        .extracting(ConsolidatedDraft.Section::code)
        .containsExactly("I", "II", "III");
    assertThat(draft.sections().get(0).parts())
        .extracting(ConsolidatedDraft.Part::text)
        .containsExactly("Xây dựng 3 mô hình.", "Xây dựng 5 mô hình.");
    assertThat(draft.sections().get(1).parts()).hasSize(1);
    assertThat(draft.sections().get(2).parts()).isEmpty();

    ObligationDocument own = consolidating.saveAsDraft(commune, period).block();
    assertThat(own.unitId()).isEqualTo(f.x1());
    assertThat(own.state()).isEqualTo("DRAFT");
    assertThat(own.draftValues().get("models")).isEqualByComparingTo("8");
    assertThat(own.draftSections().get("I"))
        .isEqualTo(
            "- Đảng bộ cơ sở 1.1: Xây dựng 3 mô hình.\n- Đảng bộ cơ sở 1.2: Xây dựng 5 mô hình.");
  }

  private void submit(
      String unit, String results, String shortcomings, int models, int strong, boolean assigned) {
    ChidaoUser reporter = new ChidaoUser("bc." + unit, unit, "/x/", f.p, Set.of("reporter"));
    Map<String, String> sections = new java.util.HashMap<>();
    sections.put("I", results);
    if (shortcomings != null) {
      sections.put("II", shortcomings);
    }
    submitting
        .submit(
            reporter,
            ObligationDocument.id(directive, "bc-nam", "2026-Y", unit),
            sections,
            Map.of("models", models, "strong", strong, "assigned", assigned))
        .block();
  }
}
