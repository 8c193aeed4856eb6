package vn.chidao.notification.preference.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Hours, in the person's time zone, when non-urgent e-mail and push wait. {@code start} after
 * {@code end} (21:00–06:30) spans midnight.
 */
public record QuietHours(LocalTime start, LocalTime end, ZoneId zone) {

  public QuietHours {
    if (start == null || end == null || zone == null) {
      throw new IllegalArgumentException("quiet hours need a start, an end and a time zone");
    }
    if (start.equals(end)) {
      throw new IllegalArgumentException("quiet hours must not start and end at the same time");
    }
  }

  /** The instant quiet hours end, when {@code now} lies inside them. */
  public Optional<Instant> endIfQuiet(Instant now) {
    ZonedDateTime local = now.atZone(zone);
    LocalTime time = local.toLocalTime();
    LocalDate day = local.toLocalDate();
    if (start.isBefore(end)) {
      boolean quiet = !time.isBefore(start) && time.isBefore(end);
      return quiet ? Optional.of(end.atDate(day).atZone(zone).toInstant()) : Optional.empty();
    }
    if (!time.isBefore(start)) {
      return Optional.of(end.atDate(day.plusDays(1)).atZone(zone).toInstant());
    }
    if (time.isBefore(end)) {
      return Optional.of(end.atDate(day).atZone(zone).toInstant());
    }
    return Optional.empty();
  }
}
