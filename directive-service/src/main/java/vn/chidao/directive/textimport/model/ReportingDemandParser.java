package vn.chidao.directive.textimport.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reporting demands: clauses that ask for a report ("báo cáo") periodically ("định kỳ", "6 tháng",
 * "hằng năm"…) or by a deadline ("trước 15 tháng 12 hằng năm"), with whom to report to and through
 * whom. Frequencies and deadlines are given in the vocabulary of the contracts' {@code
 * ReportingRequirement} and {@code DueRule}; bodies stay text for the user to map to units.
 *
 * <p>Matching runs on the folded text (no diacritics, lower case), which has the same offsets as
 * the original, so every span points at the words as written.
 */
final class ReportingDemandParser {

  /** A clause ends at a full stop, a semicolon or a line end. */
  private static final Pattern CLAUSE = Pattern.compile("[^.;\\n]+");

  private static final Pattern REPORT = Pattern.compile("\\bbao cao\\b");
  private static final Pattern PERIODIC = Pattern.compile("\\bdinh ky\\b");
  private static final Pattern SIX_MONTH = Pattern.compile("\\b(6|sau) thang\\b");
  private static final Pattern NINE_MONTH = Pattern.compile("\\b(9|chin) thang\\b");
  private static final Pattern QUARTERLY =
      Pattern.compile("\\b(hang|moi|tung) quy\\b|\\bdinh ky quy\\b|\\b(3|ba) thang\\b");
  private static final Pattern MONTHLY = Pattern.compile("\\b(hang|moi|tung) thang\\b");
  private static final Pattern ANNUAL =
      Pattern.compile("\\b(hang|moi|tung|ca) nam\\b|\\bcuoi nam\\b");
  private static final Pattern ONE_OFF = Pattern.compile("\\bdot xuat\\b");
  private static final Pattern DUE_FIXED =
      Pattern.compile(
          "\\b(?:truoc|cham nhat|khong qua)(?: ngay)? (\\d{1,2})(?: thang |/)(\\d{1,2})(?: (?:hang|moi) nam)?");
  private static final Pattern DUE_MONTHLY =
      Pattern.compile("\\b(?:truoc|cham nhat)(?: ngay)? (\\d{1,2}) (?:hang|moi) thang\\b");
  private static final Pattern DUE_DAYS =
      Pattern.compile("\\b(?:trong vong|trong thoi han|cham nhat|sau) (\\d{1,3}) ngay( lam viec)?");
  private static final Pattern REPORT_TO =
      Pattern.compile(
          "\\bbao cao(?: ket qua)?(?: thuc hien)?(?: (?:dinh ky|hang|moi|tung) (?:quy|thang|nam))?"
              + "(?: (?:ve|len|cho|gui ve|gui))? ");
  private static final Pattern VIA = Pattern.compile("\\bqua ");
  private static final Pattern BODY_END =
      Pattern.compile("\\s*[(),]|\\s+(?:ket qua|qua|truoc|de|ve|trong|theo|va)\\s|\\s*$");

  private final SourceText text;
  private final String folded;

  ReportingDemandParser(SourceText text) {
    this.text = text;
    this.folded = VietnameseText.fold(text.value());
  }

  Extracted parse() {
    List<Values.ReportingDemand> demands = new ArrayList<>();
    Matcher clause = CLAUSE.matcher(folded);
    while (clause.find()) {
      int start = clause.start();
      int end = clause.end();
      String part = folded.substring(start, end);
      if (!REPORT.matcher(part).find()) {
        continue;
      }
      List<String> frequencies = frequencies(part);
      Values.Due due = due(part, start);
      boolean periodic = PERIODIC.matcher(part).find();
      if (frequencies.isEmpty() && due == null && !periodic) {
        continue;
      }
      String reportTo = bodyAfter(REPORT_TO, start, end);
      String via = bodyAfter(VIA, start, end);
      List<Values.Requirement> requirements = new ArrayList<>();
      for (String frequency : frequencies) {
        requirements.add(
            new Values.Requirement(
                "bc-" + (demands.size() + 1) + "-" + (requirements.size() + 1),
                titleOf(frequency),
                frequency,
                null,
                due == null ? null : due.forFrequency(frequency),
                reportTo,
                via));
      }
      int from = start + (part.length() - part.stripLeading().length());
      demands.add(
          new Values.ReportingDemand(
              frequencies, due, reportTo, via, List.copyOf(requirements), text.span(from, end)));
    }
    if (demands.isEmpty()) {
      return Extracted.absent("reporting");
    }
    return Extracted.present("reporting", List.copyOf(demands), null);
  }

