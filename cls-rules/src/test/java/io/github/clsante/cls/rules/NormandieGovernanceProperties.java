package io.github.clsante.cls.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.calendar.Phase;
import io.github.clsante.cls.rules.oracle.NormandieEdges;
import io.github.clsante.cls.testkit.Breakage;
import io.github.clsante.cls.testkit.ContractAtDate;
import io.github.clsante.cls.testkit.Contracts;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The Normandie governance clauses (COPIL, COTECH, merged bodies, minutes, coordination, élu référent,
 * coordinator's employer) stated as properties, independently of the DRL.
 *
 * <p>Each clause has two properties. {@code NOR_X} states the clause: over random contracts at dates (every
 * phase), conforming Normandie contracts and conforming ones broken for the clause, the rule's findings are
 * exactly those its oracle function in {@link NormandieGovernanceClauses} (named by the clause id) computes from the model and
 * CLAUSES.md, as (rule, severity, to-do, element, path, year, arguments); a run must see the clause both
 * satisfied and violated. {@code NOR_X_breakage} checks that {@code Breakage.NOR_X} applied to conforming
 * contracts it applies to gives at least one finding of the clause.
 */
class NormandieGovernanceProperties {

  @Property
  @Label("Conforming Normandie contracts give no ERROR and no WARNING finding, in any phase")
  void conformingNormandieHasNoErrorOrWarning(@ForAll("conforming") ContractAtDate c) {
    Statistics.label("phase").collect(c.phase());
    Statistics.label("phase").coverage(cov -> {
      for (Phase p : Phase.values()) {
        cov.check(p).count(n -> n > 0);
      }
    });
    assertThat(ClauseCheck.errorsAndWarnings("normandie", c)).as("%s", c).isEmpty();
  }

  @Provide
  Arbitrary<ContractAtDate> conforming() {
    return Contracts.conformingNormandie();
  }

  // NOR-COORDINATOR-EMPLOYER, targeted: a coordinator holding a second, concurrent coordinator role employed
  // elsewhere, listed after a role employed by the signatory collectivité. The clause is per coordinator; the
  // verdict must not depend on the order in which the document lists the person's roles.

  @Property
  @Label("NOR-COORDINATOR-EMPLOYER — « même si le Coordinateur est placé juridiquement et hiérarchiquement sous la responsabilité de la collectivité territoriale » — a second coordinator role employed elsewhere")
  void NOR_COORDINATOR_EMPLOYER_secondRole(@ForAll("coordinatorWithSecondRole") ContractAtDate c) {
    ClauseCheck.assertOracle("NOR-COORDINATOR-EMPLOYER", c);
  }

  @Provide
  Arbitrary<ContractAtDate> coordinatorWithSecondRole() {
    return Contracts.conformingNormandie()
        .filter(c -> c.phase().compareTo(Phase.DIAGNOSIS_AND_PLANNING) >= 0)
        .map(NormandieEdges::secondCoordinatorRoleElsewhere);
  }

  // NOR-COPIL-EXISTS: a COPIL is instituted [signature (to-do), ERROR]

  @Property
  @Label("NOR-COPIL-EXISTS — « Un Comité de pilotage (COPIL) : l'instance stratégique, de décision » ; « il est essentiel de mettre en place une coordination du CLS identifiée par tous ainsi qu'une gouvernance »")
  void NOR_COPIL_EXISTS(@ForAll("copilExists") ContractAtDate c) {
    ClauseCheck.assertClause("NOR-COPIL-EXISTS", c);
  }

  @Property
  @Label("NOR-COPIL-EXISTS — broken by Breakage.NOR_COPIL_EXISTS: at least one finding")
  void NOR_COPIL_EXISTS_breakage(@ForAll("copilExistsBroken") ContractAtDate c) {
    ClauseCheck.assertBroken(Breakage.NOR_COPIL_EXISTS, c);
  }

  @Provide
  Arbitrary<ContractAtDate> copilExists() {
    return ClauseCheck.mixed(Breakage.NOR_COPIL_EXISTS);
  }

  @Provide
  Arbitrary<ContractAtDate> copilExistsBroken() {
    return ClauseCheck.broken(Breakage.NOR_COPIL_EXISTS);
  }

  // NOR-COPIL-CHAIR: the COPIL is chaired by the élu référent du CLS [signature (to-do), WARNING]

  @Property
  @Label("NOR-COPIL-CHAIR — « piloté par la collectivité (élu référent du CLS) »")
  void NOR_COPIL_CHAIR(@ForAll("copilChair") ContractAtDate c) {
    ClauseCheck.assertClause("NOR-COPIL-CHAIR", c);
  }

  @Property
  @Label("NOR-COPIL-CHAIR — broken by Breakage.NOR_COPIL_CHAIR: at least one finding")
  void NOR_COPIL_CHAIR_breakage(@ForAll("copilChairBroken") ContractAtDate c) {
    ClauseCheck.assertBroken(Breakage.NOR_COPIL_CHAIR, c);
  }

  @Provide
  Arbitrary<ContractAtDate> copilChair() {
    return ClauseCheck.mixed(Breakage.NOR_COPIL_CHAIR);
  }

  @Provide
  Arbitrary<ContractAtDate> copilChairBroken() {
    return ClauseCheck.broken(Breakage.NOR_COPIL_CHAIR);
  }

  // NOR-COPIL-MEMBERS: every signatory has a member in the COPIL, and the élu référent is a member; one finding per signatory missing, one if the élu référent is missing [signature, WARNING]

  @Property
  @Label("NOR-COPIL-MEMBERS — « Il pourra être composé à minima des partenaires signataires du CLS, dont les élus de la collectivité en charge de la thématique santé (élu référent du CLS) »")
  void NOR_COPIL_MEMBERS(@ForAll("copilMembers") ContractAtDate c) {
    ClauseCheck.assertClause("NOR-COPIL-MEMBERS", c);
  }

  @Property
  @Label("NOR-COPIL-MEMBERS — broken by Breakage.NOR_COPIL_MEMBERS: at least one finding")
  void NOR_COPIL_MEMBERS_breakage(@ForAll("copilMembersBroken") ContractAtDate c) {
    ClauseCheck.assertBroken(Breakage.NOR_COPIL_MEMBERS, c);
  }

  @Provide
  Arbitrary<ContractAtDate> copilMembers() {
    return ClauseCheck.mixed(Breakage.NOR_COPIL_MEMBERS);
  }

  @Provide
  Arbitrary<ContractAtDate> copilMembersBroken() {
    return ClauseCheck.broken(Breakage.NOR_COPIL_MEMBERS);
  }

  // NOR-COPIL-ANNUAL: each judged year has ≥ 1 COPIL meeting [years: diagnosis start → end, ERROR]

  @Property
  @Label("NOR-COPIL-ANNUAL — « Il se réunit durant toute la durée du CLS (de la phase diagnostic à la phase d'évaluation) à minima une fois par an »")
  void NOR_COPIL_ANNUAL(@ForAll("copilAnnual") ContractAtDate c) {
    ClauseCheck.assertClause("NOR-COPIL-ANNUAL", c);
  }

  @Property
  @Label("NOR-COPIL-ANNUAL — broken by Breakage.NOR_COPIL_ANNUAL: at least one finding")
  void NOR_COPIL_ANNUAL_breakage(@ForAll("copilAnnualBroken") ContractAtDate c) {
    ClauseCheck.assertBroken(Breakage.NOR_COPIL_ANNUAL, c);
  }

  @Provide
  Arbitrary<ContractAtDate> copilAnnual() {
    return ClauseCheck.mixed(Breakage.NOR_COPIL_ANNUAL);
  }

  @Provide
  Arbitrary<ContractAtDate> copilAnnualBroken() {
    return ClauseCheck.broken(Breakage.NOR_COPIL_ANNUAL);
  }

  // NOR-COTECH-EXISTS: a COTECH is instituted [signature (to-do), ERROR]

  @Property
  @Label("NOR-COTECH-EXISTS — « Un Comité technique (COTECH) : l'instance technique » ; « mise en place d'instances de gouvernance : COTECH / COPIL »")
  void NOR_COTECH_EXISTS(@ForAll("cotechExists") ContractAtDate c) {
    ClauseCheck.assertClause("NOR-COTECH-EXISTS", c);
  }

  @Property
  @Label("NOR-COTECH-EXISTS — broken by Breakage.NOR_COTECH_EXISTS: at least one finding")
  void NOR_COTECH_EXISTS_breakage(@ForAll("cotechExistsBroken") ContractAtDate c) {
    ClauseCheck.assertBroken(Breakage.NOR_COTECH_EXISTS, c);
  }

  @Provide
  Arbitrary<ContractAtDate> cotechExists() {
    return ClauseCheck.mixed(Breakage.NOR_COTECH_EXISTS);
  }

  @Provide
  Arbitrary<ContractAtDate> cotechExistsBroken() {
    return ClauseCheck.broken(Breakage.NOR_COTECH_EXISTS);
  }

  // NOR-COTECH-FACILITATOR: the COTECH is facilitated by a coordinator of the CLS [signature (to-do), WARNING]

  @Property
  @Label("NOR-COTECH-FACILITATOR — « Il est animé par le Coordinateur »")
  void NOR_COTECH_FACILITATOR(@ForAll("cotechFacilitator") ContractAtDate c) {
    ClauseCheck.assertClause("NOR-COTECH-FACILITATOR", c);
  }

  @Property
  @Label("NOR-COTECH-FACILITATOR — broken by Breakage.NOR_COTECH_FACILITATOR: at least one finding")
  void NOR_COTECH_FACILITATOR_breakage(@ForAll("cotechFacilitatorBroken") ContractAtDate c) {
    ClauseCheck.assertBroken(Breakage.NOR_COTECH_FACILITATOR, c);
  }

  @Provide
  Arbitrary<ContractAtDate> cotechFacilitator() {
    return ClauseCheck.mixed(Breakage.NOR_COTECH_FACILITATOR);
  }

  @Provide
  Arbitrary<ContractAtDate> cotechFacilitatorBroken() {
    return ClauseCheck.broken(Breakage.NOR_COTECH_FACILITATOR);
  }

  // NOR-COTECH-ANNUAL: each judged year has ≥ 1 COTECH meeting [years: diagnosis start → end, ERROR]

  @Property
  @Label("NOR-COTECH-ANNUAL — « se réunit à minima 1 fois par an »")
  void NOR_COTECH_ANNUAL(@ForAll("cotechAnnual") ContractAtDate c) {
    ClauseCheck.assertClause("NOR-COTECH-ANNUAL", c);
  }

  @Property
  @Label("NOR-COTECH-ANNUAL — broken by Breakage.NOR_COTECH_ANNUAL: at least one finding")
  void NOR_COTECH_ANNUAL_breakage(@ForAll("cotechAnnualBroken") ContractAtDate c) {
    ClauseCheck.assertBroken(Breakage.NOR_COTECH_ANNUAL, c);
  }

  @Provide
  Arbitrary<ContractAtDate> cotechAnnual() {
    return ClauseCheck.mixed(Breakage.NOR_COTECH_ANNUAL);
  }

  @Provide
  Arbitrary<ContractAtDate> cotechAnnualBroken() {
    return ClauseCheck.broken(Breakage.NOR_COTECH_ANNUAL);
  }

  // NOR-COTECH-IDEAL: no judged year has exactly 1 COTECH meeting (4 or more is fine) [years: diagnosis start → end, WARNING]

  @Property
  @Label("NOR-COTECH-IDEAL — « (et idéalement 2 à 3 fois par an) »")
  void NOR_COTECH_IDEAL(@ForAll("cotechIdeal") ContractAtDate c) {
    ClauseCheck.assertClause("NOR-COTECH-IDEAL", c);
  }

  @Property
  @Label("NOR-COTECH-IDEAL — broken by Breakage.NOR_COTECH_IDEAL: at least one finding")
  void NOR_COTECH_IDEAL_breakage(@ForAll("cotechIdealBroken") ContractAtDate c) {
    ClauseCheck.assertBroken(Breakage.NOR_COTECH_IDEAL, c);
  }

  @Provide
  Arbitrary<ContractAtDate> cotechIdeal() {
    return ClauseCheck.mixed(Breakage.NOR_COTECH_IDEAL);
  }

  @Provide
  Arbitrary<ContractAtDate> cotechIdealBroken() {
    return ClauseCheck.broken(Breakage.NOR_COTECH_IDEAL);
  }

  // NOR-MERGED-BODIES: a merged COPIL+COTECH body only where the territory is in politique de la ville and the ASV programming is fully integrated [always, ERROR]

  @Property
  @Label("NOR-MERGED-BODIES — « Cas particulier pour les territoires inscrits en politique de la ville : possibilité de mutualiser les instances techniques et de pilotage à partir du moment où la programmation de l'Atelier santé ville est complétement intégrée à celle du CLS »")
  void NOR_MERGED_BODIES(@ForAll("mergedBodies") ContractAtDate c) {
    ClauseCheck.assertClause("NOR-MERGED-BODIES", c);
  }

  @Property
  @Label("NOR-MERGED-BODIES — broken by Breakage.NOR_MERGED_BODIES: at least one finding")
  void NOR_MERGED_BODIES_breakage(@ForAll("mergedBodiesBroken") ContractAtDate c) {
    ClauseCheck.assertBroken(Breakage.NOR_MERGED_BODIES, c);
  }

  @Provide
  Arbitrary<ContractAtDate> mergedBodies() {
    return ClauseCheck.mixed(Breakage.NOR_MERGED_BODIES);
  }

  @Provide
  Arbitrary<ContractAtDate> mergedBodiesBroken() {
    return ClauseCheck.broken(Breakage.NOR_MERGED_BODIES);
  }

  // NOR-MINUTES: each COPIL and COTECH meeting dated before the check date has minutes; one finding per meeting [always, WARNING]

  @Property
  @Label("NOR-MINUTES — « Le Coordinateur organise les instances et formalise les comptes-rendus »")
  void NOR_MINUTES(@ForAll("minutes") ContractAtDate c) {
    ClauseCheck.assertClause("NOR-MINUTES", c);
  }

  @Property
  @Label("NOR-MINUTES — broken by Breakage.NOR_MINUTES: at least one finding")
  void NOR_MINUTES_breakage(@ForAll("minutesBroken") ContractAtDate c) {
    ClauseCheck.assertBroken(Breakage.NOR_MINUTES, c);
  }

  @Provide
  Arbitrary<ContractAtDate> minutes() {
    return ClauseCheck.mixed(Breakage.NOR_MINUTES);
  }

  @Provide
  Arbitrary<ContractAtDate> minutesBroken() {
    return ClauseCheck.broken(Breakage.NOR_MINUTES);
  }

  // NOR-COORDINATION: at least one coordinator [diagnosis, ERROR]

  @Property
  @Label("NOR-COORDINATION — « l'installation d'instances de gouvernance et l'identification d'une coordination portée par un Coordinateur ou une équipe de coordination sont essentielles »")
  void NOR_COORDINATION(@ForAll("coordination") ContractAtDate c) {
    ClauseCheck.assertClause("NOR-COORDINATION", c);
  }

  @Property
  @Label("NOR-COORDINATION — broken by Breakage.NOR_COORDINATION: at least one finding")
  void NOR_COORDINATION_breakage(@ForAll("coordinationBroken") ContractAtDate c) {
    ClauseCheck.assertBroken(Breakage.NOR_COORDINATION, c);
  }

  @Provide
  Arbitrary<ContractAtDate> coordination() {
    return ClauseCheck.mixed(Breakage.NOR_COORDINATION);
  }

  @Provide
  Arbitrary<ContractAtDate> coordinationBroken() {
    return ClauseCheck.broken(Breakage.NOR_COORDINATION);
  }

  // NOR-ELU-REFERENT: an élu of a signatory collectivité holds the role élu référent du CLS [diagnosis, ERROR]

  @Property
  @Label("NOR-ELU-REFERENT — « il est attendu que cette coordination soit appuyée à minima : … par un élu désigné comme référent du CLS »")
  void NOR_ELU_REFERENT(@ForAll("eluReferent") ContractAtDate c) {
    ClauseCheck.assertClause("NOR-ELU-REFERENT", c);
  }

  @Property
  @Label("NOR-ELU-REFERENT — broken by Breakage.NOR_ELU_REFERENT: at least one finding")
  void NOR_ELU_REFERENT_breakage(@ForAll("eluReferentBroken") ContractAtDate c) {
    ClauseCheck.assertBroken(Breakage.NOR_ELU_REFERENT, c);
  }

  @Provide
  Arbitrary<ContractAtDate> eluReferent() {
    return ClauseCheck.mixed(Breakage.NOR_ELU_REFERENT);
  }

  @Provide
  Arbitrary<ContractAtDate> eluReferentBroken() {
    return ClauseCheck.broken(Breakage.NOR_ELU_REFERENT);
  }

  // NOR-COORDINATOR-EMPLOYER: each coordinator is employed by a signatory collectivité [diagnosis, WARNING]

  @Property
  @Label("NOR-COORDINATOR-EMPLOYER — « même si le Coordinateur est placé juridiquement et hiérarchiquement sous la responsabilité de la collectivité territoriale »")
  void NOR_COORDINATOR_EMPLOYER(@ForAll("coordinatorEmployer") ContractAtDate c) {
    ClauseCheck.assertClause("NOR-COORDINATOR-EMPLOYER", c);
  }

  @Property
  @Label("NOR-COORDINATOR-EMPLOYER — broken by Breakage.NOR_COORDINATOR_EMPLOYER: at least one finding")
  void NOR_COORDINATOR_EMPLOYER_breakage(@ForAll("coordinatorEmployerBroken") ContractAtDate c) {
    ClauseCheck.assertBroken(Breakage.NOR_COORDINATOR_EMPLOYER, c);
  }

  @Provide
  Arbitrary<ContractAtDate> coordinatorEmployer() {
    return ClauseCheck.mixed(Breakage.NOR_COORDINATOR_EMPLOYER);
  }

  @Provide
  Arbitrary<ContractAtDate> coordinatorEmployerBroken() {
    return ClauseCheck.broken(Breakage.NOR_COORDINATOR_EMPLOYER);
  }
}
