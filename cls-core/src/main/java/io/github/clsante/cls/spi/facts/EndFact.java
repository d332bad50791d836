package io.github.clsante.cls.spi.facts;

import io.github.clsante.cls.calendar.DateArithmetic;
import java.time.LocalDate;

/**
 * The contract's end date, for the final evaluation's to-do: due on the end date, its window opening on the
 * first day of the last months the rule names. Derived only when the document holds an end date. Read by
 * NOR-FINAL-EVALUATION.
 *
 * @param end the end date (the contract's last day)
 * @since 0.1.0
 */
public record EndFact(LocalDate end) {

  /**
   * The first day of the last {@code n} months up to the end date: the first day d with d + n months, added by
   * the one rule of {@link DateArithmetic}, later than the end date (as
   * {@link ContractFact#checkDateInLastMonths(int)} and {@link EvaluationFact#doneInLastMonths(int)} read them).
   *
   * @param n a number of months (the rule's parameter), 1 or more
   * @return the first day of the window
   * @throws IllegalArgumentException when {@code n} is less than 1
   */
  public LocalDate windowOpens(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be 1 or more: " + n);
    }
    LocalDate d = end.minusMonths(n).minusDays(3); // a few days before the first one, whatever the month lengths
    while (!DateArithmetic.plusMonths(d, n).isAfter(end)) {
      d = d.plusDays(1);
    }
    return d;
  }
}
