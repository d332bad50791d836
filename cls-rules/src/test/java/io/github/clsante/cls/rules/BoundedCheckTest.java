package io.github.clsante.cls.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.cls.model.ActionPlan;
import io.github.clsante.cls.model.ActionSheet;
import io.github.clsante.cls.model.ImmutableLocalHealthContract;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.Milestones;
import io.github.clsante.cls.model.Organisation;
import io.github.clsante.cls.model.OrganisationKind;
import io.github.clsante.cls.model.Signatory;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Issue #17: what a document or a check date can make a check do. A check date is bounded like every date of
 * the model (years 1900–2200), so a far date cannot make a check judge thousands of years.
 */
class BoundedCheckTest {

  private static final Referentiel NORMANDIE = Referentiels.byId("normandie");

  /** A draft: diagnosis started, two fiches, signature and end planned. */
  static ImmutableLocalHealthContract draft() {
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
    LocalHealthContract open = draft().withMilestones(Milestones.builder().diagnosisStart(LocalDate.of(2026, 3, 2))
        .signature(LocalDate.of(2027, 3, 1)).build());
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
}
