package io.github.clsante.cls.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.calendar.JudgedYears;
import io.github.clsante.cls.calendar.Phase;
import io.github.clsante.cls.model.Milestones;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Severity;
import io.github.clsante.cls.rules.oracle.AfterTheCheckDate;
import io.github.clsante.cls.rules.oracle.SettledEdges;
import io.github.clsante.cls.testkit.Breakage;
import io.github.clsante.cls.testkit.ContractAtDate;
import io.github.clsante.cls.testkit.Contracts;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The readings of CLAUSES.md settled on 2026-12-02, each stated as a property of the clause it changes, over
 * generators aimed at its edges ({@link SettledEdges}): the rule's findings are exactly those of the clause's
 * independent oracle (computed from the model and CLAUSES.md), every argument included, and each run must see
 * the clause both met and unmet.
 */
class SettledReadingsProperties {

  /**
   * Tries of the "as of the check date" properties: their generators aim at dates, so the clause itself is unmet in
   * as few as 2–17 % of the contracts; at 60 tries a run then saw no unmet case about once in twenty (a red build
   * on a fresh clone), at 200 about once in 30,000 at 5 %.
   */
  private static final int AS_OF_TRIES = 200;

  private static void socle(String ruleId, ContractAtDate c) {
    ClauseCheck.assertClause(ruleId, c);
  }

  // « A contract lasts exactly N years when its end date is the day before signature + N years (a contract signed
  // 2024-02-29 and ending 2029-02-28 lasts exactly 5 years); it lasts at least 3 years when signature + 3 years is
  // at most the day after its end, and at most 5 years when the day after its end is at most signature + 5 years. »

  @Property(tries = 150)
  @Label("SOC-DURATION — « (entre 3 et 5 ans) » ; « signé pour 3 ou 5 ans » — to the day, years added by the one rule (29 February + 1 year = 1 March)")
  void SOC_DURATION_toTheDay(@ForAll("durations") ContractAtDate c) {
    socle("SOC-DURATION", c);
  }

  @Provide
  Arbitrary<ContractAtDate> durations() {
    return SettledEdges.durationsToTheDay();
  }

  // « So a period from D to E lasts at least N months when D + N months ≤ E, and at most N months when E ≤ D + N
  // months: « 6 mois à 1 an » bounds the elapsed time to the day and includes both bounds (12 months and 1 day is
  // over, 6 months less 1 day is under). »

  @Property(tries = 150)
  @Label("NOR-PRESIGNATURE-PERIOD — « Avant la signature : 6 mois à 1 an » — to the day, both bounds included, months added by the one rule")
  void NOR_PRESIGNATURE_PERIOD_toTheDay(@ForAll("presignature") ContractAtDate c) {
    ClauseCheck.assertClause("NOR-PRESIGNATURE-PERIOD", c);
  }

  @Provide
  Arbitrary<ContractAtDate> presignature() {
    return SettledEdges.presignatureToTheDay();
  }

  // « "The last 12 months" of a contract are the days d up to and including the end date with d + 1 year later
  // than the end date (for an end on 2027-03-14 they start on 2026-03-15; for an end on 2028-02-29, on
  // 2027-03-01). »

  @Property(tries = 150)
  @Label("NOR-FINAL-EVALUATION — « au cours de la dernière année du CLS, une évaluation finale est réalisée sous la supervision du comité de pilotage » — the last 12 months by the one rule for adding years")
  void NOR_FINAL_EVALUATION_lastTwelveMonths(@ForAll("lastTwelveMonths") ContractAtDate c) {
    ClauseCheck.assertClause("NOR-FINAL-EVALUATION", c);
  }

  @Provide
  Arbitrary<ContractAtDate> lastTwelveMonths() {
    return SettledEdges.lastTwelveMonths();
  }

  // « A rule about an element that does not exist says nothing (no chair rule without a COPIL, no pilot rule
  // without fiches, no indicator follow-up for a fiche that has no indicator); the rule that requires the element
  // reports its absence. »

  @Property(tries = 100)
  @Label("NOR-INDICATOR-FOLLOW-UP — « Il est attendu un suivi régulier, au minimum annuel, de la mise en œuvre des actions, en se basant sur les indicateurs définis dans chaque fiche action » — a fiche without any indicator gets NOR-ACTION-INDICATORS only")
  void NOR_INDICATOR_FOLLOW_UP_ficheWithoutIndicator(@ForAll("ficheWithoutIndicator") ContractAtDate c) {
    String fiche = c.contract().actionPlan().fiches().get(0).id();
    ConformityReport report = Referentiels.byId("normandie").check(c.contract(), c.asOf());
    Milestones m = c.contract().milestones();
    int judged = JudgedYears.of(m.signature().orElseThrow(), m.end(), c.asOf()).size();
    Statistics.label("judged years of the fiche").collect(judged == 0 ? "none" : "some");
    Statistics.label("judged years of the fiche").coverage(k -> k.check("some").percentage(p -> p > 30));
    assertThat(report.findings("NOR-INDICATOR-FOLLOW-UP")).as("%s", c)
        .noneMatch(f -> f.elementId().equals(fiche));
    assertThat(report.findings("NOR-ACTION-INDICATORS")).as("%s", c)
        .filteredOn(f -> f.elementId().equals(fiche)).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    ClauseCheck.assertOracle("NOR-INDICATOR-FOLLOW-UP", c);
    ClauseCheck.assertOracle("NOR-ACTION-INDICATORS", c);
  }

