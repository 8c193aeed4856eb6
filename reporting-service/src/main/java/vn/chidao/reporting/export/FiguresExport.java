package vn.chidao.reporting.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import vn.chidao.reporting.tally.SubtreeFigures;
import vn.chidao.reporting.tally.model.Totals;

/**
 * What a figures export holds: the unit's subtree (completeness and indicators, exactly as {@code
 * GET /api/reports/figures} answers) and one completeness row per child unit (the drill-down).
 *
 * @param title the requirement's title, for the file name and the first lines
 * @param periodLabel "năm 2026", "quý III năm 2026"…
 */
public record FiguresExport(
    String title,
    String directiveSymbol,
    String periodKey,
    String periodLabel,
    SubtreeFigures.UnitFigures subtree,
    List<SubtreeFigures.UnitFigures> children) {

  /** Completeness columns, in the order both formats show them. */
  static final List<String> PROGRESS_HEADER =
      List.of(
          "Đơn vị",
          "Mã đơn vị",
          "Phạm vi",
          "Phải báo cáo",
          "Đã gửi",
          "Đúng hạn",
          "Trễ hạn",
          "Chưa gửi",
          "Chưa lập",
          "Đang soạn",
          "Chờ xem xét",
          "Bị trả lại",
          "Đã tiếp nhận",
          "Đã đóng",
          "Tỷ lệ đã gửi");

  static final List<String> INDICATOR_HEADER =
      List.of(
          "Mã chỉ tiêu",
          "Chỉ tiêu",
          "Đơn vị tính",
          "Cách tổng hợp",
          "Kết quả",
          "Số đơn vị có số liệu",
          "Số đơn vị đạt",
          "Điều kiện",
          "Mục tiêu",
          "Đánh giá");

  /** The subtree first, then its children. */
  List<SubtreeFigures.UnitFigures> progressRows() {
    List<SubtreeFigures.UnitFigures> rows = new java.util.ArrayList<>();
    rows.add(subtree);
    rows.addAll(children);
    return rows;
  }

  static String scope(boolean whole) {
    return whole ? "Toàn đơn vị (cả cấp dưới)" : "Đơn vị trực thuộc";
  }

  static long[] counts(Totals.Completeness c) {
    return new long[] {
      c.expected(),
      c.submitted(),
      c.onTime(),
      c.late(),
      c.missing(),
      c.pending(),
      c.drafts(),
      c.awaitingReview(),
      c.returned(),
      c.accepted(),
      c.closed()
    };
  }

  /** Submitted ÷ expected as a fraction (0.75 = 75 %), four decimals; null when none expected. */
  static BigDecimal submittedShare(Totals.Completeness c) {
    return c.expected() == 0
        ? null
        : BigDecimal.valueOf(c.submitted())
            .divide(BigDecimal.valueOf(c.expected()), 4, RoundingMode.HALF_UP);
  }

  static String aggregationLabel(String aggregation) {
    return switch (aggregation == null ? "SUM" : aggregation) {
      case "AVERAGE" -> "Trung bình";
      case "SHARE_MEETING_TARGET" -> "Tỷ lệ đơn vị đạt (%)";
      default -> "Tổng";
    };
  }

  static String operatorLabel(String operator) {
    if (operator == null) {
      return "";
    }
    return switch (operator) {
      case "GTE" -> "≥";
      case "GT" -> ">";
      case "LTE" -> "≤";
      case "LT" -> "<";
      case "EQ" -> "=";
      default -> operator;
    };
  }

  static String verdict(Boolean meets) {
    return meets == null ? "" : meets ? "Đạt" : "Chưa đạt";
  }

  /** Whether the figure is a percentage (shown as such in the workbook). */
  static boolean isPercent(Totals.IndicatorFigure figure) {
    return "%".equals(figure.unitOfMeasure())
        || "SHARE_MEETING_TARGET".equals(figure.aggregation());
  }
}
