package vn.chidao.notification.alert.model;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The Vietnamese words of each kind of alert. */
public final class AlertWording {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private AlertWording() {}

  /** A directive reached a batch of units. */
  public static Alert newDirective(IssuedDirective d, String issuerUnitId) {
    DirectiveAlert words = new DirectiveAlert(d);
    List<Alert.Detail> details = new ArrayList<>();
    details.add(new Alert.Detail("Số, ký hiệu", d.symbol()));
    details.add(new Alert.Detail("Trích yếu", d.subject()));
    details.add(new Alert.Detail("Đơn vị ban hành", d.issuerUnitName()));
    details.add(new Alert.Detail("Độ khẩn", d.urgency().label()));
    return new Alert(
        d.eventId(),
        AlertKind.NEW_DIRECTIVE,
        d.tenant(),
        d.urgency(),
        words.title(),
        words.body(),
        details,
        Alert.path("/van-ban/", d.directiveId()),
        d.directiveId(),
        issuerUnitId,
        d.directiveId(),
        RecipientPolicies.newDirective(d.recipientUnitIds()),
        d);
  }

  /**
   * A directive was recalled or superseded. Same push topic as the alert that announced it, so a
   * device that has not fetched that one yet gets this one instead.
   */
  public static Alert withdrawn(
      IssuedDirective d,
      String issuerUnitId,
      boolean superseded,
      String reason,
      String replacedByDirectiveId,
      String replacedBySymbol) {
    String what = d.docTypeName() + (d.symbol() == null ? "" : " số " + d.symbol());
    String title =
        superseded ? "Văn bản đã được thay thế: " + what : "Văn bản đã bị thu hồi: " + what;
    String body =
        superseded && replacedBySymbol != null
            ? "Thay thế bởi văn bản số " + replacedBySymbol + ". " + d.subject()
            : d.subject();
    List<Alert.Detail> details = new ArrayList<>();
    details.add(new Alert.Detail("Trích yếu", d.subject()));
    details.add(new Alert.Detail("Đơn vị ban hành", d.issuerUnitName()));
    details.add(new Alert.Detail("Lý do", reason));
    details.add(new Alert.Detail("Văn bản thay thế", replacedBySymbol));
    String target =
        superseded && replacedByDirectiveId != null ? replacedByDirectiveId : d.directiveId();
    return new Alert(
        d.eventId(),
        superseded ? AlertKind.DIRECTIVE_SUPERSEDED : AlertKind.DIRECTIVE_RECALLED,
        d.tenant(),
        d.urgency(),
        title,
        body,
        details,
        Alert.path("/van-ban/", target),
        d.directiveId(),
        issuerUnitId,
        d.directiveId(),
        RecipientPolicies.recall(d.recipientUnitIds()),
        null);
  }

  /** What every reporting alert says about the report it concerns. */
  public record ReportRef(
      String directiveId,
      String directiveSymbol,
      String requirementTitle,
      String periodLabel,
      Instant dueAt,
      String reportToUnitId,
      String viaUnitId) {

    String what() {
      String title =
          requirementTitle == null || requirementTitle.isBlank()
              ? "Báo cáo"
              : requirementTitle.strip();
      return periodLabel == null || periodLabel.isBlank()
          ? title
          : title + " " + periodLabel.strip();
    }

    String due() {
      return dueAt == null ? null : DATE.format(dueAt.atZone(VIETNAM));
    }

    List<Alert.Detail> details() {
      List<Alert.Detail> details = new ArrayList<>();
      details.add(new Alert.Detail("Báo cáo", what()));
      details.add(new Alert.Detail("Theo văn bản", directiveSymbol));
      details.add(new Alert.Detail("Hạn nộp", due()));
      return details;
    }
  }

  public static Alert obligationsOpened(
      String eventId, String tenant, ReportRef report, List<String> unitIds) {
    return report(
        eventId,
        tenant,
        AlertKind.OBLIGATION_OPENED,
        "Báo cáo cần thực hiện: " + report.what(),
        report.due() == null ? "" : "Hạn nộp: " + report.due(),
        report,
        report.details(),
        RecipientPolicies.reportDue(unitIds));
  }

  public static Alert dueSoon(
      String eventId, String tenant, ReportRef report, List<String> unitIds) {
    return report(
        eventId,
        tenant,
        AlertKind.REPORT_DUE_SOON,
        "Sắp đến hạn nộp báo cáo: " + report.what(),
        report.due() == null ? "" : "Hạn nộp: " + report.due() + ". Đơn vị chưa nộp báo cáo.",
        report,
        report.details(),
        RecipientPolicies.reportDue(unitIds));
  }

  /** Sent to the late units and, as escalation, to the reviewers of the unit the report goes to. */
  public static Alert overdue(
      String eventId, String tenant, ReportRef report, List<String> unitIds) {
    String body =
        unitIds.size() == 1
            ? "Đơn vị chưa nộp báo cáo đúng hạn"
                + (report.due() == null ? "." : " (" + report.due() + ").")
            : unitIds.size()
                + " đơn vị chưa nộp báo cáo đúng hạn"
                + (report.due() == null ? "." : " (" + report.due() + ").");
    return report(
        eventId,
        tenant,
        AlertKind.REPORT_OVERDUE,
        "Quá hạn nộp báo cáo: " + report.what(),
        body,
        report,
        report.details(),
        RecipientPolicies.overdue(unitIds, report.reportToUnitId()));
  }

  public static Alert submitted(
      String eventId, String tenant, ReportRef report, String unitName, boolean late) {
    List<Alert.Detail> details = report.details();
    details.add(new Alert.Detail("Đơn vị nộp", unitName));
    return report(
        eventId,
        tenant,
        AlertKind.REPORT_SUBMITTED,
        "Báo cáo mới nộp: " + report.what(),
        oneOf(unitName, "Một đơn vị") + " đã nộp báo cáo" + (late ? " (nộp muộn)." : "."),
        report,
        details,
        RecipientPolicies.submitted(report.reportToUnitId(), report.viaUnitId()));
  }

  public static Alert returned(
      String eventId, String tenant, ReportRef report, String unitId, String comment) {
    List<Alert.Detail> details = report.details();
    details.add(new Alert.Detail("Ý kiến", comment));
    String body = "Báo cáo được trả lại để chỉnh sửa.";
    if (comment != null && !comment.isBlank()) {
      body += " Ý kiến: " + comment.strip();
    }
    return report(
        eventId,
        tenant,
        AlertKind.REPORT_RETURNED,
        "Báo cáo bị trả lại: " + report.what(),
        body,
        report,
        details,
        RecipientPolicies.reportStatus(unitId));
  }

  public static Alert accepted(String eventId, String tenant, ReportRef report, String unitId) {
    return report(
        eventId,
        tenant,
        AlertKind.REPORT_ACCEPTED,
        "Báo cáo đã được tiếp nhận: " + report.what(),
        "Báo cáo của đơn vị đã được chấp nhận.",
        report,
        report.details(),
        RecipientPolicies.reportStatus(unitId));
  }

  private static Alert report(
      String eventId,
      String tenant,
      AlertKind kind,
      String title,
      String body,
      ReportRef report,
      List<Alert.Detail> details,
      Audience audience) {
    return new Alert(
        eventId,
        kind,
        tenant,
        Urgency.NORMAL,
        title,
        body,
        details,
        "/bao-cao",
        report.directiveId(),
        null,
        null,
        audience,
        null);
  }

  private static String oneOf(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.strip();
  }
}
