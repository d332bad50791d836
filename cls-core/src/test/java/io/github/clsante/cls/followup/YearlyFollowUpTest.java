package io.github.clsante.cls.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.cls.model.AnnualReport;
import io.github.clsante.cls.model.BodyDecision;
import io.github.clsante.cls.model.BodyKind;
import io.github.clsante.cls.model.FinancialCommitment;
import io.github.clsante.cls.model.FollowUp;
import io.github.clsante.cls.model.Governance;
import io.github.clsante.cls.model.GovernanceBody;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.Meeting;
import io.github.clsante.cls.model.Milestones;
import io.github.clsante.cls.model.Organisation;
import io.github.clsante.cls.model.OrganisationKind;
import io.github.clsante.cls.model.Programming;
import io.github.clsante.cls.referentiel.Applies;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The yearly follow-up of small hand-built contracts, year by year. */
class YearlyFollowUpTest {

  static final LocalDate DIAGNOSIS = LocalDate.of(2022, 9, 19);
  static final LocalDate SIGNATURE = LocalDate.of(2023, 7, 4);
  static final LocalDate END = LocalDate.of(2028, 7, 3);
  static final LocalDate AS_OF = LocalDate.of(2026, 12, 2);

  static Meeting meeting(String id, String date) {
    return Meeting.builder().id(id).date(LocalDate.parse(date)).build();
  }

  static AnnualReport report(String id, int year, String issuedOn) {
    var b = AnnualReport.builder().id(id).year(year);
    return (issuedOn == null ? b : b.issuedOn(LocalDate.parse(issuedOn))).build();
  }

  static Programming programming(String id, int from, int to, String body, String validatedOn, boolean committed) {
    var b = Programming.builder().id(id).fromYear(from).toYear(to)
        .validation(BodyDecision.builder().bodyId(body).date(LocalDate.parse(validatedOn)).build());
    if (committed) {
      b.addCommitments(FinancialCommitment.builder().organisationId("cc").amount(BigDecimal.TEN).build());
    }
    return b.build();
  }

  static LocalHealthContract contract(Milestones m) {
    GovernanceBody copil = GovernanceBody.builder().id("copil").name("COPIL").kind(BodyKind.COPIL)
        .addMeetings(meeting("c1", "2022-10-11"), meeting("c2", "2023-03-28"), meeting("c3", "2024-01-23"),
            meeting("c4", "2026-12-02"), meeting("c5", "2026-12-15"))
        .build();
    GovernanceBody cotech = GovernanceBody.builder().id("cotech").name("COTECH").kind(BodyKind.COTECH)
        .addMeetings(meeting("t1", "2023-05-01"), meeting("t2", "2025-09-17")).build();
    GovernanceBody merged = GovernanceBody.builder().id("both").name("COPIL-COTECH")
        .kind(BodyKind.MERGED_COPIL_COTECH).addMeetings(meeting("m1", "2025-03-01")).build();
    GovernanceBody group = GovernanceBody.builder().id("gt").name("Groupe de travail")
        .kind(BodyKind.WORKING_GROUP).addMeetings(meeting("g1", "2025-04-01")).build();
    FollowUp fu = FollowUp.builder()
        .addActivityReports(report("ra-2023", 2023, "2024-03-19"), report("ra-2024", 2024, null),
            report("ra-2025", 2025, "2026-12-03"), report("ra-2019", 2019, "2020-01-01"))
        .addFinancialReports(report("bf-2024", 2024, "2025-04-15"), report("bf-2024b", 2024, "2025-05-15"))
        .addProgrammings(programming("p-2024", 2024, 2024, "copil", "2024-01-23", true),
            programming("p-2025-26", 2025, 2026, "both", "2024-12-10", true),
            programming("p-cotech", 2023, 2023, "cotech", "2023-01-10", true),
            programming("p-empty", 2022, 2022, "copil", "2022-10-11", false),
            programming("p-late", 2027, 2027, "copil", "2026-12-15", true))
        .build();
    return LocalHealthContract.builder().id("cls").name("CLS").region("Normandie")
        .addOrganisations(Organisation.builder().id("cc").name("CC").kind(OrganisationKind.COMMUNAUTE_DE_COMMUNES)
            .build())
        .milestones(m).governance(Governance.builder().addBodies(copil, cotech, merged, group).build())
        .followUp(fu).build();
  }

