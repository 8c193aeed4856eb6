package vn.chidao.reporting.period.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One period of a reporting requirement.
 *
 * @param key stable key, e.g. {@code 2026-Y}, {@code 2026-H1}, {@code 2026-9M}, {@code 2026-Q3},
 *     {@code 2026-M07}, {@code ONCE}
 * @param label in Vietnamese, e.g. "năm 2026", "quý III năm 2026"
 * @param from first day of figures
 * @param to last day of figures (the cut-off)
 * @param dueDate the day from whose start (Vietnam time) a report is late
 */
public record ReportingPeriod(
    String key, String label, LocalDate from, LocalDate to, LocalDate dueDate) {

  public ReportingPeriod {
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("a period cannot end before it starts");
    }
  }

  /** The instant the report becomes late: the start of the due day in Vietnam. */
  public Instant dueAt() {
    return VietnamTime.startOf(dueDate);
  }

  /** A report submitted at {@code submittedAt} is late when it arrives on or after the due day. */
  public boolean isLate(Instant submittedAt) {
    return !submittedAt.isBefore(dueAt());
  }

  /** True when the period's figures have started being collected by {@code day}. */
  public boolean hasStartedBy(LocalDate day) {
    return !from.isAfter(day);
  }
}
