package io.github.clsante.cls.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.json.ClsJson;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.ConformityReport;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The Mont-Saint-Michel example on 2026-11-22, as docs/cli.md shows it, worked out by hand from CLAUSES.md: signed
 * 2023-07-04 until 2028-07-03 (exactly 5 years); the years judged are 2023–2025 for meetings (diagnosis started
 * 2022-09-19) and 2024–2025 for reports (all issued before the check date); the COTECH met once in 2025; its
 * meeting of 2024-09-17 has no minutes; fiche fa-12 has no indicator — one NOR-ACTION-INDICATORS finding, and no
 * indicator follow-up for it (a fiche without indicator has nothing to follow up); fa-13, added by the amendment
 * of 2025-06-24 signed by all, has no judged year yet.
 */
class ExampleScenarioTest {

  private static final Path MONT_SAINT_MICHEL = Path.of("../examples/cls-mont-saint-michel-normandie.json");

  @Test
  void montSaintMichelHasOneErrorAndTwoWarnings() {
    LocalHealthContract c = ClsJson.reader().read(MONT_SAINT_MICHEL);
    ConformityReport r = Referentiels.byId("normandie").check(c, LocalDate.of(2026, 11, 22));
    assertThat(r.findings()).extracting(f -> f.severity() + " " + f.ruleId() + " " + f.elementId() + " " + f.path()
        + f.year().map(y -> " " + y).orElse("")).containsExactly(
            "ERROR NOR-ACTION-INDICATORS fa-12 /actionPlan/fiches/11",
            "WARNING NOR-COTECH-IDEAL cotech /governance/bodies/1 2025",
            "WARNING NOR-MINUTES cotech-2024-09-17 /governance/bodies/1/meetings/6");
  }

  @Test
  void theCommandShowsTheSameSummary() {
    Cli.Result r = Cli.run("check", MONT_SAINT_MICHEL.toString(), "--referentiel", "normandie", "--as-of", Cli.AS_OF);
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.outLines()).contains("Erreurs (1)", "Avertissements (2)",
        "Bilan : 1 erreur(s), 2 avertissement(s), 0 information(s) — non conforme");
  }
}
