package vn.chidao.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;

class ReportDocxTest {

  OfficialReport report = OfficialReport.of(ExportSamples.facts());

  @Test
  void readsLikeAPartyReportFromHeaderToSignatureInOrder() throws Exception {
    try (XWPFDocument doc = read();
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      String text = extractor.getText();
      assertThat(text)
          .containsSubsequence(
              "ĐẢNG BỘ TỈNH KON TUM",
              "ĐẢNG ỦY XÃ ĐĂK HÀ",
              "*",
              "ĐẢNG CỘNG SẢN VIỆT NAM",
              "Số      -BC/ĐU",
              "Kon Tum, ngày      tháng      năm 2026",
              "BÁO CÁO",
              "kết quả công tác dân vận năm 2026",
              "Thực hiện văn bản số 07-TT/TU của Tỉnh ủy Kon Tum về tăng cường công tác dân vận,"
                  + " Đảng ủy xã Đăk Hà báo cáo như sau:",
              "I. KẾT QUẢ ĐẠT ĐƯỢC",
              "- Chi bộ thôn 1: Xây dựng 3 mô hình.",
              "- Chi bộ thôn 2: Xây dựng 5 mô hình.",
              "II. HẠN CHẾ, KHUYẾT ĐIỂM",
              "Còn chậm ở một số chi bộ.",
              "III. PHƯƠNG HƯỚNG, NHIỆM VỤ",
              "SỐ LIỆU CÁC CHỈ TIÊU",
              "Số mô hình \"Dân vận khéo\"",
              "1.016",
              "Tỷ lệ đoàn thể vững mạnh, xuất sắc",
              "85,5",
              "Nơi nhận:",
              "- Tỉnh ủy Kon Tum (b/c),",
              "- Ban Dân vận Tỉnh ủy (b/c),",
              "- Lưu Văn phòng.",
              "T/M BAN THƯỜNG VỤ",
              "BÍ THƯ",
              "(Ký, ghi rõ họ tên)");
    }
  }

  @Test
  void dateLineInItalicsTitleBoldTimesNewRomanAndA4PartyMargins() throws Exception {
    try (XWPFDocument doc = read()) {
      XWPFTable header = doc.getTables().get(0);
      XWPFRun date = header.getRow(1).getCell(1).getParagraphs().get(0).getRuns().get(0);
      assertThat(date.text()).startsWith("Kon Tum, ngày");
      assertThat(date.isItalic()).isTrue();
      XWPFParagraph title =
          doc.getParagraphs().stream()
              .filter(p -> p.getText().equals("BÁO CÁO"))
              .findFirst()
              .orElseThrow();
      assertThat(title.getRuns().get(0).isBold()).isTrue();
      assertThat(title.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
      for (XWPFParagraph p : doc.getParagraphs()) {
        for (XWPFRun run : p.getRuns()) {
          assertThat(run.getFontFamily()).isEqualTo("Times New Roman");
        }
      }
      CTPageMar margins = doc.getDocument().getBody().getSectPr().getPgMar();
      assertThat(twips(margins.getTop())).isEqualTo(1134); // 20 mm
      assertThat(twips(margins.getBottom())).isEqualTo(1134);
      assertThat(twips(margins.getLeft())).isEqualTo(1701); // 30 mm
      assertThat(twips(margins.getRight())).isEqualTo(850); // 15 mm
      assertThat(twips(doc.getDocument().getBody().getSectPr().getPgSz().getW())).isEqualTo(11906);
    }
  }

  @Test
  void aProvincialCommitteeHasNoSuperiorLineAndAGivenNumberIsPrinted() {
    OfficialReport.Facts f = ExportSamples.facts();
    OfficialReport provincial =
        OfficialReport.of(
            new OfficialReport.Facts(
                "Tỉnh ủy Kon Tum",
                "TU",
                null,
                true,
                "Tỉnh ủy Kon Tum",
                "111-BC/TU",
                f.requirementTitle(),
                "6 tháng đầu năm 2026",
                null,
                null,
                null,
                f.sections(),
                List.of(),
                "Ban Dân vận Trung ương",
                null,
                f.today()));
    assertThat(provincial.superior()).isNull();
    assertThat(provincial.issuer()).isEqualTo("TỈNH ỦY KON TUM");
    assertThat(provincial.number()).isEqualTo("Số 111-BC/TU");
    assertThat(provincial.subject()).isEqualTo("kết quả công tác dân vận năm 6 tháng đầu năm 2026");
    assertThat(provincial.recipients())
        .containsExactly("- Ban Dân vận Trung ương (b/c),", "- Lưu Văn phòng.");
  }

  @Test
  void numbersInVietnameseStyle() {
    assertThat(ReportDocx.vietnamese(new BigDecimal("7554"))).isEqualTo("7.554");
    assertThat(ReportDocx.vietnamese(new BigDecimal("4.62"))).isEqualTo("4,62");
    assertThat(OfficialReport.roman(4)).isEqualTo("IV");
    assertThat(OfficialReport.roman(9)).isEqualTo("IX");
  }

  private XWPFDocument read() throws Exception {
    return new XWPFDocument(new ByteArrayInputStream(ReportDocx.of(report)));
  }

  private static long twips(Object value) {
    return ((BigInteger) value).longValue();
  }
}
