package io.github.clsante.cls.spi.facts;

import io.github.clsante.cls.calendar.DateArithmetic;
import java.time.LocalDate;

/**
 * A period between two milestones, from {@code start} up to {@code until} (exclusive), with the comparisons
 * the référentiel makes of it (CLAUSES.md, « Durations »): a period from D to E lasts at least N months when
 * D + N months ≤ E, and at most N months when E ≤ D + N months, months being added by the one rule of
 * {@link DateArithmetic}. The rules hold N. Read by SOC-DURATION (the contract) and NOR-PRESIGNATURE-PERIOD (the
 * preparation).
 *
 * @param kind what is measured
 * @param from the field name of the milestone it starts at
 * @param start the first day of the period
 * @param until the day the period ends, exclusive: the signature for {@link Kind#PREPARATION}; the day after the
 *     end date for {@link Kind#CONTRACT}, whose end date is its last day
 * @param months whole calendar months from start to until ({@link io.github.clsante.cls.calendar.MonthCount})
 * @param days days left over
 * @since 0.1.0
 */
public record DurationFact(Kind kind, String from, LocalDate start, LocalDate until, int months, int days) {

  /**
   * What a duration measures.
   *
   * @since 0.1.0
   */
  public enum Kind {
    /** Signature to end date, inclusive. */
    CONTRACT,
    /** The first dated of engagement, letter of intent, diagnosis start, to the signature. */
    PREPARATION
  }

  /**
   * @param n a number of months
   * @return whether the period lasts at least {@code n} months: start + n months is on or before until
   */
  public boolean lastsAtLeastMonths(int n) {
    return !DateArithmetic.plusMonths(start, n).isAfter(until);
  }

  /**
   * @param n a number of months
   * @return whether the period lasts at most {@code n} months: until is on or before start + n months
   */
  public boolean lastsAtMostMonths(int n) {
    return !until.isAfter(DateArithmetic.plusMonths(start, n));
  }

  /**
   * @param n a number of years
   * @return whether the period lasts at least {@code n} years: start + n years is on or before until
   */
  public boolean lastsAtLeastYears(int n) {
    return !DateArithmetic.plusYears(start, n).isAfter(until);
  }

  /**
   * @param n a number of years
   * @return whether the period lasts at most {@code n} years: until is on or before start + n years
   */
  public boolean lastsAtMostYears(int n) {
    return !until.isAfter(DateArithmetic.plusYears(start, n));
  }
}
