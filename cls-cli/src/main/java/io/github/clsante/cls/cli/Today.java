package io.github.clsante.cls.cli;

import java.time.LocalDate;
import java.util.TimeZone;

/**
 * Today's date in a time zone, read with {@link TimeZone} (the JDK's own time-zone database) rather than
 * {@code LocalDate.now(ZoneId)}: the first {@code ZoneId} of a region loads every {@code java.time} zone-rules
 * provider on the class path, and ical4j's (on the command's class path for {@code calendar --format ics})
 * costs about 0.1 s of every run that does not pass {@code --as-of} (issue #16).
 */
final class Today {

  /** The zone of a contract whose région is unknown. */
  static final String DEFAULT_ZONE = "Europe/Paris";

  private static final long MILLIS_PER_DAY = 86_400_000L;

  private Today() {}

  /**
   * @param zoneId an IANA zone id, e.g. {@code "Europe/Paris"}
   * @return today's date there
   */
  static LocalDate in(String zoneId) {
    return at(zoneId, System.currentTimeMillis());
  }

  /**
   * @param zoneId an IANA zone id
   * @param epochMillis an instant
   * @return the date at that instant in that zone
   */
  static LocalDate at(String zoneId, long epochMillis) {
    TimeZone zone = TimeZone.getTimeZone(zoneId);
    return LocalDate.ofEpochDay(Math.floorDiv(epochMillis + zone.getOffset(epochMillis), MILLIS_PER_DAY));
  }
}
