package io.github.clsante.cls.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.cls.calendar.Phase;
import io.github.clsante.cls.model.ActionPlan;
import io.github.clsante.cls.model.ActionSheet;
import io.github.clsante.cls.model.BodyKind;
import io.github.clsante.cls.model.Governance;
import io.github.clsante.cls.model.GovernanceBody;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.report.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The agenda: the to-dos of a report, by due date, named after their elements, with stable keys. */
class AgendaTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 2, 15);

  private static final LocalHealthContract CONTRACT = LocalHealthContract.builder()
      .id("cls-x").name("CLS de X").region("Normandie")
      .governance(Governance.builder().addBodies(GovernanceBody.builder().id("copil").name("Comité de pilotage")
          .kind(BodyKind.COPIL).build()).build())
      .actionPlan(ActionPlan.builder().addFiches(ActionSheet.builder().id("fa-1").title("Prévenir les chutes")
          .build()).build())
      .build();

  private static Finding todo(String rule, String element, Integer year, LocalDate due) {
    return new Finding(rule, Severity.INFO, true, element, "/x", Optional.ofNullable(year),
        Optional.ofNullable(due), Map.of(), List.of(), "normandie", (f, l) -> "m");
  }

  private static Finding judged(String rule, String element) {
    return new Finding(rule, Severity.ERROR, false, element, "/x", Optional.empty(), Map.of(), List.of(),
        "normandie", (f, l) -> "m");
  }

  private static ConformityReport report(Finding... findings) {
    return new ConformityReport("normandie", "cls-x", AS_OF, Phase.IMPLEMENTATION_AND_EVALUATION,
        List.of(findings));
  }

  @Test
  void onlyToDosInDueDateOrderUndatedLast() {
    Finding reportDue = todo("NOR-ANNUAL-REPORT", "cls-x", 2025, LocalDate.of(2026, 6, 30));
    Finding copil = todo("NOR-COPIL-ANNUAL", "copil", 2026, LocalDate.of(2026, 12, 31));
    Finding undated = todo("SOC-ACTION-FIELDS", "fa-1", null, null);
    Agenda a = Agenda.of(report(copil, undated, judged("NOR-ACTION-INDICATORS", "fa-1"), reportDue), CONTRACT);
    assertThat(a.items()).extracting(AgendaItem::finding).containsExactly(reportDue, copil, undated);
    assertThat(a.dated()).hasSize(2);
    assertThat(a.undated()).extracting(AgendaItem::finding).containsExactly(undated);
    assertThat(a.nextDueDate()).contains(LocalDate.of(2026, 6, 30));
    assertThat(a.dueWithin(135)).extracting(AgendaItem::finding).containsExactly(reportDue);
    assertThat(a.dueWithin(134)).isEmpty();
    assertThat(a.asOf()).isEqualTo(AS_OF);
  }

  @Test
  void itemsAreNamedAfterTheirElementAndKeyedStably() {
    Agenda a = Agenda.of(report(todo("NOR-COPIL-ANNUAL", "copil", 2026, LocalDate.of(2026, 12, 31)),
        todo("SOC-ACTION-FIELDS", "fa-1", null, null), todo("NOR-ANNUAL-REPORT", "cls-x", 2025,
            LocalDate.of(2026, 6, 30))), CONTRACT);
    assertThat(a.items()).extracting(AgendaItem::elementName)
        .containsExactly("CLS de X", "Comité de pilotage", "Prévenir les chutes");
    assertThat(a.items()).extracting(AgendaItem::key)
        .containsExactly("cls-x/NOR-ANNUAL-REPORT/cls-x/2025", "cls-x/NOR-COPIL-ANNUAL/copil/2026",
            "cls-x/SOC-ACTION-FIELDS/fa-1/");
    assertThat(a.items()).allSatisfy(i -> assertThat(i.contractName()).isEqualTo("CLS de X"));
  }

  @Test
  void nothingToDoIsAnEmptyAgenda() {
    Agenda a = Agenda.of(report(judged("NOR-ACTION-INDICATORS", "fa-1")), CONTRACT);
    assertThat(a.isEmpty()).isTrue();
    assertThat(a.nextDueDate()).isEmpty();
  }

  @Test
  void combinedAgendasInterleaveByDueDate() {
    LocalHealthContract other = LocalHealthContract.builder().id("cls-y").name("CLS de Y").region("Bretagne")
        .build();
    Agenda x = Agenda.of(report(todo("NOR-COPIL-ANNUAL", "copil", 2026, LocalDate.of(2026, 12, 31))), CONTRACT);
    Agenda y = Agenda.of(new ConformityReport("socle", "cls-y", AS_OF, Phase.DIAGNOSIS_AND_PLANNING,
        List.of(todo("SOC-SIGNATORIES", "cls-y", null, LocalDate.of(2026, 3, 1)))), other);
    assertThat(Agenda.combine(AS_OF, List.of(x, y)).items()).extracting(AgendaItem::contractId)
        .containsExactly("cls-y", "cls-x");
    Agenda later = Agenda.of(new ConformityReport("socle", "cls-y", AS_OF.plusDays(1),
        Phase.DIAGNOSIS_AND_PLANNING, List.of()), other);
    assertThat(Agenda.combine(AS_OF, List.of()).isEmpty()).isTrue();
    assertThatThrownBy(() -> Agenda.combine(AS_OF, List.of(x, later))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("agendas");
  }

  @Test
  void misuseIsRefusedNamingTheParameter() {
    assertThatThrownBy(() -> Agenda.of(null, CONTRACT)).isInstanceOf(NullPointerException.class)
        .hasMessage("report");
    assertThatThrownBy(() -> Agenda.of(report(), null)).isInstanceOf(NullPointerException.class)
        .hasMessage("contract");
    LocalHealthContract other = LocalHealthContract.builder().id("cls-y").name("Y").region("Bretagne").build();
    assertThatThrownBy(() -> Agenda.of(report(), other)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contract");
    assertThatThrownBy(() -> Agenda.of(report(), CONTRACT).dueWithin(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("days");
    assertThatThrownBy(() -> new Finding("NOR-X", Severity.ERROR, false, "e", "/", Optional.empty(),
        Optional.of(AS_OF), Map.of(), List.of(), "p", (f, l) -> "m"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dueDate");
  }
}
