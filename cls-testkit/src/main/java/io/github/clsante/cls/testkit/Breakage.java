package io.github.clsante.cls.testkit;

import static io.github.clsante.cls.testkit.Edits.*;
import static io.github.clsante.cls.testkit.Rebuild.*;

import io.github.clsante.cls.model.ActionSheet;
import io.github.clsante.cls.model.BodyKind;
import io.github.clsante.cls.model.DiagnosisElement;
import io.github.clsante.cls.model.Milestones;
import io.github.clsante.cls.model.RoleKind;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitrary;

/**
 * Named ways to break a conforming contract: one constant per clause of the référentiel, named after the
 * clause id with '-' replaced by '_' ({@code NOR_COPIL_ANNUAL} breaks {@code NOR-COPIL-ANNUAL}).
 *
 * <p>{@link #apply} makes the smallest edit that makes the clause's check fail on the check date, keeping the
 * contract meaningful (it always builds) and the phase unchanged. It is meant for contracts of
 * {@link Contracts#conformingNormandie()} / {@link Contracts#conformingOccitanie()}; an edit may also break
 * a neighbouring clause (removing the ARS signatory also removes an ARS funder), so assert that the named
 * clause is reported, not that it is the only one.
 *
 * <p>{@link #appliesTo} tells whether the breakage can apply at that date: the clause applies in the phase
 * of the check date (including a to-do window: during {@code DIAGNOSIS_AND_PLANNING} for "signature (to-do)"
 * clauses, in the last 12 months for the final evaluation — there the rule gives an {@code INFO} to-do rather
 * than its table severity), and the contract holds what the edit needs (a judged year, a fiche, a meeting
 * before the check date…). When it does not, {@link #apply} returns its input unchanged. For yearly reports
 * and indicator values, the edit picks a year already due (after 30 June of the next year) when there is
 * one, else a year whose finding is still a to-do.
 *
 * @since 0.1.0
 */
public enum Breakage {

  /** Removes the ARS from the signatories. */
  SOC_SIGNATORIES(c -> fromDiagnosis(c) && hasArsSignatory(c), Edits::removeArsSignatories),
  /** Sets the end date so that the contract lasts 5 years + 1 day (or 35 months, to keep the phase). */
  SOC_DURATION(c -> c.contract().milestones().signature().isPresent(), Edits::badDuration),
  /** Removes the diagnosis completion date. */
  SOC_DIAGNOSIS_FIRST(c -> fromDiagnosis(c) && c.contract().milestones().diagnosisCompletion().isPresent(),
      c -> milestones(c, m -> Milestones.builder().mergeFrom(m).diagnosisCompletion(Optional.empty()).build())),
  /** Dates the letter of intent the day before the engagement (or another consecutive pair out of order). */
  SOC_MILESTONE_ORDER(Edits::canBreakOrder, Edits::breakOrder),
  /** Removes the stakes of the first fiche. */
  SOC_ACTION_FIELDS(Edits::hasFiche,
      c -> fiche(c, 0, f -> ActionSheet.builder().mergeFrom(f).stakes(Optional.empty()).build())),
  /** Removes the theme Prévention from a completed diagnosis. */
  SOC_DIAGNOSIS_THEMES(Edits::diagnosisCompleted, Edits::removeTheme),
  /** Unmarks every mental-health component (contracts signed on or after 2022-02-23, or with no signature). */
  SOC_MENTAL_HEALTH(c -> fromDiagnosis(c) && mentalHealthRequired(c), Edits::noMentalHealth),
  /** Removes the préfet's representatives from the COPIL. */
  SOC_COPIL_PREFECT(c -> fromSignature(c) && hasBody(c, BodyKind::countsAsCopil), Edits::removePrefectFromCopil),
  /** Sets the coordinators' FTE so that they add up to 0.9 at most. */
  SOC_COORDINATOR_FTE(c -> fromDiagnosis(c) && !coordinatorsOn(c).isEmpty(), Edits::lowFte),

