package io.github.clsante.cls.rules;

import io.github.clsante.cls.testkit.Breakage;
import io.github.clsante.cls.testkit.ContractAtDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The Normandie clauses on the way to the signature and on the plan and its follow-up (letter of intent,
 * pre-signature period, diagnosis content, axes, pilots, indicators, fiches validated, amendments, annual
 * reports, financial reports, indicator follow-up, final evaluation) stated as properties, independently of
 * the DRL.
 *
 * <p>Each clause has two properties. {@code NOR_X} states the clause: over random contracts at dates (every
 * phase), conforming Normandie contracts and conforming ones broken for the clause, the rule's findings are
 * exactly those its oracle function in {@link NormandiePlanClauses} (named by the clause id) computes from the model and
 * CLAUSES.md, as (rule, severity, to-do, element, path, year, arguments); a run must see the clause both
 * satisfied and violated. {@code NOR_X_breakage} checks that {@code Breakage.NOR_X} applied to conforming
 * contracts it applies to gives at least one finding of the clause.
 */
class NormandiePlanProperties {

  // NOR-LETTER-OF-INTENT: a letter of intent is dated on or before the diagnosis start [diagnosis, ERROR]

  @Property
  @Label("NOR-LETTER-OF-INTENT — « In fine : transmission à l'ARS d'une lettre d'intention des élus »")
  void NOR_LETTER_OF_INTENT(@ForAll("letterOfIntent") ContractAtDate c) {
    ClauseCheck.assertClause("NOR-LETTER-OF-INTENT", c);
  }

  @Property
  @Label("NOR-LETTER-OF-INTENT — broken by Breakage.NOR_LETTER_OF_INTENT: at least one finding")
  void NOR_LETTER_OF_INTENT_breakage(@ForAll("letterOfIntentBroken") ContractAtDate c) {
    ClauseCheck.assertBroken(Breakage.NOR_LETTER_OF_INTENT, c);
  }

  @Provide
  Arbitrary<ContractAtDate> letterOfIntent() {
    return ClauseCheck.mixed(Breakage.NOR_LETTER_OF_INTENT);
  }

  @Provide
  Arbitrary<ContractAtDate> letterOfIntentBroken() {
    return ClauseCheck.broken(Breakage.NOR_LETTER_OF_INTENT);
  }

  // NOR-PRESIGNATURE-PERIOD: from the engagement (else the letter of intent, else the diagnosis start) to signature: 6 to 12 months [signature, WARNING]

  @Property
  @Label("NOR-PRESIGNATURE-PERIOD — « Avant la signature : 6 mois à 1 an »")
  void NOR_PRESIGNATURE_PERIOD(@ForAll("presignaturePeriod") ContractAtDate c) {
    ClauseCheck.assertClause("NOR-PRESIGNATURE-PERIOD", c);
  }

  @Property
  @Label("NOR-PRESIGNATURE-PERIOD — broken by Breakage.NOR_PRESIGNATURE_PERIOD: at least one finding")
  void NOR_PRESIGNATURE_PERIOD_breakage(@ForAll("presignaturePeriodBroken") ContractAtDate c) {
    ClauseCheck.assertBroken(Breakage.NOR_PRESIGNATURE_PERIOD, c);
  }

  @Provide
  Arbitrary<ContractAtDate> presignaturePeriod() {
    return ClauseCheck.mixed(Breakage.NOR_PRESIGNATURE_PERIOD);
  }

  @Provide
  Arbitrary<ContractAtDate> presignaturePeriodBroken() {
    return ClauseCheck.broken(Breakage.NOR_PRESIGNATURE_PERIOD);
  }

  // NOR-DIAGNOSIS-CONTENT: a completed diagnosis records the four elements; one finding per missing element [always, WARNING]

  @Property
  @Label("NOR-DIAGNOSIS-CONTENT — « recueillir les données quantitatives et qualitatives » ; « croiser avec les politiques déjà existantes sur le territoire » ; « identifier les ressources locales » ; « recueillir les avis et les attentes des acteurs du territoire »")
  void NOR_DIAGNOSIS_CONTENT(@ForAll("diagnosisContent") ContractAtDate c) {
    ClauseCheck.assertClause("NOR-DIAGNOSIS-CONTENT", c);
  }