  static Milestones milestones(LocalDate diagnosis, LocalDate signature, LocalDate end) {
    var b = Milestones.builder();
    if (diagnosis != null) {
      b.diagnosisStart(diagnosis);
    }
    if (signature != null) {
      b.signature(signature);
    }
    if (end != null) {
      b.end(end);
    }
    return b.build();
  }

  static final LocalHealthContract CONTRACT = contract(milestones(DIAGNOSIS, SIGNATURE, END));

  @Test
  @DisplayName("one year per calendar year from the diagnosis start's to the check date's, each with its status "
      + "in both spans")
  void yearsAndStatuses() {
    YearlyFollowUp f = YearlyFollowUp.of(CONTRACT, AS_OF);
    assertThat(f.asOf()).isEqualTo(AS_OF);
    assertThat(f.years()).extracting(FollowUpYear::year).containsExactly(2022, 2023, 2024, 2025, 2026);
    assertThat(f.years()).extracting(FollowUpYear::meetingsStatus).containsExactly(YearStatus.PARTIAL,
        YearStatus.JUDGED, YearStatus.JUDGED, YearStatus.JUDGED, YearStatus.IN_PROGRESS);
    assertThat(f.years()).extracting(FollowUpYear::reportsStatus).containsExactly(YearStatus.OUTSIDE,
        YearStatus.PARTIAL, YearStatus.JUDGED, YearStatus.JUDGED, YearStatus.IN_PROGRESS);
    assertThat(f.judged(FollowUpSpan.DIAGNOSIS_TO_END)).extracting(FollowUpYear::year)
        .containsExactly(2023, 2024, 2025);
    assertThat(f.judged(FollowUpSpan.SIGNATURE_TO_END)).extracting(FollowUpYear::year).containsExactly(2024, 2025);
    assertThat(f.inProgress(FollowUpSpan.DIAGNOSIS_TO_END).map(FollowUpYear::year)).contains(2026);
    assertThat(f.year(2026).orElseThrow().isInProgress()).isTrue();
    assertThat(f.year(2025).orElseThrow().isInProgress()).isFalse();
    assertThat(f.year(2021)).isEmpty();
    assertThat(f.year(2027)).isEmpty();
    assertThat(f.year(2024).orElseThrow().status(FollowUpSpan.SIGNATURE_TO_END)).isEqualTo(YearStatus.JUDGED);
    assertThat(f.year(2023).orElseThrow().status(FollowUpSpan.SIGNATURE_TO_END)).isEqualTo(YearStatus.PARTIAL);
  }

  @Test
  @DisplayName("meetings held: a merged body counts for both, a working group for neither, a meeting on the check "
      + "date is held and one after it is not")
  void meetings() {
    YearlyFollowUp f = YearlyFollowUp.of(CONTRACT, AS_OF);
    assertThat(f.years()).extracting(FollowUpYear::copilMeetings).containsExactly(1, 1, 1, 1, 1);
    assertThat(f.years()).extracting(FollowUpYear::cotechMeetings).containsExactly(0, 1, 0, 2, 0);
    // the day before, the meeting of 2 December 2026 has not been held yet
    assertThat(YearlyFollowUp.of(CONTRACT, AS_OF.minusDays(1)).year(2026).orElseThrow().copilMeetings()).isZero();
    // on 31 December, the one of 15 December has been
    assertThat(YearlyFollowUp.of(CONTRACT, LocalDate.of(2026, 12, 31)).year(2026).orElseThrow().copilMeetings())
        .isEqualTo(2);
  }

