package io.github.clsante.cls.followup;

/**
 * How the référentiel's convention treats a calendar year of a span on a check date
 * ({@link io.github.clsante.cls.calendar.JudgedYears}, {@link io.github.clsante.cls.calendar.YearInProgress}).
 *
 * @since 0.1.0
 */
public enum YearStatus {
  /** The whole year lies in the span and is over on the check date: the yearly clauses judge it. */
  JUDGED,
  /**
   * The check date's year, which will be judged once it is over: what has happened so far is looked at, and
   * what is still missing is due by 31 December.
   */
  IN_PROGRESS,
  /** The year lies only partly in the span (its first or last year): never judged. */
  PARTIAL,
  /** The year lies outside the span (before its start or after its end), or the span has no start date. */
  OUTSIDE
}
