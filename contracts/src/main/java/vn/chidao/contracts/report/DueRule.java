package vn.chidao.contracts.report;

import java.time.LocalDate;

/**
 * When a period's report is due. Deadlines are dates in Vietnam time (Asia/Ho_Chi_Minh); a report
 * is on time when submitted before the start of the due day ("trước ngày 15 tháng 12").
 *
 * @param kind {@code FIXED_DAY}: the {@code day} of the month {@code monthsAfterCutoff} months
 *     after the period's cut-off month ("trước 15 tháng 12 hằng năm" for an annual period cut off
 *     on 14 December: day 15, monthsAfterCutoff 0); {@code DAYS_AFTER_CUTOFF}: {@code days} days
 *     after the cut-off day (working days, Monday to Friday, when {@code workingDays}); {@code
 *     DATE}: the fixed {@code date} (one-off reports)
 */
public record DueRule(
    String kind,
    Integer day,
    Integer monthsAfterCutoff,
    Integer days,
    Boolean workingDays,
    LocalDate date) {}
