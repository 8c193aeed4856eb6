package vn.chidao.reporting.period.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * When a period's report is due, as a date in Vietnam time; the report is late from the start of
 * that day ("trước ngày 15 tháng 12").
 */
public sealed interface DueRule {

  /** The due date of a period cut off on {@code cutoff}. */
  LocalDate dueDate(LocalDate cutoff);

  /**
   * Day {@code day} of the month {@code monthsAfterCutoff} months after the cut-off month, clamped
   * to the month's length ("trước 15 tháng 12 hằng năm": day 15, 0 months).
   */
  record FixedDay(int day, int monthsAfterCutoff) implements DueRule {
    public FixedDay {
      if (day < 1 || day > 31) {
        throw new IllegalArgumentException("due day must be 1–31");
      }
      if (monthsAfterCutoff < 0 || monthsAfterCutoff > 12) {
        throw new IllegalArgumentException("months after cut-off must be 0–12");
      }
    }

    @Override
    public LocalDate dueDate(LocalDate cutoff) {
      YearMonth month = YearMonth.from(cutoff).plusMonths(monthsAfterCutoff);
      LocalDate due = month.atDay(Math.min(day, month.lengthOfMonth()));
      // "Day 10 of the cut-off month" for a period cut off on the 14th would be due before its
      // figures end: such a rule means the next month.
      return due.isAfter(cutoff) ? due : due.plusMonths(1);
    }
  }

  /** {@code days} days after the cut-off day; with {@code workingDays} only Monday–Friday count. */
  record DaysAfterCutoff(int days, boolean workingDays) implements DueRule {
    public DaysAfterCutoff {
      if (days < 1 || days > 366) {
        throw new IllegalArgumentException("days after cut-off must be 1–366");
      }
    }

    @Override
    public LocalDate dueDate(LocalDate cutoff) {
      if (!workingDays) {
        return cutoff.plusDays(days);
      }
      LocalDate day = cutoff;
      int counted = 0;
      while (counted < days) {
        day = day.plusDays(1);
        if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
          counted++;
        }
      }
      return day;
    }
  }

  /** A fixed date, for one-off reports. */
  record OnDate(LocalDate date) implements DueRule {
    public OnDate {
      if (date == null) {
        throw new IllegalArgumentException("due date is missing");
      }
    }

    @Override
    public LocalDate dueDate(LocalDate cutoff) {
      return date;
    }
  }

  /** Without a rule the report is due the day after the cut-off (15 Dec for a 14 Dec cut-off). */
  DueRule DAY_AFTER_CUTOFF = new DaysAfterCutoff(1, false);
}
