package io.github.clsante.cls.rules.scenario;

import io.github.clsante.cls.model.ActionSheet;
import io.github.clsante.cls.model.AnnualReport;
import io.github.clsante.cls.model.Axis;
import io.github.clsante.cls.model.AxisApproach;
import io.github.clsante.cls.model.BodyDecision;
import io.github.clsante.cls.model.BodyKind;
import io.github.clsante.cls.model.Coordination;
import io.github.clsante.cls.model.Diagnosis;
import io.github.clsante.cls.model.DiagnosisElement;
import io.github.clsante.cls.model.Evaluation;
import io.github.clsante.cls.model.EvaluationKind;
import io.github.clsante.cls.model.FollowUp;
import io.github.clsante.cls.model.Funding;
import io.github.clsante.cls.model.Governance;
import io.github.clsante.cls.model.GovernanceBody;
import io.github.clsante.cls.model.HealthTheme;
import io.github.clsante.cls.model.Indicator;
import io.github.clsante.cls.model.IndicatorValue;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.Meeting;
import io.github.clsante.cls.model.Membership;
import io.github.clsante.cls.model.Milestones;
import io.github.clsante.cls.model.Organisation;
import io.github.clsante.cls.model.OrganisationKind;
import io.github.clsante.cls.model.Person;
import io.github.clsante.cls.model.PolicyFramework;
import io.github.clsante.cls.model.Portrait;
import io.github.clsante.cls.model.Role;
import io.github.clsante.cls.model.RoleKind;
import io.github.clsante.cls.model.Signatory;
import io.github.clsante.cls.model.Territory;
import io.github.clsante.cls.model.TerritoryKind;
import io.github.clsante.cls.model.ActionPlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A Normandie contract in the manner of Flers Agglo's (Orne): signed on 22 November 2023 for three years with
 * the ARS and the CPAM, a COPIL chaired by the élu référent, a COTECH facilitated by the coordinatrice, three
 * fiches actions. It is built as the coordinator's document stood on a given day: what happened after that day
 * (meetings, validations, signatures, reports, indicator values, evaluations) is not in it yet.
 *
 * <p>Its deliberate gaps: fiche fa-3 states no means; the COTECH meeting of 8 October 2024 has no minutes; the
 * COTECH met only once in 2025; fiche fa-2 has no indicator value for 2025; the 2025 financial report is never
 * written.
 */
final class FlersAggloContract {

  static final LocalDate SIGNATURE = LocalDate.of(2023, 11, 22);
  static final LocalDate END = LocalDate.of(2026, 11, 21);

  private FlersAggloContract() {}

  static LocalHealthContract asKnownOn(LocalDate day) {
    var b = LocalHealthContract.builder()
        .id("cls-flers-agglo-2023")
        .name("Contrat local de santé de Flers Agglo 2023-2026")
        .region("Normandie")
        .territory(Territory.builder().name("Flers Agglo").kind(TerritoryKind.COMMUNAUTE_D_AGGLOMERATION)
            .addCommunes("61169").addEpcis("200068641").addDepartements("61").build())
        .addOrganisations(
            org("flers-agglo", "Flers Agglo", OrganisationKind.COMMUNAUTE_D_AGGLOMERATION, "200068641"),
            org("ars-normandie", "ARS Normandie — délégation départementale de l'Orne", OrganisationKind.ARS,
                "130007669"),
            org("cpam-orne", "CPAM de l'Orne", OrganisationKind.CPAM, null),
            org("prefecture-orne", "Préfecture de l'Orne", OrganisationKind.PREFECTURE, null))
        .addPeople(
            person("elu-sante", "Yves Goasdoué", "flers-agglo", role(RoleKind.ELU), role(RoleKind.ELU_REFERENT)),
            person("coordinatrice", "Camille Hébert", "flers-agglo",
                Role.builder().kind(RoleKind.COORDINATOR).fte(new BigDecimal("1.0")).build()),
            person("technicien-ars", "Sophie Lemarchand", "ars-normandie", role(RoleKind.TECHNICIAN)),
            person("technicien-cpam", "Marc Duval", "cpam-orne", role(RoleKind.TECHNICIAN)),
            person("delegue-prefet", "Nadia Benali", "prefecture-orne", role(RoleKind.PREFECT_DELEGATE)),
            person("dr-leroy", "Dr Anne Leroy", "flers-agglo", role(RoleKind.HEALTH_PROFESSIONAL)))
        .milestones(Milestones.builder().engagement(LocalDate.of(2022, 12, 15))
            .letterOfIntent(LocalDate.of(2022, 12, 20)).diagnosisStart(LocalDate.of(2023, 1, 9))
            .diagnosisCompletion(LocalDate.of(2023, 6, 30)).signature(SIGNATURE).end(END).build())
        .coordination(Coordination.builder()
            .addFunding(Funding.builder().organisationId("flers-agglo").build(),
                Funding.builder().organisationId("ars-normandie").build()).build())
        .diagnosis(Diagnosis.builder().addElements(DiagnosisElement.values()).addPortraits(Portrait.values())
            .addFrameworks(PolicyFramework.PRS, PolicyFramework.PTSM)
            .addThemes(HealthTheme.HEALTH_PROMOTION, HealthTheme.PREVENTION, HealthTheme.CARE_POLICY,
                HealthTheme.MEDICO_SOCIAL_SUPPORT, HealthTheme.MENTAL_HEALTH).build());
    for (String org : List.of("flers-agglo", "ars-normandie", "cpam-orne")) {
      var s = Signatory.builder().organisationId(org);
      if (!day.isBefore(SIGNATURE)) {
        s.signedOn(SIGNATURE);
      }
      b.addSignatories(s.build());
    }
    b.governance(Governance.builder().addBodies(
        GovernanceBody.builder().mergeFrom(body("copil", "Comité de pilotage", BodyKind.COPIL, day,
            List.of("elu-sante", "technicien-ars", "technicien-cpam", "delegue-prefet"),
            "2023-03-14", "2024-06-18", "2025-06-17", "2026-06-16"))
            .chairId("elu-sante").build(),
        GovernanceBody.builder().mergeFrom(body("cotech", "Comité technique", BodyKind.COTECH, day,
            List.of("coordinatrice", "technicien-ars", "technicien-cpam"),
            "2023-02-07", "2023-09-26", "2024-02-13", "2024-05-21", "2024-10-08!", "2025-03-18", "2026-02-10",
            "2026-09-22"))
            .facilitatorId("coordinatrice").build()).build());
    b.actionPlan(ActionPlan.builder()
        .addAxes(Axis.builder().id("axe-1").title("Renforcer l'accès aux soins").build(),
            Axis.builder().id("axe-2").title("Promouvoir la santé mentale").approach(AxisApproach.THEMATIC)
                .mentalHealthComponent(true).ptsmReference("PTSM de l'Orne 2020-2025").build())
        .addFiches(
            fiche("fa-1", "Attirer et installer des médecins généralistes", "axe-1", true, day, 2024, 2025),
            fiche("fa-2", "Former aux premiers secours en santé mentale", "axe-2", true, day, 2024),
            fiche("fa-3", "Prévenir le mal-être des jeunes", "axe-2", false, day, 2024, 2025))
        .build());
    var followUp = FollowUp.builder();
    followUp.addAllActivityReports(report("ra-2024", 2024, "2025-04-22", day));
    followUp.addAllActivityReports(report("ra-2025", 2025, "2026-05-12", day));
    followUp.addAllFinancialReports(report("bf-2024", 2024, "2025-05-06", day));
    if (!day.isBefore(LocalDate.of(2026, 10, 15))) {
      followUp.addEvaluations(Evaluation.builder().id("evaluation-finale").kind(EvaluationKind.FINAL)
          .date(LocalDate.of(2026, 10, 15))
          .supervision(BodyDecision.builder().bodyId("copil").date(LocalDate.of(2026, 10, 20)).build()).build());
    }
    return b.followUp(followUp.build()).build();
  }

