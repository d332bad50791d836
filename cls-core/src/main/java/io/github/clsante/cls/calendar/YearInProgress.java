package io.github.clsante.cls.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The year in progress, following the référentiel's convention (settled 2026-12-02): for the yearly rules about
 * meetings and programming, the year of the check date is looked at when it will be judged once it is over —
 * 1 January and 31 December of that year both lie in the span, the span ending at the end date, or open when
 * there is none (not at the check date). What has happened so far in it is what is dated on or before the check
 * date. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class YearInProgress {

  private YearInProgress() {}

  /**
   * @param start first day of the span (inclusive)
   * @param end last day of the span (inclusive), or empty when open
   * @param asOf the check date
   * @return the check date's year when it will be judged once over; empty otherwise (a partial first or last
   *     year of the span, or a check date outside it)
   * @throws NullPointerException when an argument is null
   */
  public static OptionalInt of(LocalDate start, Optional<LocalDate> end, LocalDate asOf) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(asOf, "asOf");
    int y = asOf.getYear();
    LocalDate jan1 = LocalDate.of(y, 1, 1);
    LocalDate dec31 = LocalDate.of(y, 12, 31);
    boolean whole = !start.isAfter(jan1) && end.map(e -> !e.isBefore(dec31)).orElse(true);
    return whole ? OptionalInt.of(y) : OptionalInt.empty();
  }

  /**
   * @param year the year in progress
   * @return the date by which its yearly conditions are due: 31 December of that year
   */
  public static LocalDate dueDate(int year) {
    return LocalDate.of(year, 12, 31);
  }
}