  @Provide
  Arbitrary<ContractAtDate> ficheWithoutIndicator() {
    return Breakage.broken(Contracts.conformingNormandie()
        .filter(c -> c.phase().compareTo(Phase.IMPLEMENTATION_AND_EVALUATION) >= 0), Breakage.NOR_ACTION_INDICATORS);
  }

  // « As of the check date. A check judges the contract as it stood on the check date: whatever the document
  // dates after that day has not happened yet and does not count (a meeting, a report issued, a signature of the
  // contract or of an amendment, a validation, a supervision, an evaluation, a membership or role that starts
  // later). An amendment dated after the check date is not judged yet, and the fiches it adds do not exist yet
  // for any rule. … An element the document does not date … counts as it stands. »

  @Property(tries = 150)
  @Label("As of the check date — « whatever the document dates after that day has not happened yet and does not count »: adding only what is dated after the check date changes no finding of any rule, in either référentiel")
  void AS_OF_THE_CHECK_DATE_everyRule(@ForAll("later") AfterTheCheckDate.Pair p) {
    Statistics.label("dated after the check date").collect(p.edits().isEmpty() ? "none applicable" : p.edits().get(0));
    Statistics.label("documents differ").collect(!p.with().contract().equals(p.without().contract()));
    Statistics.label("documents differ").coverage(k -> k.check(true).percentage(x -> x > 60));
    for (String id : List.of("normandie", "occitanie")) {
      Referentiel r = Referentiels.byId(id);
      List<Comparable> with = Comparable.of(r.check(p.with().contract(), p.with().asOf()));
      List<Comparable> without = Comparable.of(r.check(p.without().contract(), p.without().asOf()));
      assertThat(with).as("%s on %s", id, p).containsExactlyElementsOf(without);
    }
  }

  /** A finding as a check reports it, messages and sources aside. */
  record Comparable(String ruleId, Severity severity, boolean toDo, String elementId, String path,
      Optional<Integer> year, Map<String, Object> arguments) {
    static List<Comparable> of(ConformityReport r) {
      return r.findings().stream().map(f -> new Comparable(f.ruleId(), f.severity(), f.isToDo(), f.elementId(),
          f.path(), f.year(), f.arguments())).toList();
    }
  }

  @Provide
  Arbitrary<AfterTheCheckDate.Pair> later() {
    return AfterTheCheckDate.pairs();
  }

  @Provide
  Arbitrary<ContractAtDate> completedLater() {
    return AfterTheCheckDate.diagnosisCompletedLater();
  }

  @Property(tries = AS_OF_TRIES)
  @Label("SOC-DIAGNOSIS-FIRST — « se structure d'abord par la réalisation d'un diagnostic local de santé » ; « fondée sur l'étape initiale : un diagnostic partagé » — as of the check date: a diagnosis whose completion is dated after the check date is not completed yet")
  void SOC_DIAGNOSIS_FIRST_asOfTheCheckDate(@ForAll("completedLater") ContractAtDate c) {
    socle("SOC-DIAGNOSIS-FIRST", c);
  }

  @Property(tries = AS_OF_TRIES)
  @Label("SOC-ACTION-FIELDS — « l'axe auquel il se rattache, ses enjeux, le public cible, son calendrier de réalisation, les résultats attendus, les partenaires et les moyens » — as of the check date: the fiches of an amendment dated after the check date do not exist yet")
  void SOC_ACTION_FIELDS_asOfTheCheckDate(@ForAll("later") AfterTheCheckDate.Pair p) {
    socle("SOC-ACTION-FIELDS", p.with());
  }

  @Property(tries = AS_OF_TRIES)
  @Label("SOC-MENTAL-HEALTH — « Les contrats locaux de santé comportent un volet consacré à la santé mentale, qui tient compte du projet territorial de santé mentale » — as of the check date: the fiches of an amendment dated after the check date do not exist yet")
  void SOC_MENTAL_HEALTH_asOfTheCheckDate(@ForAll("later") AfterTheCheckDate.Pair p) {
    socle("SOC-MENTAL-HEALTH", p.with());
  }

