package io.github.clsante.cls.spi.facts;

import io.github.clsante.cls.calendar.DateArithmetic;
import io.github.clsante.cls.model.EvaluationKind;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An evaluation. Read by NOR-FINAL-EVALUATION.
 *
 * @param evaluationId the evaluation
 * @param path JSON Pointer of the evaluation
 * @param kind its kind
 * @param doneOn its date, when it is dated on or before the check date (done); null when undated or dated later
 *     (under way or planned)
 * @param contractEnd the contract's end date, or null
 * @param supervisedByCopil whether its supervising body counts as the COPIL and decided on or before the check
 *     date
 * @since 0.1.0
 */
public record EvaluationFact(String evaluationId, String path, EvaluationKind kind, @Nullable LocalDate doneOn,
    @Nullable LocalDate contractEnd, boolean supervisedByCopil) {

  /**
   * Whether it was done in the last {@code n} months of the contract (CLAUSES.md, « Durations »): dated on or
   * before the end date, and its date + n months, added by the one rule of
   * {@link io.github.clsante.cls.calendar.DateArithmetic}, later than the end date.
   *
   * @param n a number of months
   * @return false when it is not done or the contract has no end date
   */
  public boolean doneInLastMonths(int n) {
    return doneOn != null && contractEnd != null && !doneOn.isAfter(contractEnd)
        && DateArithmetic.plusMonths(doneOn, n).isAfter(contractEnd);
  }
}
