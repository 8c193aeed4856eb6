package vn.chidao.reporting.period.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The periods of one reporting requirement. Figures are cut off on {@code cutoffDay} of a period's
 * last month (Nghị định 09/2019/NĐ-CP art. 12: the 14th), so with the default the annual period is
 * 15 Dec of the previous year → 14 Dec, the first quarter 15 Dec → 14 Mar, July 15 Jun → 14 Jul.
 *
 * @param cutoffDay 1–31 (clamped to the month's length), 0 for the month's last day
 * @param until no period starting after this day is opened; null for none
 */
public record PeriodRule(
    Frequency frequency,
    int cutoffDay,
    DueRule due,
    LocalDate oneOffFrom,
    LocalDate oneOffTo,
    LocalDate until) {

  public static final int DEFAULT_CUTOFF_DAY = 14;
  private static final String[] ROMAN = {"I", "II", "III", "IV"};
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  public PeriodRule {
    if (frequency == null) {
      throw new IllegalArgumentException("frequency is missing");
    }
    if (cutoffDay < 0 || cutoffDay > 31) {
      throw new IllegalArgumentException("cut-off day must be 0–31");
    }
    due = due == null ? DueRule.DAY_AFTER_CUTOFF : due;
    if (frequency == Frequency.ONE_OFF
        && (oneOffFrom == null || oneOffTo == null || oneOffFrom.isAfter(oneOffTo))) {
      throw new IllegalArgumentException("a one-off report needs its first and last day");
    }
  }

  /** A periodic rule with the default cut-off (the 14th) and no end. */
  public static PeriodRule periodic(Frequency frequency, DueRule due) {
    return new PeriodRule(frequency, DEFAULT_CUTOFF_DAY, due, null, null, null);
  }

  /**
   * The period a day belongs to: the first period whose cut-off is on or after {@code day}. For
   * 6-month and 9-month reports, whose periods leave a gap until December, a day in the gap gets
   * next year's period. Empty when that period would start after {@code until}.
   */
  public Optional<ReportingPeriod> periodFor(LocalDate day) {
    if (frequency == Frequency.ONE_OFF) {
      return Optional.of(oneOff());
    }
    YearMonth month = YearMonth.from(day);
    while (!frequency.cutsOffIn(month.getMonthValue()) || cutoff(month).isBefore(day)) {
      month = month.plusMonths(1);
    }
    return withinUntil(periodEndingIn(month));
  }

  /** The period after {@code period}; empty for a one-off report or past {@code until}. */
  public Optional<ReportingPeriod> next(ReportingPeriod period) {
    if (frequency == Frequency.ONE_OFF) {
      return Optional.empty();
    }
    return periodFor(period.to().plusDays(1));
  }

  /**
   * Every period from the one {@code first} belongs to through the last that has started by {@code
   * today}: what a delivery must open, also when it is handled late.
   */
  public List<ReportingPeriod> periodsFrom(LocalDate first, LocalDate today) {
    List<ReportingPeriod> periods = new ArrayList<>();
    Optional<ReportingPeriod> period = periodFor(first);
    while (period.isPresent() && (periods.isEmpty() || period.get().hasStartedBy(today))) {
      periods.add(period.get());
      period = next(period.get());
    }
    return periods;
  }

  private Optional<ReportingPeriod> withinUntil(ReportingPeriod period) {
    return until != null && period.from().isAfter(until) ? Optional.empty() : Optional.of(period);
  }

  private ReportingPeriod periodEndingIn(YearMonth month) {
    YearMonth previous =
        switch (frequency) {
          case MONTHLY -> month.minusMonths(1);
          case QUARTERLY -> month.minusMonths(3);
          default -> YearMonth.of(month.getYear() - 1, 12);
        };
    LocalDate to = cutoff(month);
    LocalDate from = cutoff(previous).plusDays(1);
    return new ReportingPeriod(key(month), label(month), from, to, due.dueDate(to));
  }

  private ReportingPeriod oneOff() {
    String label =
        "báo cáo một lần (" + DAY.format(oneOffFrom) + " – " + DAY.format(oneOffTo) + ")";
    return new ReportingPeriod("ONCE", label, oneOffFrom, oneOffTo, due.dueDate(oneOffTo));
  }

  /** The last day of figures in {@code month}. */
  LocalDate cutoff(YearMonth month) {
    int day = cutoffDay == 0 ? month.lengthOfMonth() : Math.min(cutoffDay, month.lengthOfMonth());
    return month.atDay(day);
  }

  private String key(YearMonth month) {
    int year = month.getYear();
    return switch (frequency) {
      case MONTHLY -> "%d-M%02d".formatted(year, month.getMonthValue());
      case QUARTERLY -> "%d-Q%d".formatted(year, month.getMonthValue() / 3);
      case SIX_MONTH -> year + "-H1";
      case NINE_MONTH -> year + "-9M";
      case ANNUAL -> year + "-Y";
      case ONE_OFF -> "ONCE";
    };
  }

  private String label(YearMonth month) {
    int year = month.getYear();
    return switch (frequency) {
      case MONTHLY -> "tháng " + month.getMonthValue() + " năm " + year;
      case QUARTERLY -> "quý " + ROMAN[month.getMonthValue() / 3 - 1] + " năm " + year;
      case SIX_MONTH -> "6 tháng đầu năm " + year;
      case NINE_MONTH -> "9 tháng đầu năm " + year;
      case ANNUAL -> "năm " + year;
      case ONE_OFF -> "một lần";
    };
  }
}
