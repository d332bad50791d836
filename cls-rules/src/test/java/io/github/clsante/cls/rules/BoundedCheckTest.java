package io.github.clsante.cls.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.cls.model.ActionPlan;
import io.github.clsante.cls.model.ActionSheet;
import io.github.clsante.cls.model.BodyKind;
import io.github.clsante.cls.model.Governance;
import io.github.clsante.cls.model.GovernanceBody;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.Membership;
import io.github.clsante.cls.model.Milestones;
import io.github.clsante.cls.model.Organisation;
import io.github.clsante.cls.model.OrganisationKind;
import io.github.clsante.cls.model.Person;
import io.github.clsante.cls.model.Role;
import io.github.clsante.cls.model.RoleKind;
import io.github.clsante.cls.model.Signatory;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #17: what a document or a check date can make a check do. The COPIL (resp. the COTECH) is judged as the
 * union of the bodies that count as it, so signatories × bodies give one finding per signatory missing, not one
 * per pair; a check date is bounded like every date of the model (years 1900–2200), so a far date cannot make a
 * check judge thousands of years.
 */
class BoundedCheckTest {

  private static final Referentiel NORMANDIE = Referentiels.byId("normandie");

  /** A draft: diagnosis started, two fiches, signature and end planned. */
  static LocalHealthContract draft() {
    return LocalHealthContract.builder().id("cls-draft").name("Projet de CLS").region("Normandie")
        .addOrganisations(Organisation.builder().id("cc").name("CC").kind(OrganisationKind.COMMUNAUTE_DE_COMMUNES)
            .build(), Organisation.builder().id("ars").name("ARS").kind(OrganisationKind.ARS).build())
        .addSignatories(Signatory.builder().organisationId("cc").build(),
            Signatory.builder().organisationId("ars").build())
        .milestones(Milestones.builder().diagnosisStart(LocalDate.of(2026, 3, 2))
            .signature(LocalDate.of(2027, 3, 1)).end(LocalDate.of(2032, 2, 28)).build())
        .actionPlan(ActionPlan.builder().addFiches(ActionSheet.builder().id("fa-1").title("Fiche 1").build(),
            ActionSheet.builder().id("fa-2").title("Fiche 2").build()).build())
        .build();
  }

