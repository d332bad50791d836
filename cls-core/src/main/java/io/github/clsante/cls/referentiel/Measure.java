package io.github.clsante.cls.referentiel;

/**
 * What a clause measures, where a view needs it structured rather than as prose (the yearly follow-up grid,
 * the handbook): the clause judges this quantity once per year against its {@linkplain Clause#parameters()
 * parameters} ({@code minimum}, {@code idealMinimum}, {@code idealMaximum}).
 *
 * @since 0.1.0
 */
public enum Measure {
  /** Meetings per year of the bodies that count as the COPIL (a merged COPIL+COTECH counts). */
  COPIL_MEETINGS_PER_YEAR,
  /** Meetings per year of the bodies that count as the COTECH (a merged COPIL+COTECH counts). */
  COTECH_MEETINGS_PER_YEAR,
  /** The activity report of each year. */
  ACTIVITY_REPORT_PER_YEAR,
  /** The financial report of each year. */
  FINANCIAL_REPORT_PER_YEAR,
  /** A programming with financial commitments validated by the COPIL, covering each year. */
  PROGRAMMING_PER_YEAR,
  /** At least one indicator value per fiche action and year. */
  INDICATOR_VALUES_PER_FICHE_AND_YEAR
}
