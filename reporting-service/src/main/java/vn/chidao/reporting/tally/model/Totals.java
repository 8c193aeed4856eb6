package vn.chidao.reporting.tally.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.chidao.reporting.obligation.model.Contribution;
import vn.chidao.reporting.obligation.model.IndicatorSpec;

/**
 * Running totals of a subtree for one requirement-period (keys as in {@link Contribution}), read as
 * completeness, timeliness and indicator roll-ups.
 */
public final class Totals {

  private final Map<String, Number> t = new LinkedHashMap<>();

  public Totals add(Map<String, Number> more) {
    if (more != null) {
      Contribution.addInto(t, more);
    }
    return this;
  }

  public long count(String key) {
    Number value = t.get(key);
    return value == null ? 0 : value.longValue();
  }

  private double amount(String key) {
    Number value = t.get(key);
    return value == null ? 0 : value.doubleValue();
  }

  /**
   * @param expected obligations not closed
   * @param submitted submitted at least once (on time + late)
   * @param missing expected but never submitted
   */
  public record Completeness(
      long expected,
      long submitted,
      long onTime,
      long late,
      long missing,
      long pending,
      long drafts,
      long awaitingReview,
      long returned,
      long accepted,
      long closed) {}

  public Completeness completeness() {
    long expected = count("expected");
    long submitted = count("reported");
    return new Completeness(
        expected,
        submitted,
        count("onTime"),
        count("late"),
        expected - submitted,
        count("pending"),
        count("draft"),
        count("submitted"),
        count("returned"),
        count("accepted"),
        count("closed"));
  }

  /**
   * One indicator rolled up.
   *
   * @param value SUM: the sum; AVERAGE: the mean over reporting units; SHARE_MEETING_TARGET: the
   *     percentage of reporting units whose own value meets the target
   * @param unitsReporting units whose figures stand (submitted or accepted)
   * @param unitsMeetingTarget of those, how many meet the target (null without a target)
   * @param meetsTarget SUM and AVERAGE: the value against the target; SHARE_MEETING_TARGET: every
   *     reporting unit meets it; null without a target or without figures
   */
  public record IndicatorFigure(
      String code,
      String name,
      String unitOfMeasure,
      String aggregation,
      BigDecimal value,
      long unitsReporting,
      Long unitsMeetingTarget,
      String targetOperator,
      BigDecimal targetValue,
      Boolean meetsTarget) {}

  public List<IndicatorFigure> rollUp(List<IndicatorSpec> indicators) {
    List<IndicatorFigure> figures = new ArrayList<>();
    for (IndicatorSpec indicator : indicators) {
      long n = count("n:" + indicator.code());
      double sum = amount("sum:" + indicator.code());
      Long met = indicator.hasTarget() ? count("met:" + indicator.code()) : null;
      BigDecimal value;
      Boolean meets = null;
      switch (indicator.aggregation()) {
        case "AVERAGE" -> value = n == 0 ? null : scaled(sum / n);
        case "SHARE_MEETING_TARGET" ->
            value = n == 0 || met == null ? null : scaled(100.0 * met / n);
        default -> value = scaled(sum);
      }
      if (indicator.hasTarget() && n > 0) {
        meets =
            indicator.aggregation().equals("SHARE_MEETING_TARGET")
                ? met == n
                : indicator.meetsTarget(value);
      }
      figures.add(
          new IndicatorFigure(
              indicator.code(),
              indicator.name(),
              indicator.unitOfMeasure(),
              indicator.aggregation(),
              value,
              n,
              met,
              indicator.targetOperator(),
              indicator.targetValue(),
              meets));
    }
    return figures;
  }

  private static BigDecimal scaled(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
  }
}
