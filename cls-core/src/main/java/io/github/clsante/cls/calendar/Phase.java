package io.github.clsante.cls.calendar;

/**
 * The phase of a contract's life at a date (French: <i>phase</i>), derived from its milestones, never stored.
 * In the order a contract goes through them.
 *
 * @since 0.1.0
 */
public enum Phase {
  /** Before the diagnosis starts (or always, if there is no diagnosis start). */
  PRELIMINARY,
  /** From the diagnosis start to the day before signature: élaboration. */
  DIAGNOSIS_AND_PLANNING,
  /** From signature to the end date, inclusive: mise en œuvre et évaluation. */
  IMPLEMENTATION_AND_EVALUATION,
  /** After the end date. */
  ENDED
}
