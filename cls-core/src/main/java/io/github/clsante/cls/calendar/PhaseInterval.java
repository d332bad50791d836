package io.github.clsante.cls.calendar;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A phase over a half-open interval of days: from {@code from} (inclusive; empty = since always) to
 * {@code until} (exclusive; empty = for ever).
 *
 * @param phase the phase
 * @param from first day, inclusive, or empty for the beginning of time
 * @param until first day of the next phase, exclusive, or empty for the end of time
 * @since 0.1.0
 */
public record PhaseInterval(Phase phase, Optional<LocalDate> from, Optional<LocalDate> until) {

  /**
   * @param date a day
   * @return whether the day lies in the interval
   */
  public boolean contains(LocalDate date) {
    return (from.isEmpty() || !date.isBefore(from.get())) && (until.isEmpty() || date.isBefore(until.get()));
  }
}
