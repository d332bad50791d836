package io.github.clsante.cls.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The calendar years a rule judges over a span, following the référentiel's convention: a span is a pair of
 * dates, both inclusive; a span whose end is missing or later than the check date ends at the check date.
 * Year Y is judged when 1 January Y and 31 December Y both lie in the span and 31 December Y is before the
 * check date. Partial years at either end are never judged. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class JudgedYears {

  private JudgedYears() {}

  /**
   * @param start first day of the span (inclusive)
   * @param end last day of the span (inclusive), or empty when open
   * @param asOf the check date
   * @return the judged years, ascending; empty when none
   */
  public static List<Integer> of(LocalDate start, Optional<LocalDate> end, LocalDate asOf) {
    LocalDate last = end.filter(e -> !e.isAfter(asOf)).orElse(asOf);
    List<Integer> years = new ArrayList<>();
    int first = start.getDayOfYear() == 1 ? start.getYear() : start.getYear() + 1;
    for (int y = first; y <= last.getYear(); y++) {
      LocalDate dec31 = LocalDate.of(y, 12, 31);
      if (!dec31.isAfter(last) && dec31.isBefore(asOf)) {
        years.add(y);
      }
    }
    return List.copyOf(years);
  }
}
