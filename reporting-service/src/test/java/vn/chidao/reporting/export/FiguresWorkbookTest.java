package vn.chidao.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class FiguresWorkbookTest {

  @Test
  void twoSheetsWithBoldHeadersNumericCountsAndPercentages() throws Exception {
    try (XSSFWorkbook book =
        new XSSFWorkbook(new ByteArrayInputStream(FiguresWorkbook.of(ExportSamples.figures())))) {
      assertThat(book.getSheetName(0)).isEqualTo("Tiến độ");
      assertThat(book.getSheetName(1)).isEqualTo("Chỉ tiêu");

      Sheet progress = book.getSheet("Tiến độ");
      Row header = progress.getRow(0);
      assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Phải báo cáo");
      assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold())
          .isTrue();
      Row province = progress.getRow(1);
      assertThat(province.getCell(0).getStringCellValue()).isEqualTo("Tỉnh ủy Kon Tum");
      assertThat(province.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(province.getCell(3).getNumericCellValue()).isEqualTo(4);
      assertThat(province.getCell(6).getNumericCellValue()).isEqualTo(1); // late
      assertThat(province.getCell(14).getNumericCellValue()).isEqualTo(0.75);
      assertThat(province.getCell(14).getCellStyle().getDataFormatString()).contains("%");
      assertThat(progress.getRow(2).getCell(0).getStringCellValue())
          .isEqualTo("Đảng ủy xã Đăk Hà, huyện cũ");
      assertThat(progress.getRow(4).getCell(14)).isNull(); // nothing expected: no share
      assertThat(progress.getLastRowNum()).isEqualTo(4);

      Sheet indicators = book.getSheet("Chỉ tiêu");
      assertThat(indicators.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(1016);
      assertThat(indicators.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(0.855);
      assertThat(indicators.getRow(2).getCell(4).getCellStyle().getDataFormatString())
          .contains("%");
      assertThat(indicators.getRow(2).getCell(8).getNumericCellValue()).isEqualTo(80);
      assertThat(indicators.getRow(2).getCell(9).getStringCellValue()).isEqualTo("Đạt");
      assertThat(indicators.getRow(3).getCell(9).getStringCellValue()).isEqualTo("Chưa đạt");
    }
  }
}
