package io.github.clsante.cls.calendar;

import java.time.LocalDate;
import java.time.Period;

/**
 * A length of time in whole calendar months plus the days left over, as the référentiel counts durations
 * (« entre 3 et 5 ans », « 6 mois à 1 an »). Negative when the end comes before the start.
 *
 * @param months whole calendar months
 * @param days days left over after the whole months (same sign as months, or either sign when months is 0)
 */
public record MonthCount(int months, int days) {

  /**
   * Whole calendar months from {@code from} to {@code to}, as {@link Period#between} counts them.
   *
   * @param from the first date
   * @param to the second date (exclusive)
   * @return the count
   */
  public static MonthCount between(LocalDate from, LocalDate to) {
    Period p = Period.between(from, to);
    return new MonthCount((int) p.toTotalMonths(), p.getDays());
  }

  /**
   * The duration of a contract, signature to end date <em>inclusive</em>: 2022-03-15 → 2027-03-14 is exactly
   * 60 months and 0 days.
   *
   * @param signature the signature date
   * @param end the last day of the contract
   * @return the count
   */
  public static MonthCount inclusive(LocalDate signature, LocalDate end) {
    return between(signature, end.plusDays(1));
  }
}