  @Property
  @Label("NOR-DIAGNOSIS-CONTENT — broken by Breakage.NOR_DIAGNOSIS_CONTENT: at least one finding")
  void NOR_DIAGNOSIS_CONTENT_breakage(@ForAll("diagnosisContentBroken") ContractAtDate c) {
    ClauseCheck.assertBroken(Breakage.NOR_DIAGNOSIS_CONTENT, c);
  }

  @Provide
  Arbitrary<ContractAtDate> diagnosisContent() {
    return ClauseCheck.mixed(Breakage.NOR_DIAGNOSIS_CONTENT);
  }

  @Provide
  Arbitrary<ContractAtDate> diagnosisContentBroken() {
    return ClauseCheck.broken(Breakage.NOR_DIAGNOSIS_CONTENT);
  }

  // NOR-AXES: the plan has ≥ 1 axis and every fiche belongs to one [signature (to-do), ERROR]

  @Property
  @Label("NOR-AXES — « le plan d'action : … définira une stratégie et des priorités (axes) »")
  void NOR_AXES(@ForAll("axes") ContractAtDate c) {
    ClauseCheck.assertClause("NOR-AXES", c);
  }

  @Property
  @Label("NOR-AXES — broken by Breakage.NOR_AXES: at least one finding")
  void NOR_AXES_breakage(@ForAll("axesBroken") ContractAtDate c) {
    ClauseCheck.assertBroken(Breakage.NOR_AXES, c);
  }

  @Provide
  Arbitrary<ContractAtDate> axes() {
    return ClauseCheck.mixed(Breakage.NOR_AXES);
  }

  @Provide
  Arbitrary<ContractAtDate> axesBroken() {
    return ClauseCheck.broken(Breakage.NOR_AXES);
  }

  // NOR-ACTION-PILOT: every fiche has a pilot; one finding per fiche [signature (to-do), ERROR]

  @Property
  @Label("NOR-ACTION-PILOT — « Chaque fiche action du CLS aura un pilote d'action identifié »")
  void NOR_ACTION_PILOT(@ForAll("actionPilot") ContractAtDate c) {
    ClauseCheck.assertClause("NOR-ACTION-PILOT", c);
  }

  @Property
  @Label("NOR-ACTION-PILOT — broken by Breakage.NOR_ACTION_PILOT: at least one finding")
  void NOR_ACTION_PILOT_breakage(@ForAll("actionPilotBroken") ContractAtDate c) {
    ClauseCheck.assertBroken(Breakage.NOR_ACTION_PILOT, c);
  }

  @Provide
  Arbitrary<ContractAtDate> actionPilot() {
    return ClauseCheck.mixed(Breakage.NOR_ACTION_PILOT);
  }

  @Provide
  Arbitrary<ContractAtDate> actionPilotBroken() {
    return ClauseCheck.broken(Breakage.NOR_ACTION_PILOT);
  }

  // NOR-PILOT-NOT-COORDINATOR: no fiche is piloted by a coordinator of the CLS; one finding per fiche [always, WARNING]

  @Property
  @Label("NOR-PILOT-NOT-COORDINATOR — « Celui-ci n'est, en priorité, pas le Coordinateur »")
  void NOR_PILOT_NOT_COORDINATOR(@ForAll("pilotNotCoordinator") ContractAtDate c) {
    ClauseCheck.assertClause("NOR-PILOT-NOT-COORDINATOR", c);
  }

  @Property
  @Label("NOR-PILOT-NOT-COORDINATOR — broken by Breakage.NOR_PILOT_NOT_COORDINATOR: at least one finding")
  void NOR_PILOT_NOT_COORDINATOR_breakage(@ForAll("pilotNotCoordinatorBroken") ContractAtDate c) {
    ClauseCheck.assertBroken(Breakage.NOR_PILOT_NOT_COORDINATOR, c);
  }

  @Provide
  Arbitrary<ContractAtDate> pilotNotCoordinator() {
    return ClauseCheck.mixed(Breakage.NOR_PILOT_NOT_COORDINATOR);
  }

  @Provide
  Arbitrary<ContractAtDate> pilotNotCoordinatorBroken() {
    return ClauseCheck.broken(Breakage.NOR_PILOT_NOT_COORDINATOR);
  }

  // NOR-ACTION-INDICATORS: every fiche has ≥ 1 indicator; one finding per fiche [signature (to-do), ERROR]

