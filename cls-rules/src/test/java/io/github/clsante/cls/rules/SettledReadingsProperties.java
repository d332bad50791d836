package io.github.clsante.cls.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.calendar.JudgedYears;
import io.github.clsante.cls.calendar.Phase;
import io.github.clsante.cls.model.Milestones;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Severity;
import io.github.clsante.cls.rules.oracle.NormandieCheck;
import io.github.clsante.cls.rules.oracle.SettledEdges;
import io.github.clsante.cls.rules.oracle.SharedFinding;
import io.github.clsante.cls.rules.oracle.SharedProperties;
import io.github.clsante.cls.rules.oracle.SocleOracle;
import io.github.clsante.cls.testkit.Breakage;
import io.github.clsante.cls.testkit.ContractAtDate;
import io.github.clsante.cls.testkit.Contracts;
import java.util.List;
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

  private static void socle(String ruleId, ContractAtDate c) {
    SharedProperties.assertClause(ruleId, SocleOracle::expected, SocleOracle.argKeys(ruleId), c);
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
    NormandieCheck.assertClause("NOR-PRESIGNATURE-PERIOD", c);
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
    NormandieCheck.assertClause("NOR-FINAL-EVALUATION", c);
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
    ConformityReport report = NormandieCheck.check(c);
    Milestones m = c.contract().milestones();
    int judged = JudgedYears.of(m.signature().orElseThrow(), m.end(), c.asOf()).size();
    Statistics.label("judged years of the fiche").collect(judged == 0 ? "none" : "some");
    Statistics.label("judged years of the fiche").coverage(k -> k.check("some").percentage(p -> p > 30));
    assertThat(report.findings("NOR-INDICATOR-FOLLOW-UP")).as("%s", c)
        .noneMatch(f -> f.elementId().equals(fiche));
    assertThat(report.findings("NOR-ACTION-INDICATORS")).as("%s", c)
        .filteredOn(f -> f.elementId().equals(fiche)).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    NormandieCheck.assertOracle("NOR-INDICATOR-FOLLOW-UP", c);
    NormandieCheck.assertOracle("NOR-ACTION-INDICATORS", c);
  }

  @Provide
  Arbitrary<ContractAtDate> ficheWithoutIndicator() {
    return Breakage.broken(Contracts.conformingNormandie()
        .filter(c -> c.phase().compareTo(Phase.IMPLEMENTATION_AND_EVALUATION) >= 0), Breakage.NOR_ACTION_INDICATORS);
  }
}
