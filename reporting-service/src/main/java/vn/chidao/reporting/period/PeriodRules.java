package vn.chidao.reporting.period;

import java.util.Locale;
import vn.chidao.contracts.report.ReportingRequirement;
import vn.chidao.reporting.period.model.DueRule;
import vn.chidao.reporting.period.model.Frequency;
import vn.chidao.reporting.period.model.PeriodRule;

/**
 * Reads the contract's reporting requirement as a {@link PeriodRule}. A requirement that cannot be
 * read (unknown frequency, impossible due rule) is refused with {@link IllegalArgumentException},
 * which sends the carrying event to the dead-letter queue instead of guessing.
 */
public final class PeriodRules {

  private PeriodRules() {}

  public static PeriodRule of(ReportingRequirement requirement) {
    int cutoff =
        requirement.cutoffDay() == null ? PeriodRule.DEFAULT_CUTOFF_DAY : requirement.cutoffDay();
    return new PeriodRule(
        Frequency.of(requirement.frequency()),
        cutoff,
        dueRule(requirement.due()),
        requirement.oneOffFrom(),
        requirement.oneOffTo(),
        requirement.until());
  }

  static DueRule dueRule(vn.chidao.contracts.report.DueRule due) {
    if (due == null || due.kind() == null) {
      return null;
    }
    return switch (due.kind().toUpperCase(Locale.ROOT)) {
      case "FIXED_DAY" ->
          new DueRule.FixedDay(
              required(due.day(), "day"),
              due.monthsAfterCutoff() == null ? 0 : due.monthsAfterCutoff());
      case "DAYS_AFTER_CUTOFF" ->
          new DueRule.DaysAfterCutoff(
              required(due.days(), "days"), Boolean.TRUE.equals(due.workingDays()));
      case "DATE" -> new DueRule.OnDate(due.date());
      default -> throw new IllegalArgumentException("unknown due rule " + due.kind());
    };
  }

  private static int required(Integer value, String name) {
    if (value == null) {
      throw new IllegalArgumentException("due rule without " + name);
    }
    return value;
  }
}
