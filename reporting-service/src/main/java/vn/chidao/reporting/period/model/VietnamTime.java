package vn.chidao.reporting.period.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Deadlines are days in Vietnam, whatever the server's or the user's clock says. */
public final class VietnamTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private VietnamTime() {}

  /** The first instant of {@code day} in Vietnam (00:00 +07:00). */
  public static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZONE).toInstant();
  }

  /** The calendar day in Vietnam at {@code instant}. */
  public static LocalDate dayOf(Instant instant) {
    return LocalDate.ofInstant(instant, ZONE);
  }
}