  /** Removes the letter of intent. */
  NOR_LETTER_OF_INTENT(Edits::fromDiagnosis,
      c -> milestones(c, m -> Milestones.builder().mergeFrom(m).letterOfIntent(Optional.empty()).build())),
  /** Moves the engagement 13 months before the signature. */
  NOR_PRESIGNATURE_PERIOD(Edits::fromSignature,
      c -> milestones(c, m -> Milestones.builder().mergeFrom(m)
          .engagement(m.signature().orElseThrow().minusMonths(13)).build())),
  /** Turns every COPIL into a working group (a merged body into a COTECH). */
  NOR_COPIL_EXISTS(c -> fromDiagnosis(c) && hasBody(c, BodyKind::countsAsCopil),
      c -> retypeBodies(c, BodyKind.COPIL, BodyKind.WORKING_GROUP, BodyKind.COTECH)),
  /** Gives every COPIL a chair who is not the élu référent. */
  NOR_COPIL_CHAIR(c -> fromDiagnosis(c) && hasBody(c, BodyKind::countsAsCopil), Edits::chairNotReferent),
  /** Ends the élu référent's COPIL membership the day before the check date. */
  NOR_COPIL_MEMBERS(c -> fromSignature(c) && referentInCopil(c), Edits::referentLeavesCopil),
  /** Removes every COPIL meeting of the first judged year (diagnosis start → end) that has one. */
  NOR_COPIL_ANNUAL(c -> yearWithMeetings(c, BodyKind::countsAsCopil, 1).isPresent(),
      c -> removeMeetings(c, BodyKind::countsAsCopil)),
  /** Turns every COTECH into a working group (a merged body into a COPIL). */
  NOR_COTECH_EXISTS(c -> fromDiagnosis(c) && hasBody(c, BodyKind::countsAsCotech),
      c -> retypeBodies(c, BodyKind.COTECH, BodyKind.WORKING_GROUP, BodyKind.COPIL)),
  /** Removes the facilitator of every COTECH. */
  NOR_COTECH_FACILITATOR(c -> fromDiagnosis(c) && hasBody(c, BodyKind::countsAsCotech), Edits::noFacilitator),
  /** Removes every COTECH meeting of the first judged year (diagnosis start → end) that has one. */
  NOR_COTECH_ANNUAL(c -> yearWithMeetings(c, BodyKind::countsAsCotech, 1).isPresent(),
      c -> removeMeetings(c, BodyKind::countsAsCotech)),
  /** Keeps a single COTECH meeting in the first judged year that has two or more. */
  NOR_COTECH_IDEAL(c -> yearWithMeetings(c, BodyKind::countsAsCotech, 2).isPresent(),
      Edits::singleCotechMeeting),
  /** Takes the territory out of the politique de la ville, and merges the COTECH into a COPIL+COTECH. */
  NOR_MERGED_BODIES(Edits::canMerge, Edits::forbiddenMerger),
  /** Removes the minutes of the last COPIL or COTECH meeting held before the check date. */
  NOR_MINUTES(Edits::hasMinutedMeetingBefore, Edits::removeMinutes),
  /** Turns every coordinator into a technician. */
  NOR_COORDINATION(Edits::fromDiagnosis, c -> retypeRoles(c, RoleKind.COORDINATOR, RoleKind.TECHNICIAN)),
  /** Turns every élu référent into a plain élu. */
  NOR_ELU_REFERENT(Edits::fromDiagnosis, c -> retypeRoles(c, RoleKind.ELU_REFERENT, RoleKind.ELU)),
  /** Makes the coordinators employed by an organisation that is not a signatory collectivité. */
  NOR_COORDINATOR_EMPLOYER(c -> fromDiagnosis(c) && !coordinatorsOn(c).isEmpty() && hasNonCollectiviteOrg(c),
      Edits::employerNotCollectivite),
  /** Removes the element « identifier les ressources locales » from a completed diagnosis. */
  NOR_DIAGNOSIS_CONTENT(c -> diagnosisCompleted(c)
      && c.contract().diagnosis().elements().contains(DiagnosisElement.LOCAL_RESOURCES), Edits::removeElement),
  /** Detaches the first fiche from its axis. */
  NOR_AXES(c -> fromDiagnosis(c) && hasFiche(c),
      c -> fiche(c, 0, f -> ActionSheet.builder().mergeFrom(f).axisId(Optional.empty()).build())),
  /** Removes the pilot of the first fiche. */
  NOR_ACTION_PILOT(c -> fromDiagnosis(c) && hasFiche(c),
      c -> fiche(c, 0, f -> ActionSheet.builder().mergeFrom(f).pilotId(Optional.empty()).build())),
  /** Makes a coordinator the pilot of the first fiche. */
  NOR_PILOT_NOT_COORDINATOR(c -> hasFiche(c) && !coordinatorsOn(c).isEmpty(), Edits::pilotIsCoordinator),
  /** Removes every indicator of the first fiche. */
  NOR_ACTION_INDICATORS(c -> fromDiagnosis(c) && hasFiche(c),
      c -> fiche(c, 0, f -> ActionSheet.builder().mergeFrom(f).indicators(java.util.List.of()).build())),
  /** Removes the validation date of the first fiche. */
  NOR_FICHES_VALIDATED(c -> fromDiagnosis(c) && hasFiche(c),
      c -> fiche(c, 0, f -> ActionSheet.builder().mergeFrom(f).validatedOn(Optional.empty()).build())),
  /** Removes the first signatory's signature from the first amendment, or adds an amendment only it signed. */
  NOR_AMENDMENT_SIGNED(Edits::canBreakAmendments, Edits::breakAmendmentSignatures),
  /** Removes the activity report of one judged year (signature → end). */
  NOR_ANNUAL_REPORT(c -> !signatureYears(c).isEmpty(), c -> removeReports(c, true)),
  /** Removes the financial report of one judged year (signature → end). */
  NOR_ANNUAL_FINANCIAL(c -> !signatureYears(c).isEmpty(), c -> removeReports(c, false)),
  /** Removes a fiche's indicator values of one judged year. */
  NOR_INDICATOR_FOLLOW_UP(c -> ficheYearWithValues(c).isPresent(), Edits::removeIndicatorValues),
  /** Removes every final evaluation (once ended, or in the last 12 months). */
  NOR_FINAL_EVALUATION(Edits::endWindow, Edits::removeFinalEvaluations),

