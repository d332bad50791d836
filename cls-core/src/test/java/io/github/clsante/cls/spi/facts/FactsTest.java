package io.github.clsante.cls.spi.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.model.ActionPlan;
import io.github.clsante.cls.model.ActionSheet;
import io.github.clsante.cls.model.BodyKind;
import io.github.clsante.cls.model.DateRange;
import io.github.clsante.cls.model.Governance;
import io.github.clsante.cls.model.GovernanceBody;
import io.github.clsante.cls.model.Indicator;
import io.github.clsante.cls.model.IndicatorValue;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.Meeting;
import io.github.clsante.cls.model.Membership;
import io.github.clsante.cls.model.Milestones;
import io.github.clsante.cls.model.Organisation;
import io.github.clsante.cls.model.OrganisationKind;
import io.github.clsante.cls.model.Person;
import io.github.clsante.cls.model.Role;
import io.github.clsante.cls.model.RoleKind;
import io.github.clsante.cls.model.Signatory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Facts derived from small hand-built contracts. */
class FactsTest {

  static final Milestones MILESTONES = Milestones.builder().diagnosisStart(LocalDate.of(2021, 1, 1))
      .signature(LocalDate.of(2022, 3, 15)).end(LocalDate.of(2027, 3, 14)).build();

  static Meeting meeting(String id, LocalDate d) {
    return Meeting.builder().id(id).date(d).build();
  }

