package vn.chidao.reporting.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidao.contracts.report.DueRule;
import vn.chidao.contracts.report.ReportingRequirement;
import vn.chidao.reporting.period.model.ReportingPeriod;

class PeriodRulesTest {

  static ReportingRequirement requirement(String frequency, Integer cutoff, DueRule due) {
    return new ReportingRequirement(
        "bc-1", "Báo cáo", frequency, cutoff, due, null, null, null, "tu", "bdv", List.of(),
        List.of(), List.of());
  }

  @Test
  void aMissingCutOffMeansThe14thAndAMissingDueRuleTheDayAfter() {
    ReportingPeriod period =
        PeriodRules.of(requirement("ANNUAL", null, null))
            .periodFor(LocalDate.of(2026, 4, 1))
            .orElseThrow();
    assertThat(period.to()).isEqualTo(LocalDate.of(2026, 12, 14));
    assertThat(period.dueDate()).isEqualTo(LocalDate.of(2026, 12, 15));
  }

  @Test
  void workingDaysAfterTheCutOffAreRead() {
    ReportingPeriod period =
        PeriodRules.of(
                requirement(
                    "SIX_MONTH", null, new DueRule("DAYS_AFTER_CUTOFF", null, null, 3, true, null)))
            .periodFor(LocalDate.of(2026, 4, 1))
            .orElseThrow();
    // 14 June 2026 is a Sunday: Monday to Wednesday.
    assertThat(period.dueDate()).isEqualTo(LocalDate.of(2026, 6, 17));
  }

  @Test
  void anUnreadableRequirementIsRefusedNotGuessed() {
    assertThatThrownBy(() -> PeriodRules.of(requirement("WEEKLY", null, null)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                PeriodRules.of(
                    requirement(
                        "ANNUAL", null, new DueRule("FIXED_DAY", null, 0, null, null, null))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
