package vn.chidao.contracts.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A report a directive demands of its recipients ("Định kỳ 6 tháng, hằng năm báo cáo kết quả về Ban
 * Thường vụ Tỉnh ủy (qua Ban Dân vận)… trước 15 tháng 12 hằng năm"). reporting-service turns it
 * into obligations: one per reporting unit × period.
 *
 * @param requirementId stable within its directive (e.g. {@code bc-1})
 * @param title what the report is, in Vietnamese
 * @param frequency {@code MONTHLY}, {@code QUARTERLY}, {@code SIX_MONTH}, {@code NINE_MONTH},
 *     {@code ANNUAL} or {@code ONE_OFF}
 * @param cutoffDay last day of figures in a period's last month; null means 14 (Nghị định
 *     09/2019/NĐ-CP art. 12: annual figures 15 Dec → 14 Dec); 0 means the month's last day
 * @param due when a period's report is due
 * @param oneOffFrom first day of figures of a {@code ONE_OFF} report (null otherwise)
 * @param oneOffTo last day of figures of a {@code ONE_OFF} report (null otherwise)
 * @param until no period starting after this day is opened; null means until recalled
 * @param reportToUnitId the unit the report goes to (e.g. the provincial Standing Committee)
 * @param viaUnitId the unit it passes through ("qua Ban Dân vận"), or null
 * @param reporterKinds unit kinds that must report (e.g. {@code GRASSROOTS_COMMITTEE}); empty means
 *     every unit that received the directive to implement it
 * @param sections the report's ordered sections
 * @param indicators the figures the report carries
 */
public record ReportingRequirement(
    String requirementId,
    String title,
    String frequency,
    Integer cutoffDay,
    DueRule due,
    LocalDate oneOffFrom,
    LocalDate oneOffTo,
    LocalDate until,
    String reportToUnitId,
    String viaUnitId,
    List<String> reporterKinds,
    List<ReportSection> sections,
    List<ReportIndicator> indicators) {

  public ReportingRequirement {
    reporterKinds = reporterKinds == null ? List.of() : List.copyOf(reporterKinds);
    sections = sections == null ? List.of() : List.copyOf(sections);
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
  }
}
