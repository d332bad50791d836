package io.github.clsante.cls.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Adding months or years to a date, the one way every clause of the référentiel does it (CLAUSES.md,
 * « Durations »): the same day of the month that many months later or, when that month has no such day, the
 * 1st of the following month. So 2024-02-29 + 1 year = 2025-03-01 and 2024-08-31 + 6 months = 2025-03-01,
 * where {@link LocalDate#plusMonths} would give the last day of the shorter month.
 *
 * <p>Every duration, period and window the library derives (a contract's duration, the period before
 * signature, the last 12 months of a contract, {@link MonthCount}) is measured with this rule. It holds no
 * threshold: the référentiel's numbers come from the rules. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class DateArithmetic {

  private DateArithmetic() {}

  /**
   * Adds calendar months: the same day of the month {@code months} months later (earlier, when negative), or
   * the 1st of the following month when that month has no such day (2024-01-31 + 1 month = 2024-03-01).
   *
   * @param date the date to start from, not null
   * @param months how many months to add (negative to go back)
   * @return the resulting date
   * @throws NullPointerException when {@code date} is null
   * @throws java.time.DateTimeException when the result lies outside the range of {@link LocalDate}
   */
  public static LocalDate plusMonths(LocalDate date, int months) {
    Objects.requireNonNull(date, "date");
    LocalDate sameOrLast = date.plusMonths(months); // same day, or the last day of a month that lacks it
    return sameOrLast.getDayOfMonth() == date.getDayOfMonth() ? sameOrLast : sameOrLast.plusDays(1);
  }

  /**
   * Adds calendar years: {@code years} × 12 months by {@link #plusMonths} (2024-02-29 + 5 years = 2029-03-01).
   *
   * @param date the date to start from, not null
   * @param years how many years to add (negative to go back)
   * @return the resulting date
   * @throws NullPointerException when {@code date} is null
   * @throws java.time.DateTimeException when the result lies outside the range of {@link LocalDate}
   */
  public static LocalDate plusYears(LocalDate date, int years) {
    return plusMonths(date, Math.multiplyExact(years, 12));
  }
}
