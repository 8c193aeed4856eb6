package vn.chidao.reporting.export;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.chidao.reporting.tally.SubtreeFigures;
import vn.chidao.reporting.tally.model.Totals;

/**
 * A figures export as CSV (RFC 4180): UTF-8 with a byte-order mark, because Excel reads a CSV
 * without one in the machine's ANSI code page and mangles Vietnamese; CRLF line ends; a field is
 * quoted when it holds a comma, a quote, a line break or leading/trailing spaces, quotes doubled.
 * Two tables one after the other, separated by an empty line: progress (the subtree, then each
 * child unit), then the indicators. Numbers are plain (dot decimals) so they stay numbers.
 */
public final class FiguresCsv {

  static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final String CRLF = "\r\n";

  private FiguresCsv() {}

  public static byte[] of(FiguresExport export) {
    StringBuilder out = new StringBuilder();
    line(out, List.of(export.title(), export.periodLabel(), nullToEmpty(export.directiveSymbol())));
    out.append(CRLF);
    line(out, FiguresExport.PROGRESS_HEADER);
    boolean first = true;
    for (SubtreeFigures.UnitFigures row : export.progressRows()) {
      List<String> fields = new ArrayList<>();
      fields.add(nullToEmpty(row.unitName()));
      fields.add(row.unitId());
      fields.add(FiguresExport.scope(first));
      for (long count : FiguresExport.counts(row.completeness())) {
        fields.add(Long.toString(count));
      }
      BigDecimal share = FiguresExport.submittedShare(row.completeness());
      fields.add(share == null ? "" : plain(share.movePointRight(2)) + "%");
      line(out, fields);
      first = false;
    }
    out.append(CRLF);
    line(out, FiguresExport.INDICATOR_HEADER);
    for (Totals.IndicatorFigure figure : export.subtree().indicators()) {
      line(
          out,
          List.of(
              figure.code(),
              nullToEmpty(figure.name()),
              nullToEmpty(figure.unitOfMeasure()),
              FiguresExport.aggregationLabel(figure.aggregation()),
              plain(figure.value()),
              Long.toString(figure.unitsReporting()),
              figure.unitsMeetingTarget() == null ? "" : figure.unitsMeetingTarget().toString(),
              FiguresExport.operatorLabel(figure.targetOperator()),
              plain(figure.targetValue()),
              FiguresExport.verdict(figure.meetsTarget())));
    }
    byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[BOM.length + text.length];
    System.arraycopy(BOM, 0, withBom, 0, BOM.length);
    System.arraycopy(text, 0, withBom, BOM.length, text.length);
    return withBom;
  }

  private static void line(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(fields.get(i)));
    }
    out.append(CRLF);
  }

  /** One RFC 4180 field. */
  static String field(String value) {
    if (value == null) {
      return "";
    }
    boolean quote =
        value.indexOf(',') >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0
            || (!value.isEmpty() && (value.charAt(0) == ' ' || value.endsWith(" ")));
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }

  private static String plain(BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
