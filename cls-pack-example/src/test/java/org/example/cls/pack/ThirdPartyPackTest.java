package org.example.cls.pack;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.model.Axis;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.Milestones;
import io.github.clsante.cls.model.ActionPlan;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.report.Severity;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A pack shipped in a third party's jar is found and runs beside the shipped packs in one JVM. */
class ThirdPartyPackTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

  private static LocalHealthContract sevenAxes() {
    var plan = ActionPlan.builder();
    IntStream.rangeClosed(1, 7).forEach(i -> plan.addAxes(Axis.builder().id("axe-" + i).title("Axe " + i).build()));
    return LocalHealthContract.builder().id("cls-exemple").name("CLS exemple").region("Exemple")
        .milestones(Milestones.builder().diagnosisStart(LocalDate.of(2023, 1, 9))
            .diagnosisCompletion(LocalDate.of(2023, 9, 29)).signature(LocalDate.of(2024, 1, 15))
            .end(LocalDate.of(2027, 1, 14)).build())
        .actionPlan(plan.build())
        .build();
  }

  @Test
  void theThirdPartyPackIsDiscoveredBesideTheShippedOnes() {
    assertThat(Referentiels.ids()).contains("example-region", "normandie", "occitanie");
  }

  @Test
  void itsRuleRunsAndSpeaksFromItsOwnBundle() {
    ConformityReport report = Referentiels.byId("example-region").check(sevenAxes(), AS_OF);
    Finding f = report.first("EXA-FEW-AXES").orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.pack()).isEqualTo("example-region");
    assertThat(f.arguments()).containsEntry("axes", 7).containsEntry("maximum", 6);
    assertThat(f.message()).isEqualTo("Le plan d'action compte 7 axes : au plus 6.");
    assertThat(f.message(Locale.ENGLISH)).isEqualTo("The action plan has 7 axes: at most 6.");
  }

  @Test
  void itReusesTheSocleExactlyAsTheShippedPacksDo() {
    Referentiel example = Referentiels.byId("example-region");
    Referentiel normandie = Referentiels.byId("normandie");
    var socleHere = example.check(sevenAxes(), AS_OF).findings().stream().filter(f -> f.pack().equals("socle")).toList();
    var socleThere = normandie.check(sevenAxes(), AS_OF).findings().stream().filter(f -> f.pack().equals("socle")).toList();
    assertThat(socleHere).isNotEmpty().isEqualTo(socleThere);
    assertThat(normandie.check(sevenAxes(), AS_OF).findings("EXA-FEW-AXES")).isEmpty();
  }
}