  @Test
  @DisplayName("reports issued on or before the check date, or undated, count for their year")
  void reports() {
    YearlyFollowUp f = YearlyFollowUp.of(CONTRACT, AS_OF);
    assertThat(f.years()).extracting(FollowUpYear::activityReports).containsExactly(0, 1, 1, 0, 0);
    assertThat(f.years()).extracting(FollowUpYear::financialReports).containsExactly(0, 0, 2, 0, 0);
    assertThat(YearlyFollowUp.of(CONTRACT, AS_OF.plusDays(1)).year(2025).orElseThrow().activityReports())
        .isEqualTo(1);
  }

  @Test
  @DisplayName("a year is programmed when a programming covering it, with commitments, was validated on or before "
      + "the check date by a body counting as the COPIL")
  void programming() {
    YearlyFollowUp f = YearlyFollowUp.of(CONTRACT, AS_OF);
    // 2022: no commitments; 2023: validated by the COTECH; 2024: yes; 2025-2026: by the merged body
    assertThat(f.years()).extracting(FollowUpYear::programmed).containsExactly(false, false, true, true, true);
    assertThat(YearlyFollowUp.of(CONTRACT, LocalDate.of(2024, 12, 9)).year(2024).orElseThrow().programmed())
        .isTrue();
    assertThat(YearlyFollowUp.of(CONTRACT, LocalDate.of(2023, 12, 9)).years()).extracting(FollowUpYear::programmed)
        .containsOnly(false);
  }

  @Test
  @DisplayName("a contract ending mid-year: its last year is partial, and no year after it is listed")
  void endingMidYear() {
    LocalHealthContract c = contract(milestones(DIAGNOSIS, SIGNATURE, LocalDate.of(2026, 6, 30)));
    YearlyFollowUp during = YearlyFollowUp.of(c, LocalDate.of(2026, 3, 1));
    assertThat(during.years()).extracting(FollowUpYear::year).endsWith(2025, 2026);
    assertThat(during.year(2026).orElseThrow().meetingsStatus()).isEqualTo(YearStatus.PARTIAL);
    assertThat(during.inProgress(FollowUpSpan.DIAGNOSIS_TO_END)).isEmpty();
    YearlyFollowUp after = YearlyFollowUp.of(c, LocalDate.of(2027, 2, 1));
    assertThat(after.years()).extracting(FollowUpYear::year).containsExactly(2022, 2023, 2024, 2025, 2026);
    assertThat(after.year(2026).orElseThrow().reportsStatus()).isEqualTo(YearStatus.PARTIAL);
  }

  @Test
  @DisplayName("a contract ending on 31 December of the check date's year: that year is in progress")
  void endingOn31December() {
    LocalHealthContract c = contract(milestones(DIAGNOSIS, SIGNATURE, LocalDate.of(2026, 12, 31)));
    assertThat(YearlyFollowUp.of(c, AS_OF).year(2026).orElseThrow().meetingsStatus())
        .isEqualTo(YearStatus.IN_PROGRESS);
  }

  @Test
  @DisplayName("on 1 January the year in progress has nothing held yet; on 31 December it is still in progress")
  void edgesOfTheYear() {
    YearlyFollowUp jan1 = YearlyFollowUp.of(CONTRACT, LocalDate.of(2026, 1, 1));
    assertThat(jan1.year(2026).orElseThrow())
        .isEqualTo(FollowUpYear.builder(2026).meetingsStatus(YearStatus.IN_PROGRESS)
            .reportsStatus(YearStatus.IN_PROGRESS).programmed(true).build());
    assertThat(jan1.year(2025).orElseThrow().meetingsStatus()).isEqualTo(YearStatus.JUDGED);
    YearlyFollowUp dec31 = YearlyFollowUp.of(CONTRACT, LocalDate.of(2026, 12, 31));
    assertThat(dec31.year(2026).orElseThrow().meetingsStatus()).isEqualTo(YearStatus.IN_PROGRESS);
  }

