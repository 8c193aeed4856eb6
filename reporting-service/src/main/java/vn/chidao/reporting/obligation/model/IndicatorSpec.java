package vn.chidao.reporting.obligation.model;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * One figure a report carries, as the requirement defines it.
 *
 * @param type {@code COUNT}, {@code MONEY}, {@code PERCENT} or {@code YES_NO}
 * @param aggregation {@code SUM}, {@code AVERAGE} or {@code SHARE_MEETING_TARGET}
 * @param targetOperator {@code GTE}, {@code LTE}, {@code EQ} or null without a target
 */
public record IndicatorSpec(
    String code,
    String name,
    String unitOfMeasure,
    String type,
    String aggregation,
    String targetOperator,
    BigDecimal targetValue) {

  public IndicatorSpec {
    if (code == null || !code.matches("[A-Za-z0-9_-]{1,40}")) {
      throw new IllegalArgumentException("indicator code must be 1–40 letters, digits, _ or -");
    }
    type = upper(type, "COUNT");
    aggregation = upper(aggregation, "SUM");
    targetOperator = targetOperator == null ? null : upper(targetOperator, null);
    if (!type.matches("COUNT|MONEY|PERCENT|YES_NO")) {
      throw new IllegalArgumentException("unknown indicator type " + type);
    }
    if (!aggregation.matches("SUM|AVERAGE|SHARE_MEETING_TARGET")) {
      throw new IllegalArgumentException("unknown aggregation " + aggregation);
    }
    if (targetOperator != null && !targetOperator.matches("GTE|LTE|EQ")) {
      throw new IllegalArgumentException("unknown target operator " + targetOperator);
    }
  }

  private static String upper(String value, String fallback) {
    return value == null ? fallback : value.trim().toUpperCase(Locale.ROOT);
  }

  public boolean hasTarget() {
    return targetOperator != null && targetValue != null;
  }

  /** Whether {@code value} meets the target (false without a target). */
  public boolean meetsTarget(BigDecimal value) {
    if (!hasTarget() || value == null) {
      return false;
    }
    int compared = value.compareTo(targetValue);
    return switch (targetOperator) {
      case "GTE" -> compared >= 0;
      case "LTE" -> compared <= 0;
      default -> compared == 0;
    };
  }
}