  @Property
  @Label("NOR-ACTION-INDICATORS — « les actions doivent être sélectionnées au regard de leur caractère réalisable et évaluable » ; « en se basant sur les indicateurs définis dans chaque fiche action »")
  void NOR_ACTION_INDICATORS(@ForAll("actionIndicators") ContractAtDate c) {
    ClauseCheck.assertClause("NOR-ACTION-INDICATORS", c);
  }

  @Property
  @Label("NOR-ACTION-INDICATORS — broken by Breakage.NOR_ACTION_INDICATORS: at least one finding")
  void NOR_ACTION_INDICATORS_breakage(@ForAll("actionIndicatorsBroken") ContractAtDate c) {
    ClauseCheck.assertBroken(Breakage.NOR_ACTION_INDICATORS, c);
  }

  @Provide
  Arbitrary<ContractAtDate> actionIndicators() {
    return ClauseCheck.mixed(Breakage.NOR_ACTION_INDICATORS);
  }

  @Provide
  Arbitrary<ContractAtDate> actionIndicatorsBroken() {
    return ClauseCheck.broken(Breakage.NOR_ACTION_INDICATORS);
  }

  // NOR-FICHES-VALIDATED: every fiche was validated on or before the signature date, or, for a fiche added by an amendment, on or before that amendment's date; one finding per fiche [signature (to-do), ERROR]

  @Property
  @Label("NOR-FICHES-VALIDATED — « une fois l'ensemble des fiches validées, la collectivité organise la signature du CLS »")
  void NOR_FICHES_VALIDATED(@ForAll("fichesValidated") ContractAtDate c) {
    ClauseCheck.assertClause("NOR-FICHES-VALIDATED", c);
  }

  @Property
  @Label("NOR-FICHES-VALIDATED — broken by Breakage.NOR_FICHES_VALIDATED: at least one finding")
  void NOR_FICHES_VALIDATED_breakage(@ForAll("fichesValidatedBroken") ContractAtDate c) {
    ClauseCheck.assertBroken(Breakage.NOR_FICHES_VALIDATED, c);
  }

  @Provide
  Arbitrary<ContractAtDate> fichesValidated() {
    return ClauseCheck.mixed(Breakage.NOR_FICHES_VALIDATED);
  }

  @Provide
  Arbitrary<ContractAtDate> fichesValidatedBroken() {
    return ClauseCheck.broken(Breakage.NOR_FICHES_VALIDATED);
  }

  // NOR-AMENDMENT-SIGNED: every amendment bears the signature of every signatory; one finding per amendment [always, ERROR]

  @Property
  @Label("NOR-AMENDMENT-SIGNED — « Un avenant au CLS intégrant ces modifications est alors rédigé et paraphé par l'ensemble des signataires du CLS »")
  void NOR_AMENDMENT_SIGNED(@ForAll("amendmentSigned") ContractAtDate c) {
    ClauseCheck.assertClause("NOR-AMENDMENT-SIGNED", c);
  }

  @Property
  @Label("NOR-AMENDMENT-SIGNED — broken by Breakage.NOR_AMENDMENT_SIGNED: at least one finding")
  void NOR_AMENDMENT_SIGNED_breakage(@ForAll("amendmentSignedBroken") ContractAtDate c) {
    ClauseCheck.assertBroken(Breakage.NOR_AMENDMENT_SIGNED, c);
  }

  @Provide
  Arbitrary<ContractAtDate> amendmentSigned() {
    return ClauseCheck.mixed(Breakage.NOR_AMENDMENT_SIGNED);
  }

  @Provide
  Arbitrary<ContractAtDate> amendmentSignedBroken() {
    return ClauseCheck.broken(Breakage.NOR_AMENDMENT_SIGNED);
  }

  // NOR-ANNUAL-REPORT: each judged year has an activity report [years: signature → end, ERROR]

  @Property
  @Label("NOR-ANNUAL-REPORT — « Il est attendu un suivi régulier, au minimum annuel, de la mise en œuvre des actions » ; « la rédaction d'un rapport d'activité annuel »")
  void NOR_ANNUAL_REPORT(@ForAll("annualReport") ContractAtDate c) {
    ClauseCheck.assertClause("NOR-ANNUAL-REPORT", c);
  }

  @Property
  @Label("NOR-ANNUAL-REPORT — broken by Breakage.NOR_ANNUAL_REPORT: at least one finding")
  void NOR_ANNUAL_REPORT_breakage(@ForAll("annualReportBroken") ContractAtDate c) {
    ClauseCheck.assertBroken(Breakage.NOR_ANNUAL_REPORT, c);
  }

