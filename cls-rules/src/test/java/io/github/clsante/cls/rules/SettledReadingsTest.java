package io.github.clsante.cls.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.model.ActionPlan;
import io.github.clsante.cls.model.ActionSheet;
import io.github.clsante.cls.model.Amendment;
import io.github.clsante.cls.model.AmendmentSignature;
import io.github.clsante.cls.model.AnnualReport;
import io.github.clsante.cls.model.BodyDecision;
import io.github.clsante.cls.model.BodyKind;
import io.github.clsante.cls.model.Evaluation;
import io.github.clsante.cls.model.EvaluationKind;
import io.github.clsante.cls.model.FollowUp;
import io.github.clsante.cls.model.Governance;
import io.github.clsante.cls.model.GovernanceBody;
import io.github.clsante.cls.model.Indicator;
import io.github.clsante.cls.model.IndicatorValue;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.Milestones;
import io.github.clsante.cls.model.Organisation;
import io.github.clsante.cls.model.OrganisationKind;
import io.github.clsante.cls.model.Signatory;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The readings of CLAUSES.md settled on 2026-12-02, on small hand-built contracts whose expected findings were
 * worked out by hand from CLAUSES.md. Lines read: severity, "to-do" for « à prévoir », rule id, element, year,
 * then the arguments that matter.
 */
class SettledReadingsTest {

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  /** A bare contract of a CC and the ARS with the given milestones. */
  static LocalHealthContract contract(Milestones m) {
    return LocalHealthContract.builder().id("cls").name("CLS").region("Normandie")
        .addOrganisations(Organisation.builder().id("cc").name("CC").kind(OrganisationKind.COMMUNAUTE_DE_COMMUNES)
            .build(), Organisation.builder().id("ars").name("ARS").kind(OrganisationKind.ARS).build())
        .addSignatories(Signatory.builder().organisationId("cc").build(),
            Signatory.builder().organisationId("ars").build())
        .milestones(m).build();
  }

  static List<Finding> findings(LocalHealthContract c, LocalDate asOf, String ruleId) {
    return Referentiels.byId("normandie").check(c, asOf).findings(ruleId);
  }

  // ------------------------------------------------------------------------------------------- durations

  @Test
  @DisplayName("SOC-DURATION: signed 2024-02-29, ending 2029-02-28, lasts exactly 5 years; ending 2029-03-01 is over")
  void signedOnTheTwentyNinthOfFebruary() {
    LocalDate asOf = d("2026-11-22");
    assertThat(findings(contract(Milestones.builder().signature(d("2024-02-29")).end(d("2029-02-28")).build()),
        asOf, "SOC-DURATION")).isEmpty();
    List<Finding> over = findings(contract(Milestones.builder().signature(d("2024-02-29")).end(d("2029-03-01"))
        .build()), asOf, "SOC-DURATION");
    assertThat(over).singleElement().satisfies(f -> assertThat(f.arguments()).containsEntry("months", 60)
        .containsEntry("days", 1).containsEntry("minimumYears", 3).containsEntry("maximumYears", 5));
    // 3 years: signature + 3 years = 2027-03-01 must be at most the day after the end
    assertThat(findings(contract(Milestones.builder().signature(d("2024-02-29")).end(d("2027-02-28")).build()),
        asOf, "SOC-DURATION")).isEmpty();
    assertThat(findings(contract(Milestones.builder().signature(d("2024-02-29")).end(d("2027-02-27")).build()),
        asOf, "SOC-DURATION")).singleElement().satisfies(f -> assertThat(f.arguments())
        .containsEntry("months", 35).containsEntry("days", 30)); // 2024-02-29 + 35 months = 2027-01-29, +30 days
  }

  @Test
  @DisplayName("SOC-DURATION: 2022-03-15 → 2027-03-14 is exactly 5 years; → 2027-03-15 is 5 years and a day")
  void theExampleOfTheConvention() {
    LocalDate asOf = d("2026-11-22");
    assertThat(findings(contract(Milestones.builder().signature(d("2022-03-15")).end(d("2027-03-14")).build()),
        asOf, "SOC-DURATION")).isEmpty();
    assertThat(findings(contract(Milestones.builder().signature(d("2022-03-15")).end(d("2027-03-15")).build()),
        asOf, "SOC-DURATION")).hasSize(1);
  }

