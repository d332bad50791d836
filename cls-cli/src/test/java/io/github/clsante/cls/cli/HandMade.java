package io.github.clsante.cls.cli;

import io.github.clsante.cls.agenda.Agenda;
import io.github.clsante.cls.calendar.Phase;
import io.github.clsante.cls.model.ActionPlan;
import io.github.clsante.cls.model.ActionSheet;
import io.github.clsante.cls.model.BodyKind;
import io.github.clsante.cls.model.Governance;
import io.github.clsante.cls.model.GovernanceBody;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.report.Severity;
import io.github.clsante.cls.report.Source;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A hand-made report whose to-dos carry due dates (the rules do not give them yet), on a hand-built contract:
 * one to-do due in each group of the agenda, at the groups' edges, and one undated.
 */
final class HandMade {

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

  static final Source GOV = new Source("NOR-GOV", "ARS Normandie, fiche pratique n°3 « Gouvernance et coordination »",
      "Le COPIL se réunit au moins une fois par an");
  static final Source MET = new Source("NOR-MET", "ARS Normandie, méthodologie CLS",
      "Chaque fiche action du CLS aura un pilote d'action identifié");

  static final LocalHealthContract CONTRACT = contract("cls-x", "CLS de X", "Comité de pilotage",
      "Prévenir les chutes");

  private HandMade() {}

  static LocalHealthContract contract(String id, String name, String copilName, String ficheTitle) {
    return LocalHealthContract.builder().id(id).name(name).region("Normandie")
        .governance(Governance.builder().addBodies(GovernanceBody.builder().id("copil").name(copilName)
            .kind(BodyKind.COPIL).build()).build())
        .actionPlan(ActionPlan.builder().addFiches(ActionSheet.builder().id("fa-1").title(ficheTitle).build())
            .build())
        .build();
  }

  static Finding todo(String rule, String element, String path, Integer year, LocalDate due, List<Source> sources,
      String fr, String en) {
    return new Finding(rule, Severity.INFO, true, element, path, Optional.ofNullable(year), Optional.ofNullable(due),
        Map.of(), sources, "normandie", (f, l) -> l.getLanguage().equals("en") ? en : fr);
  }

  /** Due on the check date + 30 days: the last day of « dans les 30 jours ». */
  static final Finding COTECH = todo("NOR-COTECH-ANNUAL", "copil", "/governance/bodies/0", 2026,
      LocalDate.of(2026, 12, 22), List.of(GOV), "Réunir le comité avant la fin de l'année.",
      "Hold the committee before the end of the year.");
  /** Due 31 December: 39 days. */
  static final Finding COPIL = todo("NOR-COPIL-ANNUAL", "copil", "/governance/bodies/0", 2026,
      LocalDate.of(2026, 12, 31), List.of(GOV), "Réunir le COPIL en 2026.", "Hold the COPIL in 2026.");
  /** Due on the check date + 90 days: the last day of « dans les 90 jours ». */
  static final Finding SIGN = todo("NOR-FICHES-VALIDATED", "fa-1", "/actionPlan/fiches/0", null,
      LocalDate.of(2027, 2, 20), List.of(MET), "Valider la fiche fa-1 avant la signature.",
      "Validate fiche fa-1 before the signature.");
  /** Due 1 July 2027: later (and a 1st of the month). */
  static final Finding REPORT = todo("NOR-ANNUAL-REPORT", "cls-x", "", 2026, LocalDate.of(2027, 7, 1),
      List.of(GOV, MET), "Remettre le rapport d'activité 2026.", "Hand in the activity report for 2026.");
  /** No due date. */
  static final Finding PILOT = todo("NOR-ACTION-PILOT", "fa-1", "/actionPlan/fiches/0", null, null, List.of(MET),
      "Identifier le pilote de la fiche fa-1.", "Name the pilot of fiche fa-1.");
  /** A judged finding: never on the agenda. */
  static final Finding JUDGED = new Finding("NOR-ACTION-INDICATORS", Severity.ERROR, false, "fa-1",
      "/actionPlan/fiches/0", Optional.empty(), Map.of(), List.of(MET), "normandie", (f, l) -> "indicateur");

  static ConformityReport report(Finding... findings) {
    return new ConformityReport("normandie", CONTRACT.id(), AS_OF, Phase.IMPLEMENTATION_AND_EVALUATION,
        List.of(findings));
  }

  static ConformityReport report() {
    return report(PILOT, REPORT, JUDGED, SIGN, COPIL, COTECH);
  }

  static Agenda agenda() {
    return Agenda.of(report(), CONTRACT);
  }

  static Referentiel normandie() {
    return Referentiels.byId("normandie");
  }
}
