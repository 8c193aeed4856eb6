package vn.chidao.directive.issue.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A report the directive demands of its recipients ("Định kỳ 6 tháng, hằng năm báo cáo… trước 15
 * tháng 12 hằng năm"). The same content as the shared contract's {@code ReportingRequirement},
 * which it is turned into for events; reporting-service makes obligations of it.
 *
 * @param frequency {@code MONTHLY QUARTERLY SIX_MONTH NINE_MONTH ANNUAL ONE_OFF}
 * @param cutoffDay last day of figures in a period's last month: null = 14, 0 = month end
 * @param reportToUnitId where reports go; the issuing unit when the request leaves it out
 */
public record ReportingDemand(
    String requirementId,
    String title,
    String frequency,
    Integer cutoffDay,
    Due due,
    LocalDate oneOffFrom,
    LocalDate oneOffTo,
    LocalDate until,
    String reportToUnitId,
    String viaUnitId,
    List<String> reporterKinds,
    List<Section> sections,
    List<Indicator> indicators) {

  public static final String FREQUENCIES = "MONTHLY|QUARTERLY|SIX_MONTH|NINE_MONTH|ANNUAL|ONE_OFF";

  public ReportingDemand {
    Objects.requireNonNull(requirementId, "requirementId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(reportToUnitId, "reportToUnitId");
    reporterKinds = reporterKinds == null ? List.of() : List.copyOf(reporterKinds);
    sections = sections == null ? List.of() : List.copyOf(sections);
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
    if (!frequency.matches(FREQUENCIES)) {
      throw new IllegalArgumentException("unknown frequency " + frequency);
    }
    boolean oneOff = frequency.equals("ONE_OFF");
    if (oneOff != (oneOffFrom != null && oneOffTo != null)) {
      throw new IllegalArgumentException("a one-off report and only it has its own period");
    }
    if (oneOff && oneOffTo.isBefore(oneOffFrom)) {
      throw new IllegalArgumentException("a one-off period ends before it starts");
    }
    if (cutoffDay != null && (cutoffDay < 0 || cutoffDay > 28)) {
      throw new IllegalArgumentException("cutoffDay is 0 (month end) or 1..28");
    }
    requireDistinct(sections.stream().map(Section::code).toList(), "section");
    requireDistinct(indicators.stream().map(Indicator::code).toList(), "indicator");
  }

  private static void requireDistinct(List<String> codes, String what) {
    Set<String> seen = new HashSet<>();
    for (String code : codes) {
      if (!seen.add(code)) {
        throw new IllegalArgumentException("duplicate " + what + " code " + code);
      }
    }
  }

  /**
   * When a period's report is due, as the contract's {@code DueRule}.
   *
   * @param kind {@code FIXED_DAY} (day + monthsAfterCutoff), {@code DAYS_AFTER_CUTOFF} (days,
   *     workingDays) or {@code DATE} (date)
   */
  public record Due(
      String kind,
      Integer day,
      Integer monthsAfterCutoff,
      Integer days,
      Boolean workingDays,
      LocalDate date) {

    public static final String KINDS = "FIXED_DAY|DAYS_AFTER_CUTOFF|DATE";

    public Due {
      Objects.requireNonNull(kind, "kind");
      switch (kind) {
        case "FIXED_DAY" -> {
          if (day == null || day < 1 || day > 31) {
            throw new IllegalArgumentException("FIXED_DAY needs a day 1..31");
          }
          monthsAfterCutoff = monthsAfterCutoff == null ? 0 : monthsAfterCutoff;
          if (monthsAfterCutoff < 0 || monthsAfterCutoff > 12) {
            throw new IllegalArgumentException("monthsAfterCutoff is 0..12");
          }
        }
        case "DAYS_AFTER_CUTOFF" -> {
          if (days == null || days < 0 || days > 366) {
            throw new IllegalArgumentException("DAYS_AFTER_CUTOFF needs days 0..366");
          }
          workingDays = Boolean.TRUE.equals(workingDays);
        }
        case "DATE" -> Objects.requireNonNull(date, "DATE needs a date");
        default -> throw new IllegalArgumentException("unknown due kind " + kind);
      }
    }
  }

  /** A numbered section of the report ("I. Kết quả đạt được"). */
  public record Section(String code, String title) {
    public Section {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(title, "title");
    }
  }

  /**
   * A figure the report carries, with an optional target.
   *
   * @param type {@code COUNT MONEY PERCENT YES_NO}
   * @param aggregation {@code SUM AVERAGE SHARE_MEETING_TARGET}
   * @param targetOperator {@code GTE LTE EQ}, or null without a target
   */
  public record Indicator(
      String code,
      String name,
      String unitOfMeasure,
      String type,
      String aggregation,
      String targetOperator,
      BigDecimal targetValue) {

    public static final String TYPES = "COUNT|MONEY|PERCENT|YES_NO";
    public static final String AGGREGATIONS = "SUM|AVERAGE|SHARE_MEETING_TARGET";
    public static final String OPERATORS = "GTE|LTE|EQ";

    public Indicator {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(aggregation, "aggregation");
      if ((targetOperator == null) != (targetValue == null)) {
        throw new IllegalArgumentException("a target needs both an operator and a value");
      }
      if ("PERCENT".equals(type)
          && targetValue != null
          && (targetValue.signum() < 0 || targetValue.compareTo(BigDecimal.valueOf(100)) > 0)) {
        throw new IllegalArgumentException("a percentage target lies in 0..100");
      }
    }
  }
}