  @Test
  @DisplayName("NOR-PRESIGNATURE-PERIOD: from 2024-08-31, 6 months are reached on 2025-03-01 (31 February does not exist)")
  void sixMonthsFromTheThirtyFirstOfAugust() {
    LocalDate asOf = d("2026-11-22");
    assertThat(findings(contract(Milestones.builder().engagement(d("2024-08-31")).signature(d("2025-03-01"))
        .build()), asOf, "NOR-PRESIGNATURE-PERIOD")).isEmpty();
    assertThat(findings(contract(Milestones.builder().engagement(d("2024-08-31")).signature(d("2025-02-28"))
        .build()), asOf, "NOR-PRESIGNATURE-PERIOD")).singleElement().satisfies(f -> assertThat(f.arguments())
        .containsEntry("from", "engagement").containsEntry("months", 5).containsEntry("days", 28)
        .containsEntry("minimumMonths", 6).containsEntry("maximumMonths", 12));
  }

  @Test
  @DisplayName("NOR-PRESIGNATURE-PERIOD: from 2024-02-29, 12 months end on 2025-03-01 (included); 2025-03-02 is over")
  void twelveMonthsFromTheTwentyNinthOfFebruary() {
    LocalDate asOf = d("2026-11-22");
    assertThat(findings(contract(Milestones.builder().engagement(d("2024-02-29")).signature(d("2025-03-01"))
        .build()), asOf, "NOR-PRESIGNATURE-PERIOD")).isEmpty();
    assertThat(findings(contract(Milestones.builder().engagement(d("2024-02-29")).signature(d("2025-03-02"))
        .build()), asOf, "NOR-PRESIGNATURE-PERIOD")).singleElement().satisfies(f -> assertThat(f.arguments())
        .containsEntry("months", 12).containsEntry("days", 1));
  }

  @Test
  @DisplayName("NOR-PRESIGNATURE-PERIOD: 6 months less a day is under, 12 months and a day is over; both bounds in")
  void bothBoundsIncluded() {
    LocalDate asOf = d("2026-11-22");
    LocalDate start = d("2024-03-15");
    for (String sig : List.of("2024-09-15", "2025-03-15")) {
      assertThat(findings(contract(Milestones.builder().engagement(start).signature(d(sig)).build()), asOf,
          "NOR-PRESIGNATURE-PERIOD")).as(sig).isEmpty();
    }
    for (String sig : List.of("2024-09-14", "2025-03-16")) {
      assertThat(findings(contract(Milestones.builder().engagement(start).signature(d(sig)).build()), asOf,
          "NOR-PRESIGNATURE-PERIOD")).as(sig).hasSize(1);
    }
  }

  // ------------------------------------------------------------------------------- the last 12 months

  /** Ends on {@code end}, a COPIL, and a final evaluation done and supervised by it on {@code evaluated}. */
  static LocalHealthContract endingWithEvaluation(String end, String evaluated) {
    return LocalHealthContract.builder().mergeFrom(contract(Milestones.builder().signature(d("2024-03-01"))
            .end(d(end)).build()))
        .governance(Governance.builder().addBodies(GovernanceBody.builder().id("copil").name("COPIL")
            .kind(BodyKind.COPIL).build()).build())
        .followUp(FollowUp.builder().addEvaluations(Evaluation.builder().id("ef").kind(EvaluationKind.FINAL)
            .date(d(evaluated)).supervision(BodyDecision.builder().bodyId("copil").date(d(evaluated)).build())
            .build()).build())
        .build();
  }

  @Test
  @DisplayName("NOR-FINAL-EVALUATION: for an end on 2028-02-29 the last 12 months start on 2027-03-01")
  void lastTwelveMonthsOfAContractEndingOnTheTwentyNinthOfFebruary() {
    LocalDate after = d("2028-03-01");
    assertThat(findings(endingWithEvaluation("2028-02-29", "2027-03-01"), after, "NOR-FINAL-EVALUATION")).isEmpty();
    assertThat(findings(endingWithEvaluation("2028-02-29", "2027-02-28"), after, "NOR-FINAL-EVALUATION"))
        .singleElement().satisfies(f -> assertThat(f.isToDo()).isFalse());
    // the to-do: from 2027-03-01, not on 2027-02-28
    LocalHealthContract none = endingWithEvaluation("2028-02-29", "2029-01-01");
    assertThat(findings(none, d("2027-02-28"), "NOR-FINAL-EVALUATION")).isEmpty();
    assertThat(findings(none, d("2027-03-01"), "NOR-FINAL-EVALUATION")).singleElement()
        .satisfies(f -> assertThat(f.isToDo()).isTrue());
  }

