package io.github.clsante.cls.json;

import io.github.clsante.cls.model.ActionPlan;
import io.github.clsante.cls.model.ActionSheet;
import io.github.clsante.cls.model.ActionStatus;
import io.github.clsante.cls.model.Axis;
import io.github.clsante.cls.model.BodyKind;
import io.github.clsante.cls.model.DateRange;
import io.github.clsante.cls.model.Diagnosis;
import io.github.clsante.cls.model.DiagnosisElement;
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
import io.github.clsante.cls.model.Portrait;
import io.github.clsante.cls.model.Role;
import io.github.clsante.cls.model.RoleKind;
import io.github.clsante.cls.model.Signatory;
import io.github.clsante.cls.model.Territory;
import io.github.clsante.cls.model.TerritoryKind;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Small hand-built contracts for tests. */
final class Samples {

  private Samples() {}

  static LocalHealthContract minimal() {
    return LocalHealthContract.builder().id("cls-min").name("CLS minimal").region("Normandie").build();
  }

  static LocalHealthContract small() {
    return LocalHealthContract.builder()
        .id("cls-avranches")
        .name("Contrat local de santé d'Avranches")
        .region("Normandie")
        .territory(Territory.builder().name("Avranches").kind(TerritoryKind.COMMUNAUTE_D_AGGLOMERATION)
            .addCommunes("50025", "50410").addEpcis("200000024").addDepartements("50").build())
        .addOrganisations(
            Organisation.builder().id("agglo").name("CA Mont-Saint-Michel-Normandie")
                .kind(OrganisationKind.COMMUNAUTE_D_AGGLOMERATION).siren("200000024").inseeCode("50025").build(),
            Organisation.builder().id("ars").name("ARS Normandie").kind(OrganisationKind.ARS).build(),
            Organisation.builder().id("ch").name("CH de l'Estran").kind(OrganisationKind.HEALTH_ESTABLISHMENT)
                .finess("500000112").build())
        .addPeople(
            Person.builder().id("elu").name("Marie Lefèvre").organisationId("agglo")
                .addRoles(Role.builder().kind(RoleKind.ELU_REFERENT)
                    .period(DateRange.since(LocalDate.of(2020, 7, 16))).addDelegations("santé").build())
                .build(),
            Person.builder().id("coord").name("Julie Martin").organisationId("agglo")
                .addRoles(Role.builder().kind(RoleKind.COORDINATOR).fte(new BigDecimal("1.0"))
                    .employerId("agglo").build())
                .build())
        .addSignatories(
            Signatory.builder().organisationId("agglo").signedOn(LocalDate.of(2023, 7, 4)).signerId("elu").build(),
            Signatory.builder().organisationId("ars").signedOn(LocalDate.of(2023, 7, 4)).build())
        .milestones(Milestones.builder().diagnosisStart(LocalDate.of(2022, 9, 19))
            .signature(LocalDate.of(2023, 7, 4)).end(LocalDate.of(2028, 7, 3)).build())
        .governance(Governance.builder().addBodies(GovernanceBody.builder().id("copil").name("COPIL")
            .kind(BodyKind.COPIL).chairId("elu").addMembers(Membership.builder().personId("elu").build())
            .addMeetings(Meeting.builder().id("copil-2023").date(LocalDate.of(2023, 3, 14))
                .addAttendeeIds("elu", "coord").minutesRef("CR COPIL 2023-03-14").build())
            .build()).build())
        .diagnosis(Diagnosis.builder().addPortraits(Portrait.HEALTH, Portrait.TERRITORY)
            .addElements(DiagnosisElement.LOCAL_RESOURCES).addThemes(HealthTheme.PREVENTION).build())
        .actionPlan(ActionPlan.builder()
            .addAxes(Axis.builder().id("axe-1").title("Santé mentale").mentalHealthComponent(true)
                .ptsmReference("PTSM de la Manche").build())
            .addFiches(ActionSheet.builder().id("fa-1").title("Former aux premiers secours en santé mentale")
                .axisId("axe-1").pilotId("elu").addPartnerIds("ch").budget(new BigDecimal("12500.50"))
                .status(ActionStatus.IN_PROGRESS)
                .addIndicators(Indicator.builder().id("ind-1").name("Personnes formées").target("60")
                    .addValues(IndicatorValue.builder().year(2024).value("24").build()).build())
                .build())
            .build())
        .build();
  }
}
