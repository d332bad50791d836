package io.github.clsante.cls.rules;

import static io.github.clsante.cls.rules.ClauseCheck.assertBroken;
import static io.github.clsante.cls.rules.ClauseCheck.assertClause;
import static io.github.clsante.cls.rules.ClauseCheck.mixed;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.testkit.Breakage;
import io.github.clsante.cls.testkit.ContractAtDate;
import io.github.clsante.cls.testkit.Contracts;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The Occitanie pack's 9 clauses (CLAUSES.md « Occitanie pack »), clause by clause, in the "occitanie"
 * référentiel.
 *
 * <p>{@link Oracle}: for random contracts at dates, conforming Occitanie contracts and conforming ones broken
 * for the clause, the rule's findings are exactly those the clause's oracle function in {@link OccitanieClauses} (named by the clause id) states from the contract model and
 * CLAUSES.md (rule id, severity, to-do, element, path, year, meaningful arguments); each property fails if it
 * never sees a case with a finding or one without. {@link Broken}: the clause's breakage of a conforming
 * Occitanie contract, where it applies, gives at least one finding of that clause,
 * and exactly the findings the oracle states.
 */
@Label("OccitanieProperties")
class OccitanieProperties {

  private static void check(String ruleId, ContractAtDate c) {
    assertClause(ruleId, c);
  }

  private static void broken(Breakage b, ContractAtDate c) {
    assertBroken(b, c);
  }


  /** The rule's findings are exactly the oracle's. */
  @Group
  @Label("oracle")
  class Oracle {

    /** territory a commune, an EPCI or a groupement; its communes in one département; ERROR always, one per variant. */
    @Property
    @Label("OCC-TERRITORY — « Est infra départemental : communes et EPCI (Communautés de Communes, communautés d'Agglomérations, métropoles) »")
    void OCC_TERRITORY(@ForAll("mixedOCC_TERRITORY") ContractAtDate c) {
      check("OCC-TERRITORY", c);
    }

    @Provide
    Arbitrary<ContractAtDate> mixedOCC_TERRITORY() {
      return mixed(Breakage.OCC_TERRITORY);
    }

    /** one ERROR per portrait missing from a completed diagnosis. */
    @Property
    @Label("OCC-DIAGNOSIS-PORTRAITS — « Portrait de territoire » ; « Portrait de santé » ; « Portrait des ressources et des réponses »")
    void OCC_DIAGNOSIS_PORTRAITS(@ForAll("mixedOCC_DIAGNOSIS_PORTRAITS") ContractAtDate c) {
      check("OCC-DIAGNOSIS-PORTRAITS", c);
    }

    @Provide
    Arbitrary<ContractAtDate> mixedOCC_DIAGNOSIS_PORTRAITS() {
      return mixed(Breakage.OCC_DIAGNOSIS_PORTRAITS);
    }

    /** a completed diagnosis references the PRS; WARNING. */
    @Property
    @Label("OCC-DIAGNOSIS-PRS — « qui s'articule avec des cadres de référence (départementaux, régionaux, nationaux…) dont le PRS »")
    void OCC_DIAGNOSIS_PRS(@ForAll("mixedOCC_DIAGNOSIS_PRS") ContractAtDate c) {
      check("OCC-DIAGNOSIS-PRS", c);
    }

    @Provide
    Arbitrary<ContractAtDate> mixedOCC_DIAGNOSIS_PRS() {
      return mixed(Breakage.OCC_DIAGNOSIS_PRS);
    }

    /** a coordinator on the check date; ERROR from diagnosis. */
    @Property
    @Label("OCC-COORDINATOR-DEDICATED — « La mise en place d'un coordinateur est repérée comme une condition critique pour la réussite des CLS »")
    void OCC_COORDINATOR_DEDICATED(@ForAll("mixedOCC_COORDINATOR_DEDICATED") ContractAtDate c) {
      check("OCC-COORDINATOR-DEDICATED", c);
    }

    @Provide
    Arbitrary<ContractAtDate> mixedOCC_COORDINATOR_DEDICATED() {
      return mixed(Breakage.OCC_COORDINATOR_DEDICATED);
    }

    /** with a coordinator: ≥ 2 distinct signatory funders on the check date; WARNING from diagnosis. */
    @Property
    @Label("OCC-COORDINATOR-FUNDING — « Son financement est partagé par les signataires »")
    void OCC_COORDINATOR_FUNDING(@ForAll("mixedOCC_COORDINATOR_FUNDING") ContractAtDate c) {
      check("OCC-COORDINATOR-FUNDING", c);
    }

