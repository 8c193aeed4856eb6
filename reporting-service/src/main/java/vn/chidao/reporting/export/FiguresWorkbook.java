package vn.chidao.reporting.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.chidao.reporting.tally.SubtreeFigures;
import vn.chidao.reporting.tally.model.Totals;

/**
 * A figures export as an Excel workbook: sheet {@value #PROGRESS} (the subtree, then one row per
 * child unit) and sheet {@value #INDICATORS} (every indicator rolled up vs its target). Header rows
 * bold and frozen; counts and values are numeric cells; shares are fractions formatted as
 * percentages, so that Excel can sum, sort and chart them.
 */
public final class FiguresWorkbook {

  public static final String PROGRESS = "Tiến độ";
  public static final String INDICATORS = "Chỉ tiêu";

  private FiguresWorkbook() {}

  public static byte[] of(FiguresExport export) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Styles styles = new Styles(book);
      progress(book.createSheet(PROGRESS), export, styles);
      indicators(book.createSheet(INDICATORS), export, styles);
      book.write(out);
      return out.toByteArray();
    } catch (IOException inMemory) {
      throw new UncheckedIOException(inMemory);
    }
  }

  private static void progress(Sheet sheet, FiguresExport export, Styles styles) {
    header(sheet, FiguresExport.PROGRESS_HEADER, styles);
    int r = 1;
    for (SubtreeFigures.UnitFigures unit : export.progressRows()) {
      Row row = sheet.createRow(r);
      row.createCell(0).setCellValue(unit.unitName() == null ? "" : unit.unitName());
      row.createCell(1).setCellValue(unit.unitId());
      row.createCell(2).setCellValue(FiguresExport.scope(r == 1));
      int c = 3;
      for (long count : FiguresExport.counts(unit.completeness())) {
        row.createCell(c++).setCellValue(count);
      }
      BigDecimal share = FiguresExport.submittedShare(unit.completeness());
      if (share != null) {
        var cell = row.createCell(c);
        cell.setCellValue(share.doubleValue());
        cell.setCellStyle(styles.percent);
      }
      r++;
    }
    finish(sheet, FiguresExport.PROGRESS_HEADER.size());
  }

  private static void indicators(Sheet sheet, FiguresExport export, Styles styles) {
    header(sheet, FiguresExport.INDICATOR_HEADER, styles);
    int r = 1;
    for (Totals.IndicatorFigure figure : export.subtree().indicators()) {
      Row row = sheet.createRow(r++);
      row.createCell(0).setCellValue(figure.code());
      row.createCell(1).setCellValue(figure.name() == null ? "" : figure.name());
      row.createCell(2).setCellValue(figure.unitOfMeasure() == null ? "" : figure.unitOfMeasure());
      row.createCell(3).setCellValue(FiguresExport.aggregationLabel(figure.aggregation()));
      if (figure.value() != null) {
        var cell = row.createCell(4);
        if (FiguresExport.isPercent(figure)) {
          cell.setCellValue(figure.value().movePointLeft(2).doubleValue());
          cell.setCellStyle(styles.percent);
        } else {
          cell.setCellValue(figure.value().doubleValue());
        }
      }
      row.createCell(5).setCellValue(figure.unitsReporting());
      if (figure.unitsMeetingTarget() != null) {
        row.createCell(6).setCellValue(figure.unitsMeetingTarget());
      }
      row.createCell(7).setCellValue(FiguresExport.operatorLabel(figure.targetOperator()));
      if (figure.targetValue() != null) {
        var cell = row.createCell(8);
        cell.setCellValue(figure.targetValue().doubleValue());
      }
      row.createCell(9).setCellValue(FiguresExport.verdict(figure.meetsTarget()));
    }
    finish(sheet, FiguresExport.INDICATOR_HEADER.size());
  }

  private static void header(Sheet sheet, List<String> names, Styles styles) {
    Row row = sheet.createRow(0);
    for (int i = 0; i < names.size(); i++) {
      var cell = row.createCell(i);
      cell.setCellValue(names.get(i));
      cell.setCellStyle(styles.header);
    }
    sheet.createFreezePane(0, 1);
  }

  /** Column widths by the header's length (autoSizeColumn needs fonts installed on the server). */
  private static void finish(Sheet sheet, int columns) {
    for (int i = 0; i < columns; i++) {
      int chars = sheet.getRow(0).getCell(i).getStringCellValue().length();
      sheet.setColumnWidth(i, Math.min(60, Math.max(12, chars + 4)) * 256);
    }
    sheet.setColumnWidth(0, 40 * 256);
  }

  private static final class Styles {
    final CellStyle header;
    final CellStyle percent;

    Styles(XSSFWorkbook book) {
      Font bold = book.createFont();
      bold.setBold(true);
      header = book.createCellStyle();
      header.setFont(bold);
      header.setWrapText(true);
      percent = book.createCellStyle();
      percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
    }
  }
}
