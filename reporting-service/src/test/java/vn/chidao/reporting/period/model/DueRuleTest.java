package vn.chidao.reporting.period.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DueRuleTest {

  static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  @Test
  void beforeThe15thOfTheCutOffMonth() {
    assertThat(new DueRule.FixedDay(15, 0).dueDate(d(2026, 12, 14))).isEqualTo(d(2026, 12, 15));
  }

  @Test
  void aFixedDayMonthsAfterTheCutOffIsClampedToTheMonthsLength() {
    assertThat(new DueRule.FixedDay(31, 2).dueDate(d(2026, 12, 14))).isEqualTo(d(2027, 2, 28));
  }

  @Test
  void aFixedDayBeforeTheCutOffMeansTheNextMonth() {
    assertThat(new DueRule.FixedDay(10, 0).dueDate(d(2026, 6, 14))).isEqualTo(d(2026, 7, 10));
  }

  @Test
  void calendarDaysAfterTheCutOffCrossTheYear() {
    assertThat(new DueRule.DaysAfterCutoff(20, false).dueDate(d(2026, 12, 14)))
        .isEqualTo(d(2027, 1, 3));
  }

  @Test
  void workingDaysSkipWeekends() {
    // 14 Aug 2026 is a Friday: five working days after it end on Friday 21 August.
    assertThat(new DueRule.DaysAfterCutoff(5, true).dueDate(d(2026, 8, 14)))
        .isEqualTo(d(2026, 8, 21));
    // 12 Dec 2026 is a Saturday: the first working day after it is Monday 14 December.
    assertThat(new DueRule.DaysAfterCutoff(1, true).dueDate(d(2026, 12, 12)))
        .isEqualTo(d(2026, 12, 14));
  }

  @Test
  void aDateIsTheDueDateWhateverTheCutOff() {
    assertThat(new DueRule.OnDate(d(2026, 5, 10)).dueDate(d(2026, 4, 30)))
        .isEqualTo(d(2026, 5, 10));
  }

  @Test
  void impossibleRulesAreRefused() {
    assertThatThrownBy(() -> new DueRule.FixedDay(0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DueRule.DaysAfterCutoff(0, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DueRule.OnDate(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theDueInstantIsTheStartOfTheDueDayInVietnam() {
    ReportingPeriod y2026 =
        PeriodRule.periodic(Frequency.ANNUAL, new DueRule.FixedDay(15, 0))
            .periodFor(d(2026, 5, 1))
            .orElseThrow();
    assertThat(y2026.dueAt()).isEqualTo(Instant.parse("2026-12-14T17:00:00Z"));
  }

  @Test
  void lateIsJudgedInVietnamTimeNotUtc() {
    ReportingPeriod y2026 =
        PeriodRule.periodic(Frequency.ANNUAL, new DueRule.FixedDay(15, 0))
            .periodFor(d(2026, 5, 1))
            .orElseThrow();
    // 23:30 on 14 December in Vietnam is 16:30 UTC: still on time.
    assertThat(y2026.isLate(Instant.parse("2026-12-14T16:30:00Z"))).isFalse();
    // 00:10 on 15 December in Vietnam is still 14 December in UTC, but late.
    assertThat(y2026.isLate(Instant.parse("2026-12-14T17:10:00Z"))).isTrue();
    assertThat(y2026.isLate(Instant.parse("2026-12-14T17:00:00Z"))).isTrue();
    assertThat(y2026.isLate(Instant.parse("2026-12-14T16:59:59.999Z"))).isFalse();
  }

  @Test
  void aSubmissionOnNewYearsEveInVietnamIsAlreadyInTheNewYear() {
    // 31 Dec 2026 23:30 UTC is 1 Jan 2027 06:30 in Vietnam.
    assertThat(VietnamTime.dayOf(Instant.parse("2026-12-31T23:30:00Z"))).isEqualTo(d(2027, 1, 1));
    assertThat(VietnamTime.dayOf(Instant.parse("2026-12-31T16:59:00Z"))).isEqualTo(d(2026, 12, 31));
  }
}