  @Test
  @DisplayName("NOR-FINAL-EVALUATION: for an end on 2025-02-28 the last 12 months start on 2024-02-29")
  void lastTwelveMonthsStartingOnTheTwentyNinthOfFebruary() {
    // 2024-02-29 + 1 year = 2025-03-01, later than the end: the 29th is in; the 28th + 1 year is the end itself
    assertThat(findings(endingWithEvaluation("2025-02-28", "2024-02-29"), d("2025-03-01"),
        "NOR-FINAL-EVALUATION")).isEmpty();
    assertThat(findings(endingWithEvaluation("2025-02-28", "2024-02-28"), d("2025-03-01"),
        "NOR-FINAL-EVALUATION")).hasSize(1);
    LocalHealthContract none = endingWithEvaluation("2025-02-28", "2026-01-01");
    assertThat(findings(none, d("2024-02-29"), "NOR-FINAL-EVALUATION")).singleElement()
        .satisfies(f -> assertThat(f.isToDo()).isTrue());
  }

  // ------------------------------------------------------------------------- a fiche without indicator

  @Test
  @DisplayName("NOR-ACTION-INDICATORS only, never NOR-INDICATOR-FOLLOW-UP, for a fiche without any indicator")
  void aFicheWithoutIndicatorGetsOneFinding() {
    // signed 2023-07-04: 2024 and 2025 are judged on 2026-11-22, and their values are due (30 June next year)
    LocalHealthContract c = LocalHealthContract.builder().mergeFrom(contract(Milestones.builder()
            .signature(d("2023-07-04")).end(d("2028-07-03")).build()))
        .actionPlan(ActionPlan.builder().addFiches(
            ActionSheet.builder().id("fa-1").title("Avec indicateur").addIndicators(Indicator.builder().id("i-1")
                .name("I").addValues(IndicatorValue.builder().year(2024).value("3").build()).build()).build(),
            ActionSheet.builder().id("fa-2").title("Sans indicateur").build()).build())
        .build();
    Map<String, List<String>> found = new TreeMap<>();
    for (String rule : List.of("NOR-ACTION-INDICATORS", "NOR-INDICATOR-FOLLOW-UP")) {
      found.put(rule, findings(c, d("2026-11-22"), rule).stream()
          .map(f -> f.severity() + " " + f.elementId() + f.year().map(y -> " " + y).orElse("")).toList());
    }
    assertThat(found).containsExactly(
        Map.entry("NOR-ACTION-INDICATORS", List.of("ERROR fa-2")),
        Map.entry("NOR-INDICATOR-FOLLOW-UP", List.of("WARNING fa-1 2025")));
  }

  // ------------------------------------------------------------------------------ as of the check date

  static String line(Finding f) {
    return f.severity() + (f.isToDo() ? " to-do " : " ") + f.ruleId() + " " + f.elementId()
        + f.year().map(y -> " " + y).orElse("");
  }

  static List<String> lines(LocalHealthContract c, LocalDate asOf, String... ruleIds) {
    var report = Referentiels.byId("normandie").check(c, asOf);
    return report.findings().stream().filter(f -> List.of(ruleIds).contains(f.ruleId()))
        .map(SettledReadingsTest::line).toList();
  }

  @Test
  @DisplayName("SOC-DIAGNOSIS-FIRST: a draft whose diagnosis completion and signature both lie after the check date has its to-do")
  void aDiagnosisCompletedAfterTheCheckDateIsNotCompletedYet() {
    LocalHealthContract draft = contract(Milestones.builder().diagnosisStart(d("2026-03-02"))
        .diagnosisCompletion(d("2027-01-15")).signature(d("2027-03-01")).build());
    assertThat(lines(draft, d("2026-11-22"), "SOC-DIAGNOSIS-FIRST"))
        .containsExactly("INFO to-do SOC-DIAGNOSIS-FIRST cls");
    // on the completion date it is done, and it is before the signature
    assertThat(lines(draft, d("2027-01-15"), "SOC-DIAGNOSIS-FIRST")).isEmpty();
  }

  /** Signed 2023-07-04 by the CC and the ARS, with one fiche validated before signature. */
  static LocalHealthContract signed() {
    return LocalHealthContract.builder().mergeFrom(contract(Milestones.builder().diagnosisStart(d("2022-09-19"))
            .diagnosisCompletion(d("2023-03-28")).signature(d("2023-07-04")).end(d("2028-07-03")).build()))
        .actionPlan(ActionPlan.builder().addFiches(ActionSheet.builder().id("fa-1").title("F1")
            .validatedOn(d("2023-06-13")).pilotId(Optional.empty()).build()).build()).build();
  }