  /** Makes the territory a whole département. */
  OCC_TERRITORY(c -> true, Edits::departementScale),
  /** Removes the « portrait de santé » from a completed diagnosis. */
  OCC_DIAGNOSIS_PORTRAITS(Edits::diagnosisCompleted, Edits::removePortrait),
  /** Removes the PRS from a completed diagnosis's frameworks. */
  OCC_DIAGNOSIS_PRS(Edits::diagnosisCompleted, Edits::removePrs),
  /** Turns every coordinator into a technician. */
  OCC_COORDINATOR_DEDICATED(Edits::fromDiagnosis, c -> retypeRoles(c, RoleKind.COORDINATOR, RoleKind.TECHNICIAN)),
  /** Keeps a single funder of the coordination on the check date. */
  OCC_COORDINATOR_FUNDING(Edits::fromDiagnosis, Edits::singleFunder),
  /** Turns every COPIL into a working group (a merged body into a COTECH). */
  OCC_COPIL_EXISTS(c -> fromDiagnosis(c) && hasBody(c, BodyKind::countsAsCopil),
      c -> retypeBodies(c, BodyKind.COPIL, BodyKind.WORKING_GROUP, BodyKind.COTECH)),
  /** Turns every COTECH into a working group (a merged body into a COPIL). */
  OCC_COTECH_EXISTS(c -> fromDiagnosis(c) && hasBody(c, BodyKind::countsAsCotech),
      c -> retypeBodies(c, BodyKind.COTECH, BodyKind.WORKING_GROUP, BodyKind.COPIL)),
  /** Ends the COTECH membership of the ARS's people (else the last signatory's) before the check date. */
  OCC_PROJECT_TEAM(c -> fromSignature(c) && hasBody(c, BodyKind::countsAsCotech)
      && !c.contract().signatories().isEmpty(), Edits::signatoryLeavesCotech),
  /** Removes the validation of the programmings covering the first judged year (signature → end). */
  OCC_ANNUAL_PROGRAMMING(c -> !signatureYears(c).isEmpty(), Edits::unvalidatedProgramming);

  private final Predicate<ContractAtDate> applies;
  private final UnaryOperator<ContractAtDate> edit;

  Breakage(Predicate<ContractAtDate> applies, UnaryOperator<ContractAtDate> edit) {
    this.applies = applies;
    this.edit = edit;
  }

  /** @return the id of the clause this breakage breaks, e.g. "NOR-COPIL-ANNUAL" */
  public String clauseId() {
    return name().replace('_', '-');
  }

  /** @return the pack the clause belongs to: "socle", "normandie" or "occitanie" */
  public String pack() {
    return name().startsWith("SOC_") ? "socle" : name().startsWith("NOR_") ? "normandie" : "occitanie";
  }

  /**
   * @param c a contract at a date
   * @return whether {@link #apply} changes it so that the clause's check fails while the clause applies
   */
  public boolean appliesTo(ContractAtDate c) {
    return applies.test(c);
  }

  /**
   * @param c a contract at a date, typically a conforming one
   * @return the contract broken for this clause on the same date, or {@code c} itself when the breakage does
   *     not apply (see {@link #appliesTo})
   */
  public ContractAtDate apply(ContractAtDate c) {
    return appliesTo(c) ? edit.apply(c) : c;
  }

  /**
   * @param base contracts at dates, typically {@link Contracts#conformingNormandie()}
   * @param b the breakage
   * @return the base contracts the breakage applies to, broken by it (others are filtered out)
   */
  public static Arbitrary<ContractAtDate> broken(Arbitrary<ContractAtDate> base, Breakage b) {
    return base.filter(b::appliesTo).map(b::apply);
  }

  /**
   * @param clauseId a clause id, e.g. "NOR-COPIL-ANNUAL"
   * @return the breakage of that clause
   * @throws IllegalArgumentException when there is none
   */
  public static Breakage of(String clauseId) {
    return valueOf(clauseId.replace('-', '_'));
  }
}