  private static List<String> frequencies(String part) {
    Set<String> found = new LinkedHashSet<>();
    if (MONTHLY.matcher(part).find()) {
      found.add("MONTHLY");
    }
    if (QUARTERLY.matcher(part).find()) {
      found.add("QUARTERLY");
    }
    if (SIX_MONTH.matcher(part).find()) {
      found.add("SIX_MONTH");
    }
    if (NINE_MONTH.matcher(part).find()) {
      found.add("NINE_MONTH");
    }
    if (ANNUAL.matcher(part).find()) {
      found.add("ANNUAL");
    }
    if (ONE_OFF.matcher(part).find()) {
      found.add("ONE_OFF");
    }
    return List.copyOf(found);
  }

  /**
   * "trước 15 tháng 12 hằng năm" → {@code FIXED_DAY} day 15 of month 12 (how many months that is
   * after a period's cut-off depends on the frequency, see {@link Values.Due#forFrequency}); "trước
   * ngày 20 hằng tháng" → day 20 of the cut-off month; "trong vòng 5 ngày làm việc" → {@code
   * DAYS_AFTER_CUTOFF}.
   */
  private Values.Due due(String part, int offset) {
    Matcher monthly = DUE_MONTHLY.matcher(part);
    if (monthly.find()) {
      int day = Integer.parseInt(monthly.group(1));
      return new Values.Due(
          "FIXED_DAY",
          day,
          null,
          0,
          null,
          null,
          span(offset + monthly.start(), offset + monthly.end()));
    }
    Matcher fixed = DUE_FIXED.matcher(part);
    if (fixed.find()) {
      int day = Integer.parseInt(fixed.group(1));
      int month = Integer.parseInt(fixed.group(2));
      if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
        return new Values.Due(
            "FIXED_DAY",
            day,
            month,
            null,
            null,
            null,
            span(offset + fixed.start(), offset + fixed.end()));
      }
    }
    Matcher days = DUE_DAYS.matcher(part);
    if (days.find()) {
      return new Values.Due(
          "DAYS_AFTER_CUTOFF",
          null,
          null,
          null,
          Integer.parseInt(days.group(1)),
          days.group(2) != null,
          span(offset + days.start(), offset + days.end()));
    }
    return null;
  }

  /** The body named right after {@code lead} ("về Ban Thường vụ Tỉnh ủy"), as written. */
  private String bodyAfter(Pattern lead, int start, int end) {
    Matcher m = lead.matcher(folded).region(start, end);
    while (m.find()) {
      int from = m.end();
      if (from >= end || !Character.isUpperCase(text.value().charAt(from))) {
        continue;
      }
      Matcher stop = BODY_END.matcher(folded).region(from, end);
      int to = stop.find() ? stop.start() : end;
      String body = text.value().substring(from, to).strip();
      if (!body.isEmpty()) {
        return body;
      }
    }
    return null;
  }

  private static String titleOf(String frequency) {
    return switch (frequency) {
      case "MONTHLY" -> "Báo cáo hằng tháng";
      case "QUARTERLY" -> "Báo cáo hằng quý";
      case "SIX_MONTH" -> "Báo cáo 6 tháng";
      case "NINE_MONTH" -> "Báo cáo 9 tháng";
      case "ANNUAL" -> "Báo cáo năm";
      default -> "Báo cáo đột xuất";
    };
  }

  private Span span(int start, int end) {
    return text.span(start, end);
  }
}
