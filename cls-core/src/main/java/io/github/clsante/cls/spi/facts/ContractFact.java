package io.github.clsante.cls.spi.facts;

import io.github.clsante.cls.calendar.DateArithmetic;
import io.github.clsante.cls.calendar.Phase;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The contract on the check date: its id, phase and dates. One per check. Read by every clause whose finding
 * concerns the contract as a whole (its id is the finding's element), and by NOR-FINAL-EVALUATION (the phase and
 * the last months) and SOC-MENTAL-HEALTH (the signature date).
 *
 * @param contractId the contract's id
 * @param phase the phase at the check date
 * @param checkDate the check date
 * @param signatureDate the signature date, or null
 * @param endDate the end date (the contract's last day), or null
 * @since 0.1.0
 */
public record ContractFact(String contractId, Phase phase, LocalDate checkDate, @Nullable LocalDate signatureDate,
    @Nullable LocalDate endDate) {

  /**
   * Whether the check date lies in the last {@code n} months of the contract (CLAUSES.md, « Durations »): on or
   * before the end date, and the check date + n months, added by the one rule of {@link DateArithmetic}, later
   * than the end date.
   *
   * @param n a number of months (the rule's parameter)
   * @return false when the contract has no end date
   */
  public boolean checkDateInLastMonths(int n) {
    return endDate != null && !checkDate.isAfter(endDate)
        && DateArithmetic.plusMonths(checkDate, n).isAfter(endDate);
  }
}
