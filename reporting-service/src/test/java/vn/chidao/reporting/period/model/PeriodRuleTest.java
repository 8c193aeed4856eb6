package vn.chidao.reporting.period.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PeriodRuleTest {

  static final DueRule BEFORE_15_DECEMBER = new DueRule.FixedDay(15, 0);

  static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  static ReportingPeriod periodOf(PeriodRule rule, LocalDate day) {
    return rule.periodFor(day).orElseThrow();
  }

  @Nested
  class Annual {
    PeriodRule annual = PeriodRule.periodic(Frequency.ANNUAL, BEFORE_15_DECEMBER);

    @Test
    void runsFrom15DecemberOfThePreviousYearTo14December() {
      ReportingPeriod period = periodOf(annual, d(2026, 3, 1));
      assertThat(period.key()).isEqualTo("2026-Y");
      assertThat(period.label()).isEqualTo("năm 2026");
      assertThat(period.from()).isEqualTo(d(2025, 12, 15));
      assertThat(period.to()).isEqualTo(d(2026, 12, 14));
      assertThat(period.dueDate()).isEqualTo(d(2026, 12, 15));
    }

    @Test
    void the14DecemberIsTheLastDayOfTheYearsFiguresAndThe15thStartsNextYears() {
      assertThat(periodOf(annual, d(2026, 12, 14)).key()).isEqualTo("2026-Y");
      assertThat(periodOf(annual, d(2026, 12, 15)).key()).isEqualTo("2027-Y");
      assertThat(periodOf(annual, d(2026, 12, 31)).key()).isEqualTo("2027-Y");
      assertThat(periodOf(annual, d(2027, 1, 1)).key()).isEqualTo("2027-Y");
      assertThat(periodOf(annual, d(2026, 12, 15)).from()).isEqualTo(d(2026, 12, 15));
    }

    @Test
    void withMonthEndCutOffTheYearIsTheCalendarYear() {
      PeriodRule calendar = new PeriodRule(Frequency.ANNUAL, 0, null, null, null, null);
      ReportingPeriod period = periodOf(calendar, d(2026, 12, 20));
      assertThat(period.key()).isEqualTo("2026-Y");
      assertThat(period.from()).isEqualTo(d(2026, 1, 1));
      assertThat(period.to()).isEqualTo(d(2026, 12, 31));
      assertThat(period.dueDate()).isEqualTo(d(2027, 1, 1));
    }

    @Test
    void theNextPeriodFollowsWithoutAGap() {
      ReportingPeriod y2026 = periodOf(annual, d(2026, 6, 1));
      ReportingPeriod y2027 = annual.next(y2026).orElseThrow();
      assertThat(y2027.key()).isEqualTo("2027-Y");
      assertThat(y2027.from()).isEqualTo(y2026.to().plusDays(1));
    }
  }

  @Nested
  class SixAndNineMonths {
    @Test
    void sixMonthsRunFrom15DecemberTo14June() {
      PeriodRule rule = PeriodRule.periodic(Frequency.SIX_MONTH, new DueRule.FixedDay(15, 0));
      ReportingPeriod period = periodOf(rule, d(2026, 2, 10));
      assertThat(period.key()).isEqualTo("2026-H1");
      assertThat(period.label()).isEqualTo("6 tháng đầu năm 2026");
      assertThat(period.from()).isEqualTo(d(2025, 12, 15));
      assertThat(period.to()).isEqualTo(d(2026, 6, 14));
      assertThat(period.dueDate()).isEqualTo(d(2026, 6, 15));
    }

    @Test
    void aDayAfterTheSixMonthCutOffBelongsToNextYearsReport() {
      PeriodRule rule = PeriodRule.periodic(Frequency.SIX_MONTH, null);
      ReportingPeriod period = periodOf(rule, d(2026, 6, 15));
      assertThat(period.key()).isEqualTo("2027-H1");
      assertThat(period.from()).isEqualTo(d(2026, 12, 15));
      assertThat(rule.next(periodOf(rule, d(2026, 1, 1))).orElseThrow().key()).isEqualTo("2027-H1");
    }

    @Test
    void nineMonthsRunFrom15DecemberTo14September() {
      PeriodRule rule = PeriodRule.periodic(Frequency.NINE_MONTH, new DueRule.FixedDay(20, 0));
      ReportingPeriod period = periodOf(rule, d(2026, 9, 14));
      assertThat(period.key()).isEqualTo("2026-9M");
      assertThat(period.label()).isEqualTo("9 tháng đầu năm 2026");
      assertThat(period.from()).isEqualTo(d(2025, 12, 15));
      assertThat(period.to()).isEqualTo(d(2026, 9, 14));
      assertThat(period.dueDate()).isEqualTo(d(2026, 9, 20));
    }
  }

  @Nested
  class QuartersAndMonths {
    PeriodRule quarterly = PeriodRule.periodic(Frequency.QUARTERLY, null);
    PeriodRule monthly = PeriodRule.periodic(Frequency.MONTHLY, null);

    @Test
    void theFirstQuarterStartsOn15DecemberOfThePreviousYear() {
      ReportingPeriod q1 = periodOf(quarterly, d(2026, 1, 5));
      assertThat(q1.key()).isEqualTo("2026-Q1");
      assertThat(q1.label()).isEqualTo("quý I năm 2026");
      assertThat(q1.from()).isEqualTo(d(2025, 12, 15));
      assertThat(q1.to()).isEqualTo(d(2026, 3, 14));
    }

    @Test
    void theThirdQuarterRunsFrom15JuneTo14September() {
      ReportingPeriod q3 = periodOf(quarterly, d(2026, 7, 1));
      assertThat(q3.key()).isEqualTo("2026-Q3");
      assertThat(q3.label()).isEqualTo("quý III năm 2026");
      assertThat(q3.from()).isEqualTo(d(2026, 6, 15));
      assertThat(q3.to()).isEqualTo(d(2026, 9, 14));
    }

    @Test
    void lateDecemberBelongsToNextYearsFirstQuarter() {
      assertThat(periodOf(quarterly, d(2026, 12, 14)).key()).isEqualTo("2026-Q4");
      assertThat(periodOf(quarterly, d(2026, 12, 15)).key()).isEqualTo("2027-Q1");
    }

    @Test
    void julyRunsFrom15JuneTo14July() {
      ReportingPeriod july = periodOf(monthly, d(2026, 7, 14));
      assertThat(july.key()).isEqualTo("2026-M07");
      assertThat(july.label()).isEqualTo("tháng 7 năm 2026");
      assertThat(july.from()).isEqualTo(d(2026, 6, 15));
      assertThat(july.to()).isEqualTo(d(2026, 7, 14));
      assertThat(july.dueDate()).isEqualTo(d(2026, 7, 15));
      assertThat(periodOf(monthly, d(2026, 7, 15)).key()).isEqualTo("2026-M08");
    }

    @Test
    void januaryStartsInDecemberOfThePreviousYear() {
      ReportingPeriod january = periodOf(monthly, d(2025, 12, 20));
      assertThat(january.key()).isEqualTo("2026-M01");
      assertThat(january.from()).isEqualTo(d(2025, 12, 15));
      assertThat(january.to()).isEqualTo(d(2026, 1, 14));
    }

    @Test
    void aCutOffPastTheMonthsEndIsClampedInFebruary() {
      PeriodRule day30 = new PeriodRule(Frequency.MONTHLY, 30, null, null, null, null);
      ReportingPeriod february = periodOf(day30, d(2026, 2, 10));
      assertThat(february.from()).isEqualTo(d(2026, 1, 31));
      assertThat(february.to()).isEqualTo(d(2026, 2, 28));
      assertThat(periodOf(day30, d(2026, 3, 1)).from()).isEqualTo(d(2026, 3, 1));
    }
  }

  @Nested
  class OneOffAndLimits {
    @Test
    void aOneOffReportHasOnePeriodAndNoNext() {
      PeriodRule rule =
          new PeriodRule(
              Frequency.ONE_OFF,
              14,
              new DueRule.OnDate(d(2026, 5, 10)),
              d(2026, 3, 1),
              d(2026, 4, 30),
              null);
      ReportingPeriod once = periodOf(rule, d(2026, 8, 1));
      assertThat(once.key()).isEqualTo("ONCE");
      assertThat(once.label()).isEqualTo("báo cáo một lần (01/03/2026 – 30/04/2026)");
      assertThat(once.dueDate()).isEqualTo(d(2026, 5, 10));
      assertThat(rule.next(once)).isEmpty();
    }

    @Test
    void noPeriodStartingAfterUntilIsOpened() {
      PeriodRule rule = new PeriodRule(Frequency.ANNUAL, 14, null, null, null, d(2027, 6, 30));
      ReportingPeriod y2027 = periodOf(rule, d(2027, 1, 1));
      assertThat(rule.next(y2027)).isEmpty();
    }

    @Test
    void periodsFromDeliveryToTodayIncludeEveryStartedPeriod() {
      PeriodRule rule = PeriodRule.periodic(Frequency.QUARTERLY, null);
      List<ReportingPeriod> periods = rule.periodsFrom(d(2026, 1, 10), d(2026, 6, 15));
      assertThat(periods)
          .extracting(ReportingPeriod::key)
          .containsExactly("2026-Q1", "2026-Q2", "2026-Q3");
      assertThat(rule.periodsFrom(d(2026, 1, 10), d(2025, 1, 1)))
          .extracting(ReportingPeriod::key)
          .containsExactly("2026-Q1");
    }

    @Test
    void aOneOffWithoutItsDaysOrABadCutOffIsRefused() {
      assertThatThrownBy(() -> new PeriodRule(Frequency.ONE_OFF, 14, null, null, null, null))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new PeriodRule(Frequency.MONTHLY, 32, null, null, null, null))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Frequency.of("WEEKLY")).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