  static io.github.clsante.cls.model.ImmutableLocalHealthContract.Builder contract(List<GovernanceBody> bodies) {
    return LocalHealthContract.builder().id("cls").name("CLS").region("Normandie")
        .addOrganisations(Organisation.builder().id("org-cc").name("CC").kind(OrganisationKind.COMMUNAUTE_DE_COMMUNES)
            .build())
        .addOrganisations(Organisation.builder().id("org-ars").name("ARS").kind(OrganisationKind.ARS).build())
        .addPeople(Person.builder().id("p-elu").name("Élue").organisationId("org-cc")
            .addRoles(Role.builder().kind(RoleKind.ELU_REFERENT).build()).build())
        .addPeople(Person.builder().id("p-ars").name("ARS").organisationId("org-ars").build())
        .addPeople(Person.builder().id("p-coord").name("Coordinatrice").organisationId("org-cc")
            .addRoles(Role.builder().kind(RoleKind.COORDINATOR)
                .period(DateRange.of(LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31))).build()).build())
        .addSignatories(Signatory.builder().organisationId("org-cc").build())
        .addSignatories(Signatory.builder().organisationId("org-ars").build())
        .milestones(MILESTONES)
        .governance(Governance.builder().bodies(bodies).build());
  }

  static <T> List<T> facts(LocalHealthContract c, LocalDate asOf, Class<T> type) {
    return Facts.derive(c, asOf).stream().filter(type::isInstance).map(type::cast).toList();
  }

  @Test
  @DisplayName("a merged body's meetings count as COPIL and as COTECH meetings of the judged year")
  void mergedBodyCountsForBoth() {
    GovernanceBody merged = GovernanceBody.builder().id("instance").name("COPIL-COTECH")
        .kind(BodyKind.MERGED_COPIL_COTECH)
        .addMeetings(meeting("m1", LocalDate.of(2023, 3, 1)), meeting("m2", LocalDate.of(2023, 10, 1)))
        .build();
    GovernanceBody cotech = GovernanceBody.builder().id("cotech").name("COTECH").kind(BodyKind.COTECH)
        .addMeetings(meeting("m3", LocalDate.of(2023, 6, 1)), meeting("m4", LocalDate.of(2024, 6, 1))).build();
    LocalHealthContract c = contract(List.of(merged, cotech)).build();
    List<JudgedYearFact> years = facts(c, LocalDate.of(2024, 3, 1), JudgedYearFact.class);
    JudgedYearFact y2023 = years.stream().filter(y -> y.span() == YearSpan.DIAGNOSIS_TO_END && y.year() == 2023)
        .findFirst().orElseThrow();
    assertThat(y2023.copilMeetings()).isEqualTo(2);
    assertThat(y2023.cotechMeetings()).isEqualTo(3);
    assertThat(years).extracting(JudgedYearFact::year).doesNotContain(2024);
    ContractFact cf = facts(c, LocalDate.of(2024, 3, 1), ContractFact.class).get(0);
    assertThat(cf.copilCount()).isEqualTo(1);
    assertThat(cf.cotechCount()).isEqualTo(2);
    List<BodyFact> bodies = facts(c, LocalDate.of(2024, 3, 1), BodyFact.class);
    assertThat(bodies.get(0).firstCopil()).isTrue();
    assertThat(bodies.get(0).firstCotech()).isTrue();
    assertThat(bodies.get(1).firstCotech()).isFalse();
  }

  @Test
  @DisplayName("composition is read on the check date: a member who left is not counted")
  void compositionOnTheCheckDate() {
    GovernanceBody copil = GovernanceBody.builder().id("copil").name("COPIL").kind(BodyKind.COPIL)
        .chairId("p-elu").facilitatorId("p-coord")
        .addMembers(Membership.builder().personId("p-elu").build())
        .addMembers(Membership.builder().personId("p-ars")
            .period(DateRange.of(LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31))).build())
        .build();
    LocalHealthContract c = contract(List.of(copil)).build();
    BodyFact during = facts(c, LocalDate.of(2023, 12, 31), BodyFact.class).get(0);
    BodyFact after = facts(c, LocalDate.of(2024, 1, 1), BodyFact.class).get(0);
    assertThat(during.arsMember()).isTrue();
    assertThat(during.memberOrganisationIds()).containsExactlyInAnyOrder("org-cc", "org-ars");
    assertThat(during.facilitatorIsCoordinator()).isTrue();
    assertThat(after.arsMember()).isFalse();
    assertThat(after.memberOrganisationIds()).containsExactly("org-cc");
    assertThat(after.facilitatorIsCoordinator()).as("the coordinator's role ended on 2023-12-31").isFalse();
    assertThat(after.chairIsEluReferent()).isTrue();
    assertThat(after.signatoryCollectiviteMember()).isTrue();
    assertThat(facts(c, LocalDate.of(2024, 1, 1), CoordinationFact.class).get(0).coordinatorCount()).isZero();
  }

  @Test
  @DisplayName("SignatoryFact: member of the COPIL (the COTECH) when a member of any body counting as it, on the check date")
  void copilAndCotechAreTheUnionOfTheirBodies() {
    GovernanceBody copil = GovernanceBody.builder().id("copil").name("COPIL").kind(BodyKind.COPIL)
        .addMembers(Membership.builder().personId("p-ars")
            .period(DateRange.of(LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31))).build())
        .build();
    GovernanceBody merged = GovernanceBody.builder().id("instance").name("COPIL-COTECH")
        .kind(BodyKind.MERGED_COPIL_COTECH).addMembers(Membership.builder().personId("p-elu").build()).build();
    GovernanceBody gt = GovernanceBody.builder().id("gt").name("GT").kind(BodyKind.WORKING_GROUP)
        .addMembers(Membership.builder().personId("p-ars").build()).build();
    LocalHealthContract c = contract(List.of(copil, merged, gt)).build();
    List<SignatoryFact> during = facts(c, LocalDate.of(2023, 12, 31), SignatoryFact.class);
    assertThat(during).extracting(SignatoryFact::organisationId, SignatoryFact::copilMember,
        SignatoryFact::cotechMember).containsExactly(
            org.assertj.core.groups.Tuple.tuple("org-cc", true, true),
            org.assertj.core.groups.Tuple.tuple("org-ars", true, false));
    List<SignatoryFact> after = facts(c, LocalDate.of(2024, 1, 1), SignatoryFact.class);
    assertThat(after).extracting(SignatoryFact::copilMember).containsExactly(true, false);
  }

  @Test
  @DisplayName("reports for 2024 are overdue from 2025-07-01, not on 2025-06-30")
  void dueDates() {
    LocalHealthContract c = contract(List.of()).build();
    JudgedYearFact onDue = facts(c, LocalDate.of(2025, 6, 30), JudgedYearFact.class).stream()
        .filter(y -> y.year() == 2024).findFirst().orElseThrow();
    JudgedYearFact after = facts(c, LocalDate.of(2025, 7, 1), JudgedYearFact.class).stream()
        .filter(y -> y.year() == 2024).findFirst().orElseThrow();
    assertThat(onDue.overdue()).isFalse();
    assertThat(after.overdue()).isTrue();
  }

  @Test
  @DisplayName("FicheYearFact: one per judged year of signature → end, counting that year's values")
  void ficheYearsOnlyForJudgedYears() {
    Indicator ind = Indicator.builder().id("ind").name("I")
        .addValues(IndicatorValue.builder().year(2022).value("1").build())
        .addValues(IndicatorValue.builder().year(2023).value("2").build())
        .addValues(IndicatorValue.builder().year(2023).value("3").build())
        .addValues(IndicatorValue.builder().year(2025).value("4").build())
        .build();
    LocalHealthContract c = contract(List.of())
        .actionPlan(ActionPlan.builder().addFiches(ActionSheet.builder().id("fa-1").title("F").addIndicators(ind)
            .build()).build())
        .build();
    List<FicheYearFact> fy = facts(c, LocalDate.of(2025, 3, 1), FicheYearFact.class);
    assertThat(fy).extracting(FicheYearFact::year).containsExactly(2023, 2024);
    assertThat(fy).extracting(FicheYearFact::indicatorValues).containsExactly(2, 0);
    assertThat(fy).extracting(FicheYearFact::overdue).containsExactly(true, false);
  }

  @Test
  @DisplayName("MilestoneOrderFact only for consecutive dated milestones")
  void milestoneOrderForConsecutiveDatedMilestones() {
    Milestones m = Milestones.builder().engagement(LocalDate.of(2021, 6, 1))
        .diagnosisStart(LocalDate.of(2021, 5, 1)).signature(LocalDate.of(2022, 3, 15))
        .end(LocalDate.of(2022, 3, 15)).build();
    LocalHealthContract c = contract(List.of()).milestones(m).build();
    List<MilestoneOrderFact> order = facts(c, LocalDate.of(2022, 1, 1), MilestoneOrderFact.class);
    assertThat(order).extracting(MilestoneOrderFact::earlier, MilestoneOrderFact::later).containsExactly(
        org.assertj.core.groups.Tuple.tuple("engagement", "diagnosisStart"),
        org.assertj.core.groups.Tuple.tuple("diagnosisStart", "signature"),
        org.assertj.core.groups.Tuple.tuple("signature", "end"));
    assertThat(order.get(0).laterBeforeEarlier()).isTrue();
    assertThat(order.get(0).path()).isEqualTo("/milestones/diagnosisStart");
    assertThat(order.get(1).laterBeforeEarlier()).isFalse();
    assertThat(order.get(2).sameDay()).isTrue();
  }

  @Test
  @DisplayName("contract duration is counted signature → end inclusive")
  void durationFact() {
    LocalHealthContract c = contract(List.of()).build();
    DurationFact d = facts(c, LocalDate.of(2024, 1, 1), DurationFact.class).stream()
        .filter(x -> x.kind() == DurationFact.Kind.CONTRACT).findFirst().orElseThrow();
    assertThat(d.months()).isEqualTo(60);
    assertThat(d.days()).isZero();
    DurationFact prep = facts(c, LocalDate.of(2024, 1, 1), DurationFact.class).stream()
        .filter(x -> x.kind() == DurationFact.Kind.PREPARATION).findFirst().orElseThrow();
    assertThat(prep.from()).isEqualTo("diagnosisStart");
    assertThat(prep.months()).isEqualTo(14);
  }
}
