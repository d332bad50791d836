package io.github.clsante.cls.spi.facts;

import io.github.clsante.cls.calendar.DateArithmetic;
import io.github.clsante.cls.calendar.Phase;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Facts about the whole contract at the check date. One per check.
 *
 * @param contractId the contract's id
 * @param phase the phase at the check date
 * @param signatureDate the signature date, or null
 * @param checkDate the check date
 * @param endDate the end date (the contract's last day), or null
 * @param signatoryCount how many signatories (signed or planned)
 * @param arsSignatories how many signatories are an ARS
 * @param collectiviteSignatories how many signatories are a collectivité
 * @param diagnosisCompleted whether the diagnosis completion is dated on or before the check date
 * @param diagnosisCompletedBySignature whether the diagnosis is completed on the check date (completion dated on
 *     or before it) and, when the signature is dated, on or before the signature
 * @param letterOfIntentPresent whether the letter of intent is dated
 * @param letterOfIntentBeforeDiagnosis whether the letter of intent is dated on or before the diagnosis start
 *     (or dated, when there is no diagnosis start)
 * @param axisCount how many axes the plan has
 * @param ficheCount how many fiches the plan has on the check date (one added by an amendment dated after it
 *     does not exist yet)
 * @param mentalHealthComponents how many axes or fiches (of the plan on the check date) are marked as the
 *     mental-health component and reference the PTSM
 * @param copilCount how many bodies count as a COPIL
 * @param cotechCount how many bodies count as a COTECH
 * @since 0.1.0
 */
public record ContractFact(String contractId, Phase phase, @Nullable LocalDate signatureDate, LocalDate checkDate,
    @Nullable LocalDate endDate, int signatoryCount, int arsSignatories, int collectiviteSignatories,
    boolean diagnosisCompleted, boolean diagnosisCompletedBySignature, boolean letterOfIntentPresent,
    boolean letterOfIntentBeforeDiagnosis, int axisCount, int ficheCount, int mentalHealthComponents,
    int copilCount, int cotechCount) {

  /**
   * Whether the check date lies in the last {@code n} months of the contract (CLAUSES.md, « Durations »): on or
   * before the end date, and the check date + n months, added by the one rule of
   * {@link io.github.clsante.cls.calendar.DateArithmetic}, later than the end date.
   *
   * @param n a number of months
   * @return false when the contract has no end date
   */
  public boolean checkDateInLastMonths(int n) {
    return endDate != null && !checkDate.isAfter(endDate)
        && DateArithmetic.plusMonths(checkDate, n).isAfter(endDate);
  }
}
