package vn.chidao.reporting.period.model;

import java.util.Locale;

/**
 * How often a report is due. Each periodic frequency names the months in which its periods are cut
 * off; a period starts the day after the previous cut-off of the same rhythm (for the 6-month,
 * 9-month and annual reports: the day after the previous year's December cut-off).
 */
public enum Frequency {
  MONTHLY,
  QUARTERLY,
  SIX_MONTH,
  NINE_MONTH,
  ANNUAL,
  ONE_OFF;

  /** Parses the contract's code; throws {@link IllegalArgumentException} for anything else. */
  public static Frequency of(String code) {
    if (code == null) {
      throw new IllegalArgumentException("frequency is missing");
    }
    return valueOf(code.trim().toUpperCase(Locale.ROOT));
  }

  /** True for the reports that cover the year from its start (6-month, 9-month, annual). */
  boolean yearToDate() {
    return this == SIX_MONTH || this == NINE_MONTH || this == ANNUAL;
  }

  /** Whether a period of this rhythm is cut off in {@code month} (1–12). */
  boolean cutsOffIn(int month) {
    return switch (this) {
      case MONTHLY -> true;
      case QUARTERLY -> month % 3 == 0;
      case SIX_MONTH -> month == 6;
      case NINE_MONTH -> month == 9;
      case ANNUAL -> month == 12;
      case ONE_OFF -> false;
    };
  }
}