    @Provide
    Arbitrary<ContractAtDate> mixedOCC_COORDINATOR_FUNDING() {
      return mixed(Breakage.OCC_COORDINATOR_FUNDING);
    }

    /** a COPIL (or merged body); ERROR from signature, to-do during diagnosis. */
    @Property
    @Label("OCC-COPIL-EXISTS — « Le niveau décisionnaire : COPIL, le comité de pilotage - instance politique du CLS »")
    void OCC_COPIL_EXISTS(@ForAll("mixedOCC_COPIL_EXISTS") ContractAtDate c) {
      check("OCC-COPIL-EXISTS", c);
    }

    @Provide
    Arbitrary<ContractAtDate> mixedOCC_COPIL_EXISTS() {
      return mixed(Breakage.OCC_COPIL_EXISTS);
    }

    /** a COTECH (or merged body); ERROR from signature, to-do during diagnosis. */
    @Property
    @Label("OCC-COTECH-EXISTS — « Le niveau technique : COTECH, le comité technique »")
    void OCC_COTECH_EXISTS(@ForAll("mixedOCC_COTECH_EXISTS") ContractAtDate c) {
      check("OCC-COTECH-EXISTS", c);
    }

    @Provide
    Arbitrary<ContractAtDate> mixedOCC_COTECH_EXISTS() {
      return mixed(Breakage.OCC_COTECH_EXISTS);
    }

    /** one WARNING per COTECH and signatory without a member on the check date, from signature. */
    @Property
    @Label("OCC-PROJECT-TEAM — « L'animation repose sur une équipe dédiée (groupe projet) formée de professionnels appartenant à chaque institution signataire »")
    void OCC_PROJECT_TEAM(@ForAll("mixedOCC_PROJECT_TEAM") ContractAtDate c) {
      check("OCC-PROJECT-TEAM", c);
    }

    @Provide
    Arbitrary<ContractAtDate> mixedOCC_PROJECT_TEAM() {
      return mixed(Breakage.OCC_PROJECT_TEAM);
    }

    /** one WARNING per judged year (signature → end) not covered by a programming with commitments validated by the COPIL. */
    @Property
    @Label("OCC-ANNUAL-PROGRAMMING — « Définir les axes stratégiques et opérationnels, annuels et financiers » ; « valide les programmations »")
    void OCC_ANNUAL_PROGRAMMING(@ForAll("mixedOCC_ANNUAL_PROGRAMMING") ContractAtDate c) {
      check("OCC-ANNUAL-PROGRAMMING", c);
    }

    @Provide
    Arbitrary<ContractAtDate> mixedOCC_ANNUAL_PROGRAMMING() {
      return mixed(Breakage.OCC_ANNUAL_PROGRAMMING);
    }
  }

  /** The clause's breakage of a conforming Occitanie contract gives at least one finding of the clause. */
  @Group
  @Label("breakage")
  class Broken {

    @Property
    @Label("OCC-TERRITORY — « Est infra départemental : communes et EPCI (Communautés de Communes, communautés d'Agglomérations, métropoles) »")
    void OCC_TERRITORY(@ForAll("brokenOCC_TERRITORY") ContractAtDate c) {
      broken(Breakage.OCC_TERRITORY, c);
    }

    @Provide
    Arbitrary<ContractAtDate> brokenOCC_TERRITORY() {
      return Breakage.broken(Contracts.conformingOccitanie(), Breakage.OCC_TERRITORY);
    }

    @Property
    @Label("OCC-DIAGNOSIS-PORTRAITS — « Portrait de territoire » ; « Portrait de santé » ; « Portrait des ressources et des réponses »")
    void OCC_DIAGNOSIS_PORTRAITS(@ForAll("brokenOCC_DIAGNOSIS_PORTRAITS") ContractAtDate c) {
      broken(Breakage.OCC_DIAGNOSIS_PORTRAITS, c);
    }

    @Provide
    Arbitrary<ContractAtDate> brokenOCC_DIAGNOSIS_PORTRAITS() {
      return Breakage.broken(Contracts.conformingOccitanie(), Breakage.OCC_DIAGNOSIS_PORTRAITS);
    }

    @Property
    @Label("OCC-DIAGNOSIS-PRS — « qui s'articule avec des cadres de référence (départementaux, régionaux, nationaux…) dont le PRS »")
    void OCC_DIAGNOSIS_PRS(@ForAll("brokenOCC_DIAGNOSIS_PRS") ContractAtDate c) {
      broken(Breakage.OCC_DIAGNOSIS_PRS, c);
    }

