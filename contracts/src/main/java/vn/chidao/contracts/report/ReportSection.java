package vn.chidao.contracts.report;

/**
 * One numbered section of a report, e.g. {@code I} "Kết quả đạt được", {@code II} "Hạn chế".
 *
 * @param code stable within the requirement, used to group subordinates' texts on consolidation
 */
public record ReportSection(String code, String title) {}
