package vn.chidao.notification.preference.model;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** One e-mail a day, at {@code at} in {@code zone}, summing up the low-priority alerts. */
public record DailyDigest(LocalTime at, ZoneId zone) {

  public DailyDigest {
    if (at == null || zone == null) {
      throw new IllegalArgumentException("a digest needs a time of day and a time zone");
    }
  }

  /** The first digest time strictly after {@code now}. */
  public Instant nextAfter(Instant now) {
    ZonedDateTime local = now.atZone(zone);
    ZonedDateTime today = at.atDate(local.toLocalDate()).atZone(zone);
    return (today.toInstant().isAfter(now) ? today : today.plusDays(1)).toInstant();
  }
}
