package io.github.clsante.cls.rules.scenario;

import io.github.clsante.cls.model.ActionPlan;
import io.github.clsante.cls.model.ActionSheet;
import io.github.clsante.cls.model.Axis;
import io.github.clsante.cls.model.BodyDecision;
import io.github.clsante.cls.model.BodyKind;
import io.github.clsante.cls.model.Coordination;
import io.github.clsante.cls.model.Diagnosis;
import io.github.clsante.cls.model.FinancialCommitment;
import io.github.clsante.cls.model.FollowUp;
import io.github.clsante.cls.model.Funding;
import io.github.clsante.cls.model.Governance;
import io.github.clsante.cls.model.GovernanceBody;
import io.github.clsante.cls.model.HealthTheme;
import io.github.clsante.cls.model.Indicator;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.Meeting;
import io.github.clsante.cls.model.Membership;
import io.github.clsante.cls.model.Milestones;
import io.github.clsante.cls.model.Organisation;
import io.github.clsante.cls.model.OrganisationKind;
import io.github.clsante.cls.model.Person;
import io.github.clsante.cls.model.PolicyFramework;
import io.github.clsante.cls.model.Portrait;
import io.github.clsante.cls.model.Programming;
import io.github.clsante.cls.model.Role;
import io.github.clsante.cls.model.RoleKind;
import io.github.clsante.cls.model.Signatory;
import io.github.clsante.cls.model.Territory;
import io.github.clsante.cls.model.TerritoryKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An Occitanie contract in the manner of the Pays Cœur d'Hérault's third CLS (SYDEL, syndicat mixte, Hérault):
 * signed on 20 June 2024 for five years by the SYDEL, the ARS, the CPAM and the Conseil départemental, a
 * coordinatrice at 0.8 FTE co-funded by the SYDEL and the ARS, a COPIL and a COTECH, yearly programmings. Built
 * as the coordinator's document stood on a given day.
 *
 * <p>Its deliberate gaps: the diagnosis does not cover the medico-social theme; the coordination is 0.8 FTE; no
 * one from the Conseil départemental sits in the COTECH; the COPIL has no representative of the préfet; no
 * programming covers 2026.
 */
final class CoeurHeraultContract {

  static final LocalDate SIGNATURE = LocalDate.of(2024, 6, 20);
  static final LocalDate END = LocalDate.of(2029, 6, 19);

  private CoeurHeraultContract() {}

