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

/** The fact set derived from small hand-built contracts, read family by family. */
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

  static FactSet facts(LocalHealthContract c, LocalDate asOf) {
    return FactSet.derive(c, asOf);
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
    List<JudgedYearFact> years = facts(c, LocalDate.of(2024, 3, 1)).years().judged();
    JudgedYearFact y2023 = years.stream().filter(y -> y.span() == YearSpan.DIAGNOSIS_TO_END && y.year() == 2023)
        .findFirst().orElseThrow();
    assertThat(y2023.copilMeetings()).isEqualTo(2);
    assertThat(y2023.cotechMeetings()).isEqualTo(3);
    assertThat(years).extracting(JudgedYearFact::year).doesNotContain(2024);
    GovernanceFact governance = facts(c, LocalDate.of(2024, 3, 1)).bodies().governance();
    assertThat(governance.copilCount()).isEqualTo(1);
    assertThat(governance.cotechCount()).isEqualTo(2);
    List<BodyFact> bodies = facts(c, LocalDate.of(2024, 3, 1)).bodies().bodies();
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
    BodyFact during = facts(c, LocalDate.of(2023, 12, 31)).bodies().bodies().get(0);
    BodyFact after = facts(c, LocalDate.of(2024, 1, 1)).bodies().bodies().get(0);
    assertThat(during.arsMember()).isTrue();
    assertThat(during.memberOrganisationIds()).containsExactlyInAnyOrder("org-cc", "org-ars");
    assertThat(during.facilitatorIsCoordinator()).isTrue();
    assertThat(after.arsMember()).isFalse();
    assertThat(after.memberOrganisationIds()).containsExactly("org-cc");
    assertThat(after.facilitatorIsCoordinator()).as("the coordinator's role ended on 2023-12-31").isFalse();
    assertThat(after.chairIsEluReferent()).isTrue();
    assertThat(after.signatoryCollectiviteMember()).isTrue();
    assertThat(facts(c, LocalDate.of(2024, 1, 1)).coordination().coordination().coordinatorCount()).isZero();
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
    List<SignatoryFact> during = facts(c, LocalDate.of(2023, 12, 31)).contract().signatories();
    assertThat(during).extracting(SignatoryFact::organisationId, SignatoryFact::copilMember,
        SignatoryFact::cotechMember).containsExactly(
            org.assertj.core.groups.Tuple.tuple("org-cc", true, true),
            org.assertj.core.groups.Tuple.tuple("org-ars", true, false));
    List<SignatoryFact> after = facts(c, LocalDate.of(2024, 1, 1)).contract().signatories();
    assertThat(after).extracting(SignatoryFact::copilMember).containsExactly(true, false);
  }

  @Test
  @DisplayName("reports for 2024 are overdue from 2025-07-01, not on 2025-06-30")
  void dueDates() {
    LocalHealthContract c = contract(List.of()).build();
    JudgedYearFact onDue = facts(c, LocalDate.of(2025, 6, 30)).years().judged().stream()
        .filter(y -> y.year() == 2024).findFirst().orElseThrow();
    JudgedYearFact after = facts(c, LocalDate.of(2025, 7, 1)).years().judged().stream()
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
    List<FicheYearFact> fy = facts(c, LocalDate.of(2025, 3, 1)).fiches().years();
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
    List<MilestoneOrderFact> order = facts(c, LocalDate.of(2022, 1, 1)).contract().milestoneOrder();
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
    DurationFact d = facts(c, LocalDate.of(2024, 1, 1)).contract().durations().stream()
        .filter(x -> x.kind() == DurationFact.Kind.CONTRACT).findFirst().orElseThrow();
    assertThat(d.months()).isEqualTo(60);
    assertThat(d.days()).isZero();
    DurationFact prep = facts(c, LocalDate.of(2024, 1, 1)).contract().durations().stream()
        .filter(x -> x.kind() == DurationFact.Kind.PREPARATION).findFirst().orElseThrow();
    assertThat(prep.from()).isEqualTo("diagnosisStart");
    assertThat(prep.months()).isEqualTo(14);
  }

  @Test
  @DisplayName("the final evaluation's window opens on the first day d with d + n months later than the end date")
  void windowOpensOnTheFirstDayOfTheLastMonths() {
    for (LocalDate end : List.of(LocalDate.of(2027, 3, 14), LocalDate.of(2028, 2, 29), LocalDate.of(2028, 2, 28),
        LocalDate.of(2025, 3, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2026, 8, 31))) {
      for (int n : List.of(1, 6, 12, 24)) {
        LocalDate opens = new EndFact(end).windowOpens(n);
        assertThat(io.github.clsante.cls.calendar.DateArithmetic.plusMonths(opens, n)).as("%s, %s months", end, n)
            .isAfter(end);
        assertThat(io.github.clsante.cls.calendar.DateArithmetic.plusMonths(opens.minusDays(1), n))
            .as("the day before, %s, %s months", end, n).isBeforeOrEqualTo(end);
      }
    }
    // the last 12 months, as CLAUSES.md's example gives them: 2027-03-14 → from 2026-03-15
    assertThat(new EndFact(LocalDate.of(2027, 3, 14)).windowOpens(12)).isEqualTo(LocalDate.of(2026, 3, 15));
  }

  @Test
  @DisplayName("the phase is the one computed for the check, and every fact of the families is given to the engine")
  void familiesAndTheEngineSeeTheSameFacts() {
    LocalHealthContract c = contract(List.of()).build();
    FactSet f = facts(c, LocalDate.of(2024, 1, 1));
    assertThat(f.phase()).isEqualTo(io.github.clsante.cls.calendar.Phase.IMPLEMENTATION_AND_EVALUATION);
    assertThat(f.contract().contract().phase()).isSameAs(f.phase());
    assertThat(f.all()).contains(f.contract().contract(), f.contract().signatoryCounts(), f.bodies().governance(),
        f.fiches().plan(), f.diagnosis().diagnosis(), f.coordination().coordination());
    assertThat(f.all()).containsAll(f.years().judged()).containsAll(f.contract().durations())
        .containsAll(f.diagnosis().missingItems());
    assertThat(f.contract().signatoryCounts()).isEqualTo(new SignatoriesFact(2, 1, 1));
  }
}
