package vn.chidao.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FiguresCsvTest {

  @Test
  void startsWithAUtf8ByteOrderMarkSoExcelReadsVietnamese() {
    byte[] csv = FiguresCsv.of(ExportSamples.figures());
    assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = text(csv);
    assertThat(text).contains("Tỉnh ủy Kon Tum").contains("Đảng ủy phường Quyết Thắng");
    assertThat(text).contains("Phải báo cáo,Đã gửi,Đúng hạn,Trễ hạn,Chưa gửi");
  }

  @Test
  void quotesFieldsWithCommasQuotesAndLineBreaksAsRfc4180Says() {
    assertThat(FiguresCsv.field("Đảng ủy xã Đăk Hà, huyện cũ"))
        .isEqualTo("\"Đảng ủy xã Đăk Hà, huyện cũ\"");
    assertThat(FiguresCsv.field("Số mô hình \"Dân vận khéo\""))
        .isEqualTo("\"Số mô hình \"\"Dân vận khéo\"\"\"");
    assertThat(FiguresCsv.field("dòng 1\ndòng 2")).isEqualTo("\"dòng 1\ndòng 2\"");
    assertThat(FiguresCsv.field(" lề")).isEqualTo("\" lề\"");
    assertThat(FiguresCsv.field("Tỉnh ủy")).isEqualTo("Tỉnh ủy");
  }

  @Test
  void oneRowForTheSubtreeThenOnePerChildThenTheIndicators() {
    String[] lines = text(FiguresCsv.of(ExportSamples.figures())).split("\r\n", -1);
    assertThat(lines[2]).startsWith("Đơn vị,Mã đơn vị,Phạm vi");
    assertThat(lines[3])
        .isEqualTo("Tỉnh ủy Kon Tum,kt,Toàn đơn vị (cả cấp dưới),4,3,2,1,1,0,0,3,0,0,0,75%");
    assertThat(lines[4])
        .isEqualTo(
            "\"Đảng ủy xã Đăk Hà, huyện cũ\",kt-x1,Đơn vị trực thuộc,2,2,1,1,0,0,0,2,0,0,0,100%");
    assertThat(lines[6]).endsWith(",0,0,0,0,0,0,0,0,0,0,0,");
    assertThat(lines[7]).isEmpty();
    assertThat(lines[8]).startsWith("Mã chỉ tiêu,Chỉ tiêu");
    assertThat(lines[9])
        .isEqualTo("models,\"Số mô hình \"\"Dân vận khéo\"\"\",mô hình,Tổng,1016,3,,,,");
    assertThat(lines[10])
        .isEqualTo("strong,\"Tỷ lệ đoàn thể vững mạnh, xuất sắc\",%,Trung bình,85.5,3,2,≥,80,Đạt");
    assertThat(lines[11]).endsWith(",66.67,3,2,=,1,Chưa đạt");
  }

  private static String text(byte[] csv) {
    return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
  }
}
