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
 * The life of an Occitanie CLS, read by a coordinator: what the Occitanie référentiel says about the Pays Cœur
 * d'Hérault contract (see {@link CoeurHeraultContract}) on three days of its life. Each expected line was worked
 * out by hand from the référentiel. Lines read: severity, "to-do" for « à prévoir », rule id, element (the
 * contract's id for contract-level findings), year; in the report's order (severity, then rule id).
 */
class OccitanieScenarioTest {

  private static List<String> findingsOn(LocalDate day, Phase expectedPhase) {
    ConformityReport r = Referentiels.byId("occitanie").check(CoeurHeraultContract.asKnownOn(day), day);
    assertThat(r.phase()).isEqualTo(expectedPhase);
    return r.findings().stream().map(f -> f.severity() + (f.isToDo() ? " to-do " : " ") + f.ruleId() + " "
        + f.elementId() + f.year().map(y -> " " + y).orElse("") + f.dueDate().map(d -> " due " + d).orElse(""))
        .toList();
  }

  @Test
  void beforeSignatureOnlyTheCoordinationTimeAndAThemeAreNoted() {
    // 1 March 2024: the diagnosis is done; governance and funding are in place; signature in June.
    assertThat(findingsOn(LocalDate.of(2024, 3, 1), Phase.DIAGNOSIS_AND_PLANNING)).containsExactly(
        "INFO SOC-COORDINATOR-FTE cls-coeur-herault-2024",
        "INFO SOC-DIAGNOSIS-THEMES cls-coeur-herault-2024");
  }

  @Test
  void inTheSecondYearTheProjectTeamLacksTheDepartement() {
    // 1 September 2026: 2025 is the one judged year, and its programming was validated by the COPIL; 2026, the
    // year in progress, has no programming yet: « à prévoir » by 31 December.
    assertThat(findingsOn(LocalDate.of(2026, 9, 1), Phase.IMPLEMENTATION_AND_EVALUATION)).containsExactly(
        "WARNING OCC-PROJECT-TEAM cotech",
        "INFO to-do OCC-ANNUAL-PROGRAMMING cls-coeur-herault-2024 2026 due 2026-12-31",
        "INFO SOC-COORDINATOR-FTE cls-coeur-herault-2024",
        "INFO SOC-COPIL-PREFECT copil",
        "INFO SOC-DIAGNOSIS-THEMES cls-coeur-herault-2024");
  }

  @Test
  void afterTheEndTheYearWithoutProgrammingShows() {
    // 15 January 2030: 2025 to 2028 are judged; 2026 had no programming.
    assertThat(findingsOn(LocalDate.of(2030, 1, 15), Phase.ENDED)).containsExactly(
        "WARNING OCC-ANNUAL-PROGRAMMING cls-coeur-herault-2024 2026",
        "WARNING OCC-PROJECT-TEAM cotech",
        "INFO SOC-COORDINATOR-FTE cls-coeur-herault-2024",
        "INFO SOC-COPIL-PREFECT copil",
        "INFO SOC-DIAGNOSIS-THEMES cls-coeur-herault-2024");
  }

  @Test
  void theSameContractUnderNormandieIsJudgedOnMeetingsInstead() {
    // Normandie sets meeting frequencies Occitanie does not: one COPIL and one COTECH a year is an ideal miss.
    ConformityReport r = Referentiels.byId("normandie").check(CoeurHeraultContract.asKnownOn(
        LocalDate.of(2026, 9, 1)), LocalDate.of(2026, 9, 1));
    assertThat(r.findings("NOR-COTECH-IDEAL")).filteredOn(f -> !f.isToDo()).extracting(f -> f.year().orElseThrow())
        .containsExactly(2023, 2024, 2025);
    // 2026 is in progress: one COTECH meeting so far, so the ideal is still « à prévoir » by 31 December
    assertThat(r.findings("NOR-COTECH-IDEAL")).filteredOn(f -> f.isToDo())
        .extracting(f -> f.year().orElseThrow() + " " + f.dueDate().orElseThrow())
        .containsExactly("2026 2026-12-31");
    assertThat(r.findings()).noneMatch(f -> f.ruleId().startsWith("OCC-"));
  }

  @Test
  void theFinalDocumentCheckedOnAnEarlierDaySaysWhatTheDocumentSaidThatDay() {
    // « As of the check date »: meetings held and programmings validated after the check date do not count yet.
    LocalHealthContract last = CoeurHeraultContract.asKnownOn(LocalDate.of(2030, 1, 15));
    for (LocalDate day : List.of(LocalDate.of(2024, 3, 1), LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 20))) {
      assertThat(findingsOf(last, day)).as("on %s", day)
          .containsExactlyElementsOf(findingsOf(CoeurHeraultContract.asKnownOn(day), day));
    }
  }

  private static List<String> findingsOf(LocalHealthContract c, LocalDate day) {
    return Referentiels.byId("occitanie").check(c, day).findings().stream()
        .map(f -> f.severity() + (f.isToDo() ? " to-do " : " ") + f.ruleId() + " " + f.elementId() + " " + f.path()
            + f.year().map(y -> " " + y).orElse("") + " " + f.arguments()).toList();
  }
}