  @Test
  void aCheckDateAfter2200IsRefusedNamingTheParameterAndTheBounds() {
    for (LocalDate far : new LocalDate[] {LocalDate.of(2201, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.MAX}) {
      assertThatThrownBy(() -> NORMANDIE.check(draft(), far)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("asOf").hasMessageContaining(far.toString())
          .hasMessageContaining("1900-01-01").hasMessageContaining("2200-12-31");
    }
  }

  @Test
  void aCheckDateBefore1900IsRefused() {
    assertThatThrownBy(() -> NORMANDIE.check(draft(), LocalDate.of(1899, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("asOf");
    assertThatThrownBy(() -> NORMANDIE.check(draft(), LocalDate.MIN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("asOf");
  }

  @Test
  void theLastDayOf2200IsAcceptedAndJudgesEveryYearOfAnOpenContract() {
    LocalHealthContract open = LocalHealthContract.builder().mergeFrom(draft()).milestones(Milestones.builder()
        .diagnosisStart(LocalDate.of(2026, 3, 2)).signature(LocalDate.of(2027, 3, 1)).build()).build();
    var report = NORMANDIE.check(open, LocalDate.of(2200, 12, 31));
    // 2028 to 2199 are judged from the signature: one missing activity report for each
    assertThat(report.findings("NOR-ANNUAL-REPORT")).hasSize(2199 - 2028 + 1);
  }

  @Test
  void nullArgumentsAreRefusedByName() {
    assertThatThrownBy(() -> NORMANDIE.check(null, LocalDate.of(2026, 11, 22)))
        .isInstanceOf(NullPointerException.class).hasMessage("contract");
    assertThatThrownBy(() -> NORMANDIE.check(draft(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("asOf");
  }

  /** {@code n} signatories (a CC, the ARS, then partners) and {@code bodies} empty bodies of that kind, signed. */
  static LocalHealthContract manySignatoriesAndBodies(int n, int bodies, BodyKind kind) {
    var b = LocalHealthContract.builder().id("cls-large").name("CLS").region("Normandie")
        .addOrganisations(Organisation.builder().id("cc").name("CC").kind(OrganisationKind.COMMUNAUTE_DE_COMMUNES)
            .build(), Organisation.builder().id("ars").name("ARS").kind(OrganisationKind.ARS).build())
        .addSignatories(Signatory.builder().organisationId("cc").build(),
            Signatory.builder().organisationId("ars").build())
        .milestones(Milestones.builder().signature(LocalDate.of(2024, 1, 15)).end(LocalDate.of(2029, 1, 14)).build());
    for (int i = 2; i < n; i++) {
      b.addOrganisations(Organisation.builder().id("partenaire-" + i).name("P" + i).kind(OrganisationKind.ASSOCIATION)
          .build());
      b.addSignatories(Signatory.builder().organisationId("partenaire-" + i).build());
    }
    var g = Governance.builder();
    for (int i = 0; i < bodies; i++) {
      g.addBodies(GovernanceBody.builder().id("instance-" + i).name("Instance " + i).kind(kind).build());
    }
    return b.governance(g.build()).build();
  }

  @Test
  void twoHundredSignatoriesAndTwoHundredCopilsGiveOneCopilMembersFindingPerSignatory() {
    var report = NORMANDIE.check(manySignatoriesAndBodies(200, 200, BodyKind.COPIL), LocalDate.of(2026, 11, 22));
    assertThat(report.findings("NOR-COPIL-MEMBERS")).hasSize(200)
        .allSatisfy(f -> {
          assertThat(f.elementId()).isEqualTo("instance-0");
          assertThat(f.path()).isEqualTo("/governance/bodies/0");
        })
        .extracting(f -> f.arguments().get("organisation")).doesNotHaveDuplicates();
  }

  @Test
  void twoHundredSignatoriesAndTwoHundredCotechsGiveOneProjectTeamFindingPerSignatory() {
    var report = Referentiels.byId("occitanie").check(manySignatoriesAndBodies(200, 200, BodyKind.COTECH),
        LocalDate.of(2026, 11, 22));
    assertThat(report.findings("OCC-PROJECT-TEAM")).hasSize(200)
        .allSatisfy(f -> assertThat(f.elementId()).isEqualTo("instance-0"))
        .extracting(f -> f.arguments().get("organisation")).doesNotHaveDuplicates();
  }

  @Test
  void theCopilIsTheUnionOfTheBodiesThatCountAsIt() {
    // two COPIL bodies: the CC's élue référente sits in one, the ARS's technician in the other
    LocalHealthContract c = LocalHealthContract.builder().mergeFrom(manySignatoriesAndBodies(2, 0, BodyKind.COPIL))
        .people(List.of(Person.builder().id("elue").name("Élue").organisationId("cc")
                .addRoles(Role.builder().kind(RoleKind.ELU_REFERENT).build()).build(),
            Person.builder().id("tech-ars").name("Technicien").organisationId("ars").build()))
        .governance(Governance.builder().addBodies(
            GovernanceBody.builder().id("copil").name("COPIL").kind(BodyKind.COPIL)
                .addMembers(Membership.builder().personId("tech-ars").build()).build(),
            GovernanceBody.builder().id("copil-cotech").name("Instance mutualisée").kind(BodyKind.MERGED_COPIL_COTECH)
                .addMembers(Membership.builder().personId("elue").build()).build()).build())
        .build();
    LocalDate asOf = LocalDate.of(2026, 11, 22);
    assertThat(NORMANDIE.check(c, asOf).findings("NOR-COPIL-MEMBERS")).isEmpty();
    // without the merged body, the CC and the élue référente are missing from the COPIL: two findings
    LocalHealthContract one = LocalHealthContract.builder().mergeFrom(c).governance(Governance.builder()
        .addBodies(c.governance().bodies().get(0)).build()).build();
    assertThat(NORMANDIE.check(one, asOf).findings("NOR-COPIL-MEMBERS"))
        .extracting(f -> f.elementId() + " " + f.arguments()).containsExactlyInAnyOrder(
            "copil {organisation=cc}", "copil {variant=referent}");
  }
}
