package vn.chidao.reporting.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.chidao.reporting.tally.model.Totals;

/**
 * Places an {@link OfficialReport} on A4 pages the way Party documents are laid out (Hướng dẫn
 * 36-HD/VPTW): margins top 20 mm, bottom 20 mm, left 30 mm, right 15 mm; Times New Roman, 13 pt
 * body and 14 pt title; a borderless header table (issuer left, "ĐẢNG CỘNG SẢN VIỆT NAM" right;
 * number left, place and date in italics right); "BÁO CÁO" and its subject centred; the sections;
 * the indicators as a ruled table; "Nơi nhận:" and the signature block side by side.
 */
public final class ReportDocx {

  static final String FONT = "Times New Roman";
  static final int BODY_PT = 13;
  static final int TITLE_PT = 14;

  /** Twentieths of a point per millimetre: 1440 per inch ÷ 25.4. */
  private static final double TWIPS_PER_MM = 1440 / 25.4;

  private ReportDocx() {}

  public static byte[] of(OfficialReport report) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      page(doc);
      header(doc, report);
      title(doc, report);
      body(doc, report);
      if (!report.figures().isEmpty()) {
        figures(doc, report);
      }
      closing(doc, report);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException inMemory) {
      throw new UncheckedIOException(inMemory);
    }
  }

  private static void page(XWPFDocument doc) {
    CTSectPr section = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(11906)); // A4, 210 mm
    size.setH(BigInteger.valueOf(16838)); // 297 mm
    CTPageMar margins = section.addNewPgMar();
    margins.setTop(twips(20));
    margins.setBottom(twips(20));
    margins.setLeft(twips(30));
    margins.setRight(twips(15));
    margins.setHeader(twips(10));
    margins.setFooter(twips(10));
  }

  private static void header(XWPFDocument doc, OfficialReport report) {
    XWPFTable table = borderless(doc, 2, 2);
    XWPFTableCell issuer = table.getRow(0).getCell(0);
    if (report.superior() != null) {
      text(first(issuer), report.superior(), BODY_PT, false, false);
      text(issuer.addParagraph(), report.issuer(), BODY_PT, true, false);
    } else {
      text(first(issuer), report.issuer(), BODY_PT, true, false);
    }
    text(issuer.addParagraph(), "*", BODY_PT, false, false);
    centre(issuer);
    XWPFParagraph party = first(table.getRow(0).getCell(1));
    XWPFRun partyRun = text(party, "ĐẢNG CỘNG SẢN VIỆT NAM", TITLE_PT, true, false);
    partyRun.setUnderline(UnderlinePatterns.SINGLE);
    centre(table.getRow(0).getCell(1));
    text(first(table.getRow(1).getCell(0)), report.number(), BODY_PT, false, false);
    centre(table.getRow(1).getCell(0));
    text(first(table.getRow(1).getCell(1)), report.placeAndDate(), BODY_PT, false, true);
    first(table.getRow(1).getCell(1)).setAlignment(ParagraphAlignment.RIGHT);
  }

  private static void title(XWPFDocument doc, OfficialReport report) {
    XWPFParagraph title = doc.createParagraph();
    title.setAlignment(ParagraphAlignment.CENTER);
    title.setSpacingBefore(240);
    text(title, "BÁO CÁO", TITLE_PT, true, false);
    XWPFParagraph subject = doc.createParagraph();
    subject.setAlignment(ParagraphAlignment.CENTER);
    text(subject, report.subject(), TITLE_PT, true, false);
    XWPFParagraph rule = doc.createParagraph();
    rule.setAlignment(ParagraphAlignment.CENTER);
    text(rule, "-----", BODY_PT, false, false);
  }

  private static void body(XWPFDocument doc, OfficialReport report) {
    paragraph(doc, report.opening());
    for (OfficialReport.Section section : report.sections()) {
      XWPFParagraph heading = doc.createParagraph();
      heading.setSpacingBefore(120);
      heading.setIndentationFirstLine(twips(10).intValue());
      text(heading, section.heading(), BODY_PT, true, false);
      for (String line : section.paragraphs()) {
        paragraph(doc, line);
      }
    }
  }

  private static void figures(XWPFDocument doc, OfficialReport report) {
    XWPFParagraph heading = doc.createParagraph();
    heading.setSpacingBefore(120);
    heading.setAlignment(ParagraphAlignment.CENTER);
    text(heading, "SỐ LIỆU CÁC CHỈ TIÊU", BODY_PT, true, false);
    String[] columns = {"STT", "Chỉ tiêu", "Đơn vị tính", "Kết quả", "Mục tiêu", "Đánh giá"};
    XWPFTable table = doc.createTable(report.figures().size() + 1, columns.length);
    table.setWidth("100%");
    for (int c = 0; c < columns.length; c++) {
      XWPFTableCell cell = table.getRow(0).getCell(c);
      text(first(cell), columns[c], BODY_PT - 1, true, false);
      centre(cell);
    }
    int r = 1;
    for (Totals.IndicatorFigure figure : report.figures()) {
      // A share of units meeting their own target: every unit must meet it (meetsTarget).
      boolean share = "SHARE_MEETING_TARGET".equals(figure.aggregation()) && figure.value() != null;
      String[] cells = {
        Integer.toString(r),
        figure.name(),
        figure.unitOfMeasure() == null ? "" : figure.unitOfMeasure(),
        share ? vietnamese(figure.value()) + "% đơn vị đạt" : vietnamese(figure.value()),
        figure.targetValue() == null
            ? ""
            : share
                ? "100% đơn vị đạt"
                : FiguresExport.operatorLabel(figure.targetOperator())
                    + " "
                    + vietnamese(figure.targetValue()),
        FiguresExport.verdict(figure.meetsTarget())
      };
      for (int c = 0; c < cells.length; c++) {
        text(first(table.getRow(r).getCell(c)), cells[c], BODY_PT - 1, false, false);
      }
      r++;
    }
  }

  private static void closing(XWPFDocument doc, OfficialReport report) {
    doc.createParagraph();
    XWPFTable table = borderless(doc, 1, 2);
    XWPFTableCell recipients = table.getRow(0).getCell(0);
    XWPFRun label = text(first(recipients), "Nơi nhận:", 12, true, true);
    label.setUnderline(UnderlinePatterns.NONE);
    for (String line : report.recipients()) {
      text(recipients.addParagraph(), line, 11, false, false);
    }
    XWPFTableCell signature = table.getRow(0).getCell(1);
    text(first(signature), report.authority(), BODY_PT + 1, true, false);
    text(signature.addParagraph(), report.position(), BODY_PT + 1, true, false);
    XWPFParagraph space = signature.addParagraph();
    space.setSpacingBefore(1200);
    text(space, report.signer(), BODY_PT, false, true);
    centre(signature);
  }

  private static XWPFTable borderless(XWPFDocument doc, int rows, int columns) {
    XWPFTable table = doc.createTable(rows, columns);
    table.setWidth("100%");
    table.setWidthType(TableWidthType.PCT);
    table.removeBorders();
    return table;
  }

  private static void paragraph(XWPFDocument doc, String line) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.BOTH);
    p.setIndentationFirstLine(twips(10).intValue());
    p.setSpacingAfter(60);
    text(p, line, BODY_PT, false, false);
  }

  private static XWPFParagraph first(XWPFTableCell cell) {
    return cell.getParagraphs().get(0);
  }

  private static void centre(XWPFTableCell cell) {
    cell.getParagraphs().forEach(p -> p.setAlignment(ParagraphAlignment.CENTER));
  }

  private static XWPFRun text(
      XWPFParagraph paragraph, String text, int points, boolean bold, boolean italic) {
    XWPFRun run = paragraph.createRun();
    run.setFontFamily(FONT);
    run.setFontSize(points);
    run.setBold(bold);
    run.setItalic(italic);
    run.setText(text == null ? "" : text);
    return run;
  }

  /** Vietnamese number style: "1.016", "85,5". */
  static String vietnamese(BigDecimal value) {
    if (value == null) {
      return "";
    }
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(OfficialReport.VIETNAMESE);
    symbols.setGroupingSeparator('.');
    symbols.setDecimalSeparator(',');
    return new DecimalFormat("#,##0.##", symbols).format(value);
  }

  private static BigInteger twips(double millimetres) {
    return BigInteger.valueOf(Math.round(millimetres * TWIPS_PER_MM));
  }
}