  static LocalHealthContract asKnownOn(LocalDate day) {
    var b = LocalHealthContract.builder()
        .id("cls-coeur-herault-2024")
        .name("Contrat local de santé du Pays Cœur d'Hérault 2024-2029")
        .region("Occitanie")
        .territory(Territory.builder().name("Pays Cœur d'Hérault").kind(TerritoryKind.SYNDICAT_MIXTE)
            .addCommunes("34079", "34142", "34114").addDepartements("34").build())
        .addOrganisations(
            Organisation.builder().id("sydel").name("SYDEL du Pays Cœur d'Hérault")
                .kind(OrganisationKind.SYNDICAT_MIXTE).siren("253400014").build(),
            Organisation.builder().id("ars-occitanie").name("ARS Occitanie — délégation départementale de l'Hérault")
                .kind(OrganisationKind.ARS).siren("130008238").build(),
            Organisation.builder().id("cpam-herault").name("CPAM de l'Hérault").kind(OrganisationKind.CPAM).build(),
            Organisation.builder().id("cd-herault").name("Conseil départemental de l'Hérault")
                .kind(OrganisationKind.CONSEIL_DEPARTEMENTAL).build())
        .addPeople(
            person("president", "Président du SYDEL", "sydel", Role.builder().kind(RoleKind.ELU).build(),
                Role.builder().kind(RoleKind.ELU_REFERENT).build()),
            person("coordinatrice", "Léa Fabre", "sydel",
                Role.builder().kind(RoleKind.COORDINATOR).fte(new BigDecimal("0.8")).build()),
            person("dd-ars", "Délégué départemental ARS", "ars-occitanie", role(RoleKind.TECHNICIAN)),
            person("cpam", "Chargée de mission CPAM", "cpam-herault", role(RoleKind.TECHNICIAN)),
            person("cd", "Vice-présidente solidarités", "cd-herault", role(RoleKind.ELU)))
        .milestones(Milestones.builder().engagement(LocalDate.of(2022, 6, 30))
            .diagnosisStart(LocalDate.of(2022, 9, 5)).diagnosisCompletion(LocalDate.of(2023, 6, 30))
            .signature(SIGNATURE).end(END).build())
        .coordination(Coordination.builder()
            .addFunding(Funding.builder().organisationId("sydel").build(),
                Funding.builder().organisationId("ars-occitanie").build()).build())
        .diagnosis(Diagnosis.builder().addPortraits(Portrait.values())
            .addFrameworks(PolicyFramework.PRS, PolicyFramework.PTSM)
            .addThemes(HealthTheme.HEALTH_PROMOTION, HealthTheme.PREVENTION, HealthTheme.CARE_POLICY,
                HealthTheme.MENTAL_HEALTH).build())
        .actionPlan(ActionPlan.builder()
            .addAxes(Axis.builder().id("axe-1").title("Santé mentale et addictions").mentalHealthComponent(true)
                .ptsmReference("PTSM de l'Hérault").build(),
                Axis.builder().id("axe-2").title("Accès aux soins et aux droits").build())
            .addFiches(fiche("fa-1", "Conseil local de santé mentale", "axe-1"),
                fiche("fa-2", "Maison de santé pluriprofessionnelle de Lodève", "axe-2"))
            .build());
    for (String org : List.of("sydel", "ars-occitanie", "cpam-herault", "cd-herault")) {
      var s = Signatory.builder().organisationId(org);
      if (!day.isBefore(SIGNATURE)) {
        s.signedOn(SIGNATURE);
      }
      b.addSignatories(s.build());
    }
    b.governance(Governance.builder().addBodies(
        body("copil", "Comité de pilotage", BodyKind.COPIL, day, List.of("president", "dd-ars", "cd"),
            "2023-01-24", "2024-01-23", "2025-01-28", "2026-02-03", "2027-01-26", "2028-01-25", "2029-05-15"),
        body("cotech", "Comité technique", BodyKind.COTECH, day, List.of("coordinatrice", "dd-ars", "cpam"),
            "2023-03-14", "2024-03-12", "2025-03-11", "2026-03-10", "2027-03-09", "2028-03-14"))
        .build());
    var followUp = FollowUp.builder();
    followUp.addAllProgrammings(programming("prog-2025", 2025, 2025, LocalDate.of(2025, 1, 28), day));
    followUp.addAllProgrammings(programming("prog-2027-2028", 2027, 2028, LocalDate.of(2027, 1, 26), day));
    return b.followUp(followUp.build()).build();
  }

  private static Role role(RoleKind kind) {
    return Role.builder().kind(kind).build();
  }

  private static Person person(String id, String name, String org, Role... roles) {
    return Person.builder().id(id).name(name).organisationId(org).addRoles(roles).build();
  }

  private static GovernanceBody body(String id, String name, BodyKind kind, LocalDate day, List<String> members,
      String... meetings) {
    var b = GovernanceBody.builder().id(id).name(name).kind(kind);
    if (kind == BodyKind.COPIL) {
      b.chairId("president");
    } else {
      b.facilitatorId("coordinatrice");
    }
    members.forEach(m -> b.addMembers(Membership.builder().personId(m).build()));
    for (String m : meetings) {
      LocalDate date = LocalDate.parse(m);
      if (!date.isAfter(day)) {
        b.addMeetings(Meeting.builder().id(id + "-" + date).date(date).minutesRef("CR " + date).build());
      }
    }
    return b.build();
  }

  private static ActionSheet fiche(String id, String title, String axis) {
    return ActionSheet.builder().id(id).title(title).axisId(axis).operationalObjective(title)
        .stakes("Réduire les inégalités d'accès").targetPublic("Habitants du Pays Cœur d'Hérault")
        .timeline("2024-2029").expectedResults("Une réponse de proximité").addPartnerIds("cpam-herault")
        .means("Financement ARS et SYDEL").pilotId("cd")
        .addIndicators(Indicator.builder().id(id + "-indicateur").name("File active").build())
        .validatedOn(LocalDate.of(2024, 5, 14)).build();
  }

  /** @return the programming, once validated on or before {@code day}; else none */
  private static List<Programming> programming(String id, int from, int to, LocalDate validated, LocalDate day) {
    if (validated.isAfter(day)) {
      return List.of();
    }
    return List.of(Programming.builder().id(id).fromYear(from).toYear(to)
        .addCommitments(FinancialCommitment.builder().organisationId("ars-occitanie")
                .amount(new BigDecimal("45000")).build(),
            FinancialCommitment.builder().organisationId("sydel").amount(new BigDecimal("30000")).build())
        .validation(BodyDecision.builder().bodyId("copil").date(validated).build()).build());
  }
}
