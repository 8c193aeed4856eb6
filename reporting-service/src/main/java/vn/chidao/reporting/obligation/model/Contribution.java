package vn.chidao.reporting.obligation.model;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one obligation adds to the running totals of every unit above it: counts for completeness
 * and timeliness and, while its figures stand, its indicator values. A state change adds {@code
 * after − before} to each ancestor, so totals stay exact without ever scanning obligations.
 *
 * <p>Keys: {@code expected}, one per state ({@code pending}, {@code draft}, {@code submitted},
 * {@code returned}, {@code accepted}, {@code closed}), {@code reported} (submitted at least once),
 * {@code onTime}/{@code late} (judged at the first submission), and per indicator {@code
 * sum:<code>}, {@code n:<code>} (values counted), {@code met:<code>} (values meeting the target).
 */
public final class Contribution {

  private Contribution() {}

  /**
   * @param late whether the first submission was late; null when never submitted
   * @param values the standing figures (used only when the state lets them stand)
   */
  public static Map<String, Number> of(
      ObligationState state,
      Boolean late,
      Map<String, BigDecimal> values,
      List<IndicatorSpec> indicators) {
    Map<String, Number> c = new LinkedHashMap<>();
    c.put(state.name().toLowerCase(java.util.Locale.ROOT), 1L);
    if (state == ObligationState.CLOSED) {
      return c;
    }
    c.put("expected", 1L);
    if (late != null) {
      c.put("reported", 1L);
      c.put(late ? "late" : "onTime", 1L);
    }
    if (state.figuresStand() && values != null) {
      for (IndicatorSpec indicator : indicators) {
        BigDecimal value = values.get(indicator.code());
        if (value != null) {
          c.put("sum:" + indicator.code(), value.doubleValue());
          c.put("n:" + indicator.code(), 1L);
          if (indicator.hasTarget()) {
            c.put("met:" + indicator.code(), indicator.meetsTarget(value) ? 1L : 0L);
          }
        }
      }
    }
    return c;
  }

  /** {@code after − before}, without the keys that do not change. */
  public static Map<String, Number> delta(Map<String, Number> before, Map<String, Number> after) {
    Map<String, Number> delta = new LinkedHashMap<>();
    for (Map.Entry<String, Number> entry : after.entrySet()) {
      put(delta, entry.getKey(), entry.getValue(), before.get(entry.getKey()));
    }
    for (Map.Entry<String, Number> entry : before.entrySet()) {
      if (!after.containsKey(entry.getKey())) {
        put(delta, entry.getKey(), null, entry.getValue());
      }
    }
    return delta;
  }

  /** Adds {@code more} into {@code total}, key by key. */
  public static void addInto(Map<String, Number> total, Map<String, Number> more) {
    more.forEach((key, value) -> put(total, key, value, negate(total.get(key))));
  }

  private static Number negate(Number value) {
    if (value == null) {
      return null;
    }
    return value instanceof Long l ? (Number) (-l) : (Number) (-value.doubleValue());
  }

  private static void put(Map<String, Number> into, String key, Number plus, Number minus) {
    boolean whole =
        (plus == null || plus instanceof Long) && (minus == null || minus instanceof Long);
    if (whole) {
      long value = (plus == null ? 0 : plus.longValue()) - (minus == null ? 0 : minus.longValue());
      if (value != 0) {
        into.put(key, value);
      } else {
        into.remove(key);
      }
    } else {
      double value =
          (plus == null ? 0 : plus.doubleValue()) - (minus == null ? 0 : minus.doubleValue());
      if (value != 0) {
        into.put(key, value);
      } else {
        into.remove(key);
      }
    }
  }
}