    @Provide
    Arbitrary<ContractAtDate> brokenOCC_DIAGNOSIS_PRS() {
      return Breakage.broken(Contracts.conformingOccitanie(), Breakage.OCC_DIAGNOSIS_PRS);
    }

    @Property
    @Label("OCC-COORDINATOR-DEDICATED — « La mise en place d'un coordinateur est repérée comme une condition critique pour la réussite des CLS »")
    void OCC_COORDINATOR_DEDICATED(@ForAll("brokenOCC_COORDINATOR_DEDICATED") ContractAtDate c) {
      broken(Breakage.OCC_COORDINATOR_DEDICATED, c);
    }

    @Provide
    Arbitrary<ContractAtDate> brokenOCC_COORDINATOR_DEDICATED() {
      return Breakage.broken(Contracts.conformingOccitanie(), Breakage.OCC_COORDINATOR_DEDICATED);
    }

    @Property
    @Label("OCC-COORDINATOR-FUNDING — « Son financement est partagé par les signataires »")
    void OCC_COORDINATOR_FUNDING(@ForAll("brokenOCC_COORDINATOR_FUNDING") ContractAtDate c) {
      broken(Breakage.OCC_COORDINATOR_FUNDING, c);
    }

    @Provide
    Arbitrary<ContractAtDate> brokenOCC_COORDINATOR_FUNDING() {
      return Breakage.broken(Contracts.conformingOccitanie(), Breakage.OCC_COORDINATOR_FUNDING);
    }

    @Property
    @Label("OCC-COPIL-EXISTS — « Le niveau décisionnaire : COPIL, le comité de pilotage - instance politique du CLS »")
    void OCC_COPIL_EXISTS(@ForAll("brokenOCC_COPIL_EXISTS") ContractAtDate c) {
      broken(Breakage.OCC_COPIL_EXISTS, c);
    }

    @Provide
    Arbitrary<ContractAtDate> brokenOCC_COPIL_EXISTS() {
      return Breakage.broken(Contracts.conformingOccitanie(), Breakage.OCC_COPIL_EXISTS);
    }

    @Property
    @Label("OCC-COTECH-EXISTS — « Le niveau technique : COTECH, le comité technique »")
    void OCC_COTECH_EXISTS(@ForAll("brokenOCC_COTECH_EXISTS") ContractAtDate c) {
      broken(Breakage.OCC_COTECH_EXISTS, c);
    }

    @Provide
    Arbitrary<ContractAtDate> brokenOCC_COTECH_EXISTS() {
      return Breakage.broken(Contracts.conformingOccitanie(), Breakage.OCC_COTECH_EXISTS);
    }

    @Property
    @Label("OCC-PROJECT-TEAM — « L'animation repose sur une équipe dédiée (groupe projet) formée de professionnels appartenant à chaque institution signataire »")
    void OCC_PROJECT_TEAM(@ForAll("brokenOCC_PROJECT_TEAM") ContractAtDate c) {
      broken(Breakage.OCC_PROJECT_TEAM, c);
    }

    @Provide
    Arbitrary<ContractAtDate> brokenOCC_PROJECT_TEAM() {
      return Breakage.broken(Contracts.conformingOccitanie(), Breakage.OCC_PROJECT_TEAM);
    }

    @Property
    @Label("OCC-ANNUAL-PROGRAMMING — « Définir les axes stratégiques et opérationnels, annuels et financiers » ; « valide les programmations »")
    void OCC_ANNUAL_PROGRAMMING(@ForAll("brokenOCC_ANNUAL_PROGRAMMING") ContractAtDate c) {
      broken(Breakage.OCC_ANNUAL_PROGRAMMING, c);
    }

    @Provide
    Arbitrary<ContractAtDate> brokenOCC_ANNUAL_PROGRAMMING() {
      return Breakage.broken(Contracts.conformingOccitanie(), Breakage.OCC_ANNUAL_PROGRAMMING);
    }
  }

  /**
   * Conforming Occitanie contracts give no ERROR or WARNING finding at all (socle and Occitanie), and the
   * oracles agree.
   */
  @Property
  @Label("OCC-* and SOC-* — conformingOccitanie() gives no ERROR or WARNING finding")
  void conformingOccitanieHasNoErrorOrWarning(@ForAll("conforming") ContractAtDate c) {
    var report = Referentiels.byId("occitanie").check(c.contract(), c.asOf());
    net.jqwik.api.statistics.Statistics.label("phase").collect(report.phase());
    assertThat(ClauseOracles.expected("occitanie", c.contract(), c.asOf()))
        .as("oracle on %s", c)
        .allMatch(f -> f.severity() == io.github.clsante.cls.report.Severity.INFO);
    assertThat(ClauseCheck.errorsAndWarnings(report)).as("rules on %s", c).isEmpty();
  }