  private static Organisation org(String id, String name, OrganisationKind kind, String siren) {
    var o = Organisation.builder().id(id).name(name).kind(kind);
    if (siren != null) {
      o.siren(siren);
    }
    return o.build();
  }

  private static Role role(RoleKind kind) {
    return Role.builder().kind(kind).build();
  }

  private static Person person(String id, String name, String org, Role... roles) {
    return Person.builder().id(id).name(name).organisationId(org).addRoles(roles).build();
  }

  /** Meetings held on or before {@code day}; a date ending in "!" has no minutes. */
  private static GovernanceBody body(String id, String name,
      BodyKind kind, LocalDate day, List<String> members, String... meetings) {
    var b = GovernanceBody.builder().id(id).name(name).kind(kind);
    members.forEach(m -> b.addMembers(Membership.builder().personId(m).build()));
    for (String m : meetings) {
      LocalDate date = LocalDate.parse(m.replace("!", ""));
      if (date.isAfter(day)) {
        continue;
      }
      var meeting = Meeting.builder().id(id + "-" + date).date(date);
      if (!m.endsWith("!")) {
        meeting.minutesRef("CR " + name + " du " + date);
      }
      b.addMeetings(meeting.build());
    }
    return b.build();
  }

  /** Indicator values for a year are known from 1 January of the next year. */
  private static ActionSheet fiche(String id, String title, String axis, boolean withMeans, LocalDate day,
      int... valueYears) {
    var indicator = Indicator.builder().id(id + "-indicateur").name("Nombre de bénéficiaires").target("50 par an");
    for (int y : valueYears) {
      if (day.getYear() > y) {
        indicator.addValues(IndicatorValue.builder().year(y).value(String.valueOf(30 + y % 7)).build());
      }
    }
    var f = ActionSheet.builder().id(id).title(title).axisId(axis).operationalObjective(title)
        .stakes("Réduire les inégalités territoriales de santé").targetPublic("Habitants de Flers Agglo")
        .timeline("2024-2026").expectedResults("Objectifs chiffrés de la fiche atteints")
        .addPartnerIds("cpam-orne").pilotId("dr-leroy").addIndicators(indicator.build());
    if (withMeans) {
      f.means("0,2 ETP et 8 000 € par an");
    }
    LocalDate validated = LocalDate.of(2023, 10, 10);
    if (!day.isBefore(validated)) {
      f.validatedOn(validated);
    }
    return f.build();
  }

  /** @return the report, once issued on or before {@code day}; else none */
  private static List<AnnualReport> report(String id, int year, String issued, LocalDate day) {
    LocalDate on = LocalDate.parse(issued);
    if (on.isAfter(day)) {
      return List.of();
    }
    return List.of(AnnualReport.builder().id(id).year(year).issuedOn(on).build());
  }
}
