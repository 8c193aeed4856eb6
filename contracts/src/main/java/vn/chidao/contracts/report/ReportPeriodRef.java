package vn.chidao.contracts.report;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Which report of which period an obligation event is about; repeated in every reporting event so
 * an alert can say it without asking reporting-service.
 *
 * @param periodKey stable key of the period, e.g. {@code 2026-Y}, {@code 2026-H1}, {@code 2026-Q3},
 *     {@code 2026-M07}, {@code ONCE}
 * @param periodLabel in Vietnamese, e.g. "năm 2026", "6 tháng đầu năm 2026"
 * @param periodFrom first day of figures
 * @param periodTo last day of figures (the cut-off)
 * @param dueAt the instant the report becomes late (start of the due day in Vietnam time)
 * @param reportToUnitId the unit that receives and reviews the report
 * @param viaUnitId the unit it passes through, or null
 */
public record ReportPeriodRef(
    String directiveId,
    String directiveSymbol,
    String requirementId,
    String requirementTitle,
    String periodKey,
    String periodLabel,
    LocalDate periodFrom,
    LocalDate periodTo,
    Instant dueAt,
    String reportToUnitId,
    String viaUnitId) {}