  @Provide
  Arbitrary<ContractAtDate> conforming() {
    return Contracts.conformingOccitanie();
  }

  /**
   * Minimal counter-examples for readings where the rules and the oracle differ and the generators do not (or
   * not reliably) go: each asserts the oracle's findings, like the properties.
   */
  @Group
  @Label("counter-examples")
  class CounterExamples {

    /** @return the base contract, for the counter-examples to extend with {@code builder().mergeFrom(base())} */
    private io.github.clsante.cls.model.LocalHealthContract base() {
      return io.github.clsante.cls.model.LocalHealthContract.builder().id("cls-x").name("x").region("occitanie")
          .territory(io.github.clsante.cls.model.Territory.builder()
              .kind(io.github.clsante.cls.model.TerritoryKind.COMMUNE).build())
          .addOrganisations(
              io.github.clsante.cls.model.Organisation.builder().id("ars").name("ARS")
                  .kind(io.github.clsante.cls.model.OrganisationKind.ARS).build(),
              io.github.clsante.cls.model.Organisation.builder().id("cc").name("CC")
                  .kind(io.github.clsante.cls.model.OrganisationKind.COMMUNAUTE_DE_COMMUNES).build())
          .addSignatories(io.github.clsante.cls.model.Signatory.builder().organisationId("ars").build(),
              io.github.clsante.cls.model.Signatory.builder().organisationId("cc").build()).build();
    }

    private void agree(String ruleId, io.github.clsante.cls.model.LocalHealthContract c, java.time.LocalDate asOf) {
      var report = Referentiels.byId("occitanie").check(c, asOf);
      assertThat(io.github.clsante.cls.rules.oracle.SharedFinding.ofAll(report.findings(ruleId),
          ClauseOracles.asserts(ruleId)))
          .as("%s at %s", ruleId, asOf)
          .containsExactlyInAnyOrderElementsOf(ClauseOracles.expectedOf(ruleId, c, asOf));
    }

    /** No coordinator at all: « Son financement » has no « son »; OCC-COORDINATOR-DEDICATED reports it. */
    @net.jqwik.api.Example
    @Label("OCC-COORDINATOR-FUNDING — « Son financement est partagé par les signataires » — no coordinator, no funding finding")
    void OCC_COORDINATOR_FUNDING_withoutCoordinator() {
      var c = io.github.clsante.cls.model.LocalHealthContract.builder().mergeFrom(base())
          .milestones(io.github.clsante.cls.model.Milestones.builder()
          .diagnosisStart(java.time.LocalDate.of(2024, 1, 1)).build()).build();
      agree("OCC-COORDINATOR-FUNDING", c, java.time.LocalDate.of(2024, 6, 1));
    }

    /** A programming validated after the check date is not validated on the check date. */
    @net.jqwik.api.Example
    @Label("OCC-ANNUAL-PROGRAMMING — « Définir les axes stratégiques et opérationnels, annuels et financiers » ; « valide les programmations » — a validation dated after the check date does not count")
    void OCC_ANNUAL_PROGRAMMING_validatedLater() {
      var copil = io.github.clsante.cls.model.GovernanceBody.builder().id("copil").name("COPIL")
          .kind(io.github.clsante.cls.model.BodyKind.COPIL).build();
      var prog = io.github.clsante.cls.model.Programming.builder().id("p").fromYear(2024).toYear(2024)
          .addCommitments(io.github.clsante.cls.model.FinancialCommitment.builder().organisationId("ars")
              .amount(java.math.BigDecimal.TEN).build())
          .validation(io.github.clsante.cls.model.BodyDecision.builder().bodyId("copil")
              .date(java.time.LocalDate.of(2025, 3, 1)).build())
          .build();
      var c = io.github.clsante.cls.model.LocalHealthContract.builder().mergeFrom(base())
          .milestones(io.github.clsante.cls.model.Milestones.builder()
              .diagnosisStart(java.time.LocalDate.of(2023, 1, 1))
              .diagnosisCompletion(java.time.LocalDate.of(2023, 6, 1))
              .signature(java.time.LocalDate.of(2023, 12, 1)).end(java.time.LocalDate.of(2028, 11, 30)).build())
          .governance(io.github.clsante.cls.model.Governance.builder().addBodies(copil).build())
          .followUp(io.github.clsante.cls.model.FollowUp.builder().addProgrammings(prog).build())
          .build();
      agree("OCC-ANNUAL-PROGRAMMING", c, java.time.LocalDate.of(2025, 2, 1));
    }
  }
}
