package io.github.clsante.cls.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.calendar.Phase;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Finding;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The life of a Normandie CLS, read by a coordinator: what the Normandie référentiel says about the Flers Agglo
 * contract (see {@link FlersAggloContract}) on four days of its life. Each expected line was worked out by hand
 * from the référentiel, not copied from a run. Lines read: severity, "to-do" for « à prévoir », rule id, element
 * (the contract's id for contract-level findings), year; in the report's order (severity, then rule id).
 */
class NormandieScenarioTest {

  private static List<String> findingsOn(LocalDate day, Phase expectedPhase) {
    ConformityReport r = Referentiels.byId("normandie").check(FlersAggloContract.asKnownOn(day), day);
    assertThat(r.phase()).isEqualTo(expectedPhase);
    return r.findings().stream().map(NormandieScenarioTest::line).toList();
  }

  private static List<String> findingsOf(LocalHealthContract c, LocalDate day) {
    return Referentiels.byId("normandie").check(c, day).findings().stream()
        .map(f -> line(f) + " " + f.path() + " " + f.arguments()).toList();
  }

  private static String line(Finding f) {
    return f.severity() + (f.isToDo() ? " to-do " : " ") + f.ruleId() + " " + f.elementId()
        + f.year().map(y -> " " + y).orElse("") + f.dueDate().map(d -> " due " + d).orElse("");
  }

  @Test
  void beforeSignatureTheFichesAreStillToValidate() {
    // 1 September 2023: diagnosis done, plan being written, nothing validated yet; what must be done before
    // signature is due on the planned signature date, 22 November 2023.
    assertThat(findingsOn(LocalDate.of(2023, 9, 1), Phase.DIAGNOSIS_AND_PLANNING)).containsExactly(
        "INFO to-do NOR-FICHES-VALIDATED fa-1 due 2023-11-22",
        "INFO to-do NOR-FICHES-VALIDATED fa-2 due 2023-11-22",
        "INFO to-do NOR-FICHES-VALIDATED fa-3 due 2023-11-22",
        "INFO SOC-ACTION-FIELDS fa-3");
  }

  @Test
  void inTheSecondYearOnlyTheMissingMinutesAndMeansShow() {
    // 15 September 2025: 2024 is the one judged year; its reports and indicator values are in. 2025 is in
    // progress and the COTECH has met once so far: its ideal (2 to 3) is « à prévoir » by 31 December.
    assertThat(findingsOn(LocalDate.of(2025, 9, 15), Phase.IMPLEMENTATION_AND_EVALUATION)).containsExactly(
        "WARNING NOR-MINUTES cotech-2024-10-08",
        "INFO to-do NOR-COTECH-IDEAL cotech 2025 due 2025-12-31",
        "INFO SOC-ACTION-FIELDS fa-3");
  }

  @Test
  void inTheLastYearWhatIsDueBy30JuneIsStillATodo() {
    // 15 March 2026: 2025 is judged; its reports and values are due by 30 June 2026; the end is 8 months away
    // (the final evaluation is due by the end date); 2026 ends on 21 November, a partial year: no year in progress.
    assertThat(findingsOn(LocalDate.of(2026, 3, 15), Phase.IMPLEMENTATION_AND_EVALUATION)).containsExactly(
        "WARNING NOR-COTECH-IDEAL cotech 2025",
        "WARNING NOR-MINUTES cotech-2024-10-08",
        "INFO to-do NOR-ANNUAL-FINANCIAL cls-flers-agglo-2023 2025 due 2026-06-30",
        "INFO to-do NOR-ANNUAL-REPORT cls-flers-agglo-2023 2025 due 2026-06-30",
        "INFO to-do NOR-FINAL-EVALUATION cls-flers-agglo-2023 due 2026-11-21",
        "INFO to-do NOR-INDICATOR-FOLLOW-UP fa-2 2025 due 2026-06-30",
        "INFO SOC-ACTION-FIELDS fa-3");
  }

  @Test
  void afterTheEndTheMissingFinancialReportIsAnErrorBecauseTheCoordinationIsCoFinanced() {
    // 1 March 2027: ended on 21 November 2026; the final evaluation was supervised by the COPIL in time.
    List<String> findings = findingsOn(LocalDate.of(2027, 3, 1), Phase.ENDED);
    assertThat(findings).containsExactly(
        "ERROR NOR-ANNUAL-FINANCIAL cls-flers-agglo-2023 2025",
        "WARNING NOR-COTECH-IDEAL cotech 2025",
        "WARNING NOR-INDICATOR-FOLLOW-UP fa-2 2025",
        "WARNING NOR-MINUTES cotech-2024-10-08",
        "INFO SOC-ACTION-FIELDS fa-3");
  }

  @Test
  void theFinalDocumentCheckedOnAnEarlierDaySaysWhatTheDocumentSaidThatDay() {
    // « As of the check date »: what the final document dates after the check date (validations, signatures,
    // meetings, reports, the final evaluation) has not happened yet on that day and does not count.
    LocalHealthContract last = FlersAggloContract.asKnownOn(LocalDate.of(2027, 3, 1));
    for (LocalDate day : List.of(LocalDate.of(2023, 9, 1), LocalDate.of(2025, 9, 15), LocalDate.of(2026, 3, 15),
        LocalDate.of(2026, 10, 17))) {
      assertThat(findingsOf(last, day)).as("on %s", day)
          .containsExactlyElementsOf(findingsOf(FlersAggloContract.asKnownOn(day), day));
    }
  }
}