  @Property(tries = AS_OF_TRIES)
  @Label("NOR-AXES — « le plan d'action : … définira une stratégie et des priorités (axes) » — as of the check date: the fiches of an amendment dated after the check date do not exist yet")
  void NOR_AXES_asOfTheCheckDate(@ForAll("later") AfterTheCheckDate.Pair p) {
    ClauseCheck.assertClause("NOR-AXES", p.with());
  }

  @Property(tries = AS_OF_TRIES)
  @Label("NOR-ACTION-PILOT — « Chaque fiche action du CLS aura un pilote d'action identifié » — as of the check date: the fiches of an amendment dated after the check date do not exist yet")
  void NOR_ACTION_PILOT_asOfTheCheckDate(@ForAll("later") AfterTheCheckDate.Pair p) {
    ClauseCheck.assertClause("NOR-ACTION-PILOT", p.with());
  }

  @Property(tries = AS_OF_TRIES)
  @Label("NOR-PILOT-NOT-COORDINATOR — « Celui-ci n'est, en priorité, pas le Coordinateur » — as of the check date: the fiches of an amendment dated after the check date do not exist yet; a role that starts later is not held")
  void NOR_PILOT_NOT_COORDINATOR_asOfTheCheckDate(@ForAll("later") AfterTheCheckDate.Pair p) {
    ClauseCheck.assertClause("NOR-PILOT-NOT-COORDINATOR", p.with());
  }

  @Property(tries = AS_OF_TRIES)
  @Label("NOR-ACTION-INDICATORS — « les actions doivent être sélectionnées au regard de leur caractère réalisable et évaluable » ; « en se basant sur les indicateurs définis dans chaque fiche action » — as of the check date: the fiches of an amendment dated after the check date do not exist yet")
  void NOR_ACTION_INDICATORS_asOfTheCheckDate(@ForAll("later") AfterTheCheckDate.Pair p) {
    ClauseCheck.assertClause("NOR-ACTION-INDICATORS", p.with());
  }

  @Property(tries = AS_OF_TRIES)
  @Label("NOR-FICHES-VALIDATED — « une fois l'ensemble des fiches validées, la collectivité organise la signature du CLS » — as of the check date: a validation dated after the check date has not happened yet")
  void NOR_FICHES_VALIDATED_asOfTheCheckDate(@ForAll("later") AfterTheCheckDate.Pair p) {
    ClauseCheck.assertClause("NOR-FICHES-VALIDATED", p.with());
  }

  @Property(tries = AS_OF_TRIES)
  @Label("NOR-AMENDMENT-SIGNED — « Un avenant au CLS intégrant ces modifications est alors rédigé et paraphé par l'ensemble des signataires du CLS » — as of the check date: an amendment dated after the check date is not judged yet; a signature dated after it is not given yet")
  void NOR_AMENDMENT_SIGNED_asOfTheCheckDate(@ForAll("later") AfterTheCheckDate.Pair p) {
    ClauseCheck.assertClause("NOR-AMENDMENT-SIGNED", p.with());
  }

  @Property(tries = AS_OF_TRIES)
  @Label("NOR-ANNUAL-REPORT — « Il est attendu un suivi régulier, au minimum annuel, de la mise en œuvre des actions » ; « la rédaction d'un rapport d'activité annuel » — as of the check date: a report issued after the check date has not been issued yet")
  void NOR_ANNUAL_REPORT_asOfTheCheckDate(@ForAll("later") AfterTheCheckDate.Pair p) {
    ClauseCheck.assertClause("NOR-ANNUAL-REPORT", p.with());
  }

  @Property(tries = AS_OF_TRIES)
  @Label("NOR-ANNUAL-FINANCIAL — « la présentation d'un bilan financier annuel, notamment en cas de cofinancement du poste de coordination » — as of the check date: a report issued after the check date has not been issued yet")
  void NOR_ANNUAL_FINANCIAL_asOfTheCheckDate(@ForAll("later") AfterTheCheckDate.Pair p) {
    ClauseCheck.assertClause("NOR-ANNUAL-FINANCIAL", p.with());
  }

  @Property(tries = AS_OF_TRIES)
  @Label("NOR-INDICATOR-FOLLOW-UP — « Il est attendu un suivi régulier, au minimum annuel, de la mise en œuvre des actions, en se basant sur les indicateurs définis dans chaque fiche action » — as of the check date: the fiches of an amendment dated after the check date do not exist yet")
  void NOR_INDICATOR_FOLLOW_UP_asOfTheCheckDate(@ForAll("later") AfterTheCheckDate.Pair p) {
    ClauseCheck.assertClause("NOR-INDICATOR-FOLLOW-UP", p.with());
  }
}
