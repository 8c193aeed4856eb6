package vn.chidao.reporting.tally.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chidao.reporting.obligation.model.Contribution;
import vn.chidao.reporting.obligation.model.IndicatorSpec;
import vn.chidao.reporting.obligation.model.ObligationState;

class TotalsTest {

  static final IndicatorSpec MODELS =
      new IndicatorSpec("models", "Số mô hình", "mô hình", "COUNT", "SUM", null, null);
  static final IndicatorSpec SHARE =
      new IndicatorSpec(
          "share",
          "Tỷ lệ đoàn thể vững mạnh",
          "%",
          "PERCENT",
          "AVERAGE",
          "GTE",
          BigDecimal.valueOf(80));
  static final IndicatorSpec ASSIGNED =
      new IndicatorSpec(
          "member",
          "Phân công cấp ủy viên",
          null,
          "YES_NO",
          "SHARE_MEETING_TARGET",
          "EQ",
          BigDecimal.ONE);
  static final List<IndicatorSpec> ALL = List.of(MODELS, SHARE, ASSIGNED);

  static Map<String, Number> submitted(boolean late, int models, int share, boolean member) {
    return Contribution.of(
        ObligationState.SUBMITTED,
        late,
        Map.of(
            "models", BigDecimal.valueOf(models),
            "share", BigDecimal.valueOf(share),
            "member", member ? BigDecimal.ONE : BigDecimal.ZERO),
        ALL);
  }

  @Test
  void completenessCountsWhatWasExpectedSubmittedOnTimeLateAndMissing() {
    Totals totals =
        new Totals()
            .add(submitted(false, 3, 90, true))
            .add(submitted(true, 4, 70, false))
            .add(Contribution.of(ObligationState.PENDING, null, null, ALL))
            .add(Contribution.of(ObligationState.DRAFT, null, null, ALL))
            .add(Contribution.of(ObligationState.CLOSED, null, null, ALL));
    Totals.Completeness c = totals.completeness();
    assertThat(c.expected()).isEqualTo(4);
    assertThat(c.submitted()).isEqualTo(2);
    assertThat(c.onTime()).isEqualTo(1);
    assertThat(c.late()).isEqualTo(1);
    assertThat(c.missing()).isEqualTo(2);
    assertThat(c.closed()).isEqualTo(1);
  }

  @Test
  void indicatorsRollUpBySumAverageAndShareMeetingTarget() {
    Totals totals =
        new Totals()
            .add(submitted(false, 3, 90, true))
            .add(submitted(false, 4, 70, true))
            .add(submitted(false, 5, 80, false))
            .add(Contribution.of(ObligationState.PENDING, null, null, ALL));
    List<Totals.IndicatorFigure> figures = totals.rollUp(ALL);
    assertThat(figures.get(0).value()).isEqualByComparingTo("12");
    assertThat(figures.get(0).unitsReporting()).isEqualTo(3);
    assertThat(figures.get(1).value()).isEqualByComparingTo("80");
    assertThat(figures.get(1).meetsTarget()).isTrue();
    assertThat(figures.get(2).value()).isEqualByComparingTo("66.67");
    assertThat(figures.get(2).unitsMeetingTarget()).isEqualTo(2);
    assertThat(figures.get(2).meetsTarget()).isFalse();
  }

  @Test
  void withoutFiguresThereIsNoAverageAndNoVerdict() {
    List<Totals.IndicatorFigure> figures = new Totals().rollUp(ALL);
    assertThat(figures.get(1).value()).isNull();
    assertThat(figures.get(1).meetsTarget()).isNull();
    assertThat(figures.get(0).value()).isEqualByComparingTo("0");
  }
}