  @Test
  @DisplayName("no end date: the years run to the check date's, which is in progress")
  void openEnded() {
    YearlyFollowUp f = YearlyFollowUp.of(contract(milestones(DIAGNOSIS, SIGNATURE, null)), AS_OF);
    assertThat(f.years()).extracting(FollowUpYear::year).containsExactly(2022, 2023, 2024, 2025, 2026);
    assertThat(f.inProgress(FollowUpSpan.SIGNATURE_TO_END).map(FollowUpYear::year)).contains(2026);
  }

  @Test
  @DisplayName("a diagnosis under way without signature: meeting years only, the reports' span is outside")
  void beforeSignature() {
    YearlyFollowUp f = YearlyFollowUp.of(contract(milestones(LocalDate.of(2026, 3, 2), null, null)), AS_OF);
    assertThat(f.years()).containsExactly(
        FollowUpYear.builder(2026).meetingsStatus(YearStatus.PARTIAL).reportsStatus(YearStatus.OUTSIDE)
            .meetings(1, 0).programmed(true).build());
  }

  @Test
  @DisplayName("no dates, or a check date before every span: no year, and nothing thrown")
  void noYears() {
    assertThat(YearlyFollowUp.of(contract(milestones(null, null, null)), AS_OF).years()).isEmpty();
    assertThat(YearlyFollowUp.of(CONTRACT, LocalDate.of(2021, 12, 31)).years()).isEmpty();
    assertThat(YearlyFollowUp.of(CONTRACT, LocalDate.of(2021, 12, 31)).inProgress(FollowUpSpan.DIAGNOSIS_TO_END))
        .isEmpty();
  }

  @Test
  void theSpansOfTheYearlyClauses() {
    assertThat(FollowUpSpan.of(Applies.YEARS_DIAGNOSIS_TO_END)).contains(FollowUpSpan.DIAGNOSIS_TO_END);
    assertThat(FollowUpSpan.of(Applies.YEARS_SIGNATURE_TO_END)).contains(FollowUpSpan.SIGNATURE_TO_END);
    for (Applies a : List.of(Applies.ALWAYS, Applies.DIAGNOSIS, Applies.SIGNATURE, Applies.SIGNATURE_TODO,
        Applies.END_TODO)) {
      assertThat(FollowUpSpan.of(a)).as("%s", a).isEqualTo(Optional.empty());
    }
  }

  @Test
  void refusesWhatIsMeaningless() {
    assertThatThrownBy(() -> YearlyFollowUp.of(null, AS_OF)).isInstanceOf(NullPointerException.class)
        .hasMessage("contract");
    assertThatThrownBy(() -> YearlyFollowUp.of(CONTRACT, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("asOf");
    assertThatThrownBy(() -> YearlyFollowUp.of(CONTRACT, LocalDate.of(1899, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("asOf");
    FollowUpYear a = FollowUpYear.builder(2026).meetingsStatus(YearStatus.JUDGED).reportsStatus(YearStatus.JUDGED)
        .meetings(2, 3).reports(1, 1).build();
    assertThat(a).isEqualTo(FollowUpYear.builder(2026).meetingsStatus(YearStatus.JUDGED)
        .reportsStatus(YearStatus.JUDGED).meetings(2, 3).reports(1, 1).build()).hasSameHashCodeAs(a)
        .isNotEqualTo(FollowUpYear.builder(2026).meetingsStatus(YearStatus.JUDGED).reportsStatus(YearStatus.JUDGED)
            .meetings(2, 3).reports(1, 0).build());
    assertThat(a.toString()).contains("copilMeetings=2", "cotechMeetings=3");
    assertThatThrownBy(() -> FollowUpYear.builder(2026).meetings(-1, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("copil");
    assertThatThrownBy(() -> FollowUpYear.builder(2026).reports(0, -2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("financial");
    assertThatThrownBy(() -> FollowUpYear.builder(2026).reportsStatus(YearStatus.JUDGED).build())
        .isInstanceOf(NullPointerException.class).hasMessage("meetingsStatus");
  }
}
