package io.github.clsante.cls.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A length of time in whole calendar months plus the days left over, as the référentiel counts durations
 * (« entre 3 et 5 ans », « 6 mois à 1 an »), months being added by the one rule of {@link DateArithmetic}.
 * Negative when the end comes before the start.
 *
 * @param months whole calendar months
 * @param days days left over after the whole months (same sign as months, or either sign when months is 0)
 * @since 0.1.0
 */
public record MonthCount(int months, int days) {

  /**
   * Whole calendar months from {@code from} to {@code to}: the largest {@code m} such that
   * {@code DateArithmetic.plusMonths(from, m)} is on or before {@code to}, and the days from that date to
   * {@code to}. So 2024-08-31 → 2025-03-01 is 6 months 0 days, and 2024-02-29 → 2025-03-01 is 12 months 0 days.
   * When {@code to} is before {@code from}, the count from {@code to} to {@code from}, negated.
   *
   * @param from the first date, not null
   * @param to the second date (exclusive), not null
   * @return the count
   */
  public static MonthCount between(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      MonthCount back = between(to, from);
      return new MonthCount(-back.months, -back.days);
    }
    int months = (int) ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to));
    LocalDate reached = DateArithmetic.plusMonths(from, months);
    while (reached.isAfter(to)) { // at most twice: the day of the month, then the 1st of the next month
      months--;
      reached = DateArithmetic.plusMonths(from, months);
    }
    return new MonthCount(months, (int) ChronoUnit.DAYS.between(reached, to));
  }

  /**
   * The duration of a contract, signature to end date <em>inclusive</em>: 2022-03-15 → 2027-03-14 is exactly
   * 60 months and 0 days; 2024-02-29 → 2029-02-28 too.
   *
   * @param signature the signature date
   * @param end the last day of the contract
   * @return the count
   */
  public static MonthCount inclusive(LocalDate signature, LocalDate end) {
    return between(signature, end.plusDays(1));
  }
}
