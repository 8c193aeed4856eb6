package vn.chidao.reporting.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.chidao.reporting.tally.SubtreeFigures;
import vn.chidao.reporting.tally.model.Totals;

/** Figures and report facts as the exports receive them, with Vietnamese names. */
final class ExportSamples {

  private ExportSamples() {}

  static Totals.Completeness completeness(long expected, long submitted, long late) {
    return new Totals.Completeness(
        expected,
        submitted,
        submitted - late,
        late,
        expected - submitted,
        0,
        0,
        submitted,
        0,
        0,
        0);
  }

  static List<Totals.IndicatorFigure> indicators() {
    return List.of(
        new Totals.IndicatorFigure(
            "models",
            "Số mô hình \"Dân vận khéo\"",
            "mô hình",
            "SUM",
            new BigDecimal("1016"),
            3,
            null,
            null,
            null,
            null),
        new Totals.IndicatorFigure(
            "strong",
            "Tỷ lệ đoàn thể vững mạnh, xuất sắc",
            "%",
            "AVERAGE",
            new BigDecimal("85.5"),
            3,
            2L,
            "GTE",
            new BigDecimal("80"),
            true),
        new Totals.IndicatorFigure(
            "assigned",
            "Phân công cấp ủy viên phụ trách dân vận",
            null,
            "SHARE_MEETING_TARGET",
            new BigDecimal("66.67"),
            3,
            2L,
            "EQ",
            BigDecimal.ONE,
            false));
  }

  static FiguresExport figures() {
    SubtreeFigures.UnitFigures province =
        new SubtreeFigures.UnitFigures(
            "kt",
            "Tỉnh ủy Kon Tum",
            "PROVINCIAL_COMMITTEE",
            null,
            completeness(4, 3, 1),
            indicators());
    List<SubtreeFigures.UnitFigures> children =
        List.of(
            new SubtreeFigures.UnitFigures(
                "kt-x1",
                "Đảng ủy xã Đăk Hà, huyện cũ",
                "COMMUNE_COMMITTEE",
                null,
                completeness(2, 2, 1),
                null),
            new SubtreeFigures.UnitFigures(
                "kt-x2",
                "Đảng ủy phường Quyết Thắng",
                "COMMUNE_COMMITTEE",
                null,
                completeness(2, 1, 0),
                null),
            new SubtreeFigures.UnitFigures(
                "kt-bdv", "Ban Dân vận Tỉnh ủy", "COMMISSION", null, completeness(0, 0, 0), null));
    return new FiguresExport(
        "Báo cáo kết quả công tác dân vận năm",
        "07-TT/TU",
        "2026-Y",
        "năm 2026",
        province,
        children);
  }

  static OfficialReport.Facts facts() {
    return new OfficialReport.Facts(
        "Đảng ủy xã Đăk Hà",
        "ĐU",
        "Tỉnh ủy Kon Tum",
        false,
        "Tỉnh ủy Kon Tum",
        null,
        "Báo cáo kết quả công tác dân vận năm",
        "năm 2026",
        "07-TT/TU",
        "Về tăng cường công tác dân vận",
        "Tỉnh ủy Kon Tum",
        List.of(
            new OfficialReport.SectionText(
                "Kết quả đạt được",
                "- Chi bộ thôn 1: Xây dựng 3 mô hình.\n- Chi bộ thôn 2: Xây dựng 5 mô hình."),
            new OfficialReport.SectionText("Hạn chế, khuyết điểm", "Còn chậm ở một số chi bộ."),
            new OfficialReport.SectionText("Phương hướng, nhiệm vụ", null)),
        indicators(),
        "Tỉnh ủy Kon Tum",
        "Ban Dân vận Tỉnh ủy",
        LocalDate.of(2026, 12, 10));
  }
}