  @Provide
  Arbitrary<ContractAtDate> annualReport() {
    return ClauseCheck.mixed(Breakage.NOR_ANNUAL_REPORT);
  }

  @Provide
  Arbitrary<ContractAtDate> annualReportBroken() {
    return ClauseCheck.broken(Breakage.NOR_ANNUAL_REPORT);
  }

  // NOR-ANNUAL-FINANCIAL: each judged year has a financial report [years: signature → end, ERROR when the coordination is co-financed, else WARNING]

  @Property
  @Label("NOR-ANNUAL-FINANCIAL — « la présentation d'un bilan financier annuel, notamment en cas de cofinancement du poste de coordination »")
  void NOR_ANNUAL_FINANCIAL(@ForAll("annualFinancial") ContractAtDate c) {
    ClauseCheck.assertClause("NOR-ANNUAL-FINANCIAL", c);
  }

  @Property
  @Label("NOR-ANNUAL-FINANCIAL — broken by Breakage.NOR_ANNUAL_FINANCIAL: at least one finding")
  void NOR_ANNUAL_FINANCIAL_breakage(@ForAll("annualFinancialBroken") ContractAtDate c) {
    ClauseCheck.assertBroken(Breakage.NOR_ANNUAL_FINANCIAL, c);
  }

  @Provide
  Arbitrary<ContractAtDate> annualFinancial() {
    return ClauseCheck.mixed(Breakage.NOR_ANNUAL_FINANCIAL);
  }

  @Provide
  Arbitrary<ContractAtDate> annualFinancialBroken() {
    return ClauseCheck.broken(Breakage.NOR_ANNUAL_FINANCIAL);
  }

  // NOR-INDICATOR-FOLLOW-UP: each fiche has ≥ 1 indicator value for each judged year; one finding per fiche and year [years: signature → end, WARNING]

  @Property
  @Label("NOR-INDICATOR-FOLLOW-UP — « Il est attendu un suivi régulier, au minimum annuel, de la mise en œuvre des actions, en se basant sur les indicateurs définis dans chaque fiche action »")
  void NOR_INDICATOR_FOLLOW_UP(@ForAll("indicatorFollowUp") ContractAtDate c) {
    ClauseCheck.assertClause("NOR-INDICATOR-FOLLOW-UP", c);
  }

  @Property
  @Label("NOR-INDICATOR-FOLLOW-UP — broken by Breakage.NOR_INDICATOR_FOLLOW_UP: at least one finding")
  void NOR_INDICATOR_FOLLOW_UP_breakage(@ForAll("indicatorFollowUpBroken") ContractAtDate c) {
    ClauseCheck.assertBroken(Breakage.NOR_INDICATOR_FOLLOW_UP, c);
  }

  @Provide
  Arbitrary<ContractAtDate> indicatorFollowUp() {
    return ClauseCheck.mixed(Breakage.NOR_INDICATOR_FOLLOW_UP);
  }

  @Provide
  Arbitrary<ContractAtDate> indicatorFollowUpBroken() {
    return ClauseCheck.broken(Breakage.NOR_INDICATOR_FOLLOW_UP);
  }

  // NOR-FINAL-EVALUATION: a final evaluation dated within the last 12 months up to the end date, supervised by the COPIL [end (to-do), ERROR]

  @Property
  @Label("NOR-FINAL-EVALUATION — « au cours de la dernière année du CLS, une évaluation finale est réalisée sous la supervision du comité de pilotage »")
  void NOR_FINAL_EVALUATION(@ForAll("finalEvaluation") ContractAtDate c) {
    ClauseCheck.assertClause("NOR-FINAL-EVALUATION", c);
  }

  @Property
  @Label("NOR-FINAL-EVALUATION — broken by Breakage.NOR_FINAL_EVALUATION: at least one finding")
  void NOR_FINAL_EVALUATION_breakage(@ForAll("finalEvaluationBroken") ContractAtDate c) {
    ClauseCheck.assertBroken(Breakage.NOR_FINAL_EVALUATION, c);
  }

  @Provide
  Arbitrary<ContractAtDate> finalEvaluation() {
    return ClauseCheck.mixed(Breakage.NOR_FINAL_EVALUATION);
  }

  @Provide
  Arbitrary<ContractAtDate> finalEvaluationBroken() {
    return ClauseCheck.broken(Breakage.NOR_FINAL_EVALUATION);
  }
}