  @Test
  @DisplayName("An amendment dated after the check date is not judged, and the fiche it adds does not exist yet")
  void anAmendmentDatedAfterTheCheckDate() {
    LocalHealthContract signed = signed();
    LocalHealthContract c = LocalHealthContract.builder().mergeFrom(signed)
        .actionPlan(ActionPlan.builder().mergeFrom(signed.actionPlan()).fiches(List.of(signed.actionPlan().fiches()
            .get(0), ActionSheet.builder().id("fa-2").title("F2, ajoutée par l'avenant").build())).build())
        .amendments(List.of(Amendment.builder().id("avenant-1").date(d("2027-01-20"))
            .addSignatures(AmendmentSignature.builder().organisationId("cc").signedOn(d("2027-01-20")).build())
            .addAddedFicheIds("fa-2").build()))
        .build();
    String[] rules = {"NOR-AMENDMENT-SIGNED", "NOR-ACTION-PILOT", "NOR-ACTION-INDICATORS", "NOR-FICHES-VALIDATED",
        "SOC-ACTION-FIELDS", "NOR-AXES"};
    // on 2026-11-22 only fa-1 exists: it has no pilot, no indicator, no axis, and lacks seven fields
    assertThat(lines(c, d("2026-11-22"), rules)).noneMatch(l -> l.contains("fa-2") || l.contains("avenant-1"))
        .contains("ERROR NOR-ACTION-PILOT fa-1", "ERROR NOR-ACTION-INDICATORS fa-1");
    // on 2027-02-01 the amendment is judged (the ARS has not signed it) and fa-2 exists
    assertThat(lines(c, d("2027-02-01"), rules)).contains("ERROR NOR-AMENDMENT-SIGNED avenant-1",
        "ERROR NOR-ACTION-PILOT fa-2", "ERROR NOR-ACTION-INDICATORS fa-2", "ERROR NOR-FICHES-VALIDATED fa-2");
  }

  @Test
  @DisplayName("NOR-AMENDMENT-SIGNED: a signature dated after the check date is not given yet; an undated one counts")
  void anAmendmentSignatureDatedAfterTheCheckDate() {
    LocalHealthContract c = LocalHealthContract.builder().mergeFrom(signed())
        .addAmendments(Amendment.builder().id("avenant-1").date(d("2025-06-24"))
            .addSignatures(AmendmentSignature.builder().organisationId("cc").build(),
                AmendmentSignature.builder().organisationId("ars").signedOn(d("2026-12-01")).build()).build())
        .build();
    List<Finding> before = findings(c, d("2026-11-22"), "NOR-AMENDMENT-SIGNED");
    assertThat(before).singleElement().satisfies(f -> assertThat(f.arguments()).containsEntry("missing",
        List.of("ars")));
    assertThat(findings(c, d("2026-12-01"), "NOR-AMENDMENT-SIGNED")).isEmpty();
  }

  @Test
  @DisplayName("NOR-ANNUAL-REPORT: a report issued after the check date is not issued yet; an undated one counts")
  void aReportIssuedAfterTheCheckDate() {
    LocalHealthContract c = LocalHealthContract.builder().mergeFrom(signed()).followUp(FollowUp.builder()
        .addActivityReports(AnnualReport.builder().id("ra-2024").year(2024).build())
        .addActivityReports(AnnualReport.builder().id("ra-2025").year(2025).issuedOn(d("2026-12-15")).build())
        .build()).build();
    // 2024 and 2025 are judged on 2026-11-22; 2025's report is due since 30 June 2026 and not issued yet
    assertThat(lines(c, d("2026-11-22"), "NOR-ANNUAL-REPORT")).containsExactly("ERROR NOR-ANNUAL-REPORT cls 2025");
    assertThat(lines(c, d("2026-12-15"), "NOR-ANNUAL-REPORT")).isEmpty();
  }

  @Test
  @DisplayName("NOR-FICHES-VALIDATED: a validation dated after the check date has not happened yet")
  void aValidationDatedAfterTheCheckDate() {
    LocalHealthContract draft = LocalHealthContract.builder().mergeFrom(contract(Milestones.builder()
            .diagnosisStart(d("2026-03-02")).diagnosisCompletion(d("2026-10-01")).signature(d("2027-03-01")).build()))
        .actionPlan(ActionPlan.builder().addFiches(ActionSheet.builder().id("fa-1").title("F1")
            .validatedOn(d("2027-01-10")).build()).build()).build();
    assertThat(lines(draft, d("2026-11-22"), "NOR-FICHES-VALIDATED"))
        .containsExactly("INFO to-do NOR-FICHES-VALIDATED fa-1");
    assertThat(lines(draft, d("2027-01-10"), "NOR-FICHES-VALIDATED")).isEmpty();
  }
}
