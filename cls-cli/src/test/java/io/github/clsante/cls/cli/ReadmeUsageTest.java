package io.github.clsante.cls.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.calendar.Phase;
import io.github.clsante.cls.json.ClsJson;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.report.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The usage snippet of the README is this test's code, copied verbatim between the markers. */
class ReadmeUsageTest {

  @Test
  void theReadmeSnippetRunsAsWritten() {
    Path path = Path.of("../examples/cls-mont-saint-michel-normandie.json");
    // README-BEGIN
    LocalHealthContract contract = ClsJson.reader().read(path);
    Referentiel referentiel = Referentiels.forRegion(contract.region());   // "Normandie": the normandie pack
    ConformityReport report = referentiel.check(contract, LocalDate.of(2026, 11, 22));

    Phase phase = report.phase();                   // IMPLEMENTATION_AND_EVALUATION
    boolean conforming = report.isConforming();     // true when no finding is an ERROR
    for (Finding f : report.findings()) {           // deterministic order: severity, rule, element, year
      String line = f.severity() + " " + f.ruleId() + " " + f.elementId() + " " + f.year().map(String::valueOf).orElse("")
          + " " + f.message(Locale.ENGLISH) + " « " + f.sources().get(0).quote() + " »";
    }
    // README-END
    assertThat(phase).isEqualTo(Phase.IMPLEMENTATION_AND_EVALUATION);
    assertThat(referentiel.id()).isEqualTo("normandie");
    // the example's one deliberate ERROR: fiche fa-12 has no indicator
    assertThat(conforming).isFalse();
    assertThat(report.findings().stream().filter(f -> f.severity() == Severity.ERROR)).singleElement()
        .satisfies(f -> assertThat(f.ruleId()).isEqualTo("NOR-ACTION-INDICATORS"))
        .satisfies(f -> assertThat(f.elementId()).isEqualTo("fa-12"));
  }

  @Test
  void theReadmeQuotesThisTestVerbatim() throws IOException {
    String test = Files.readString(Path.of("src/test/java/io/github/clsante/cls/cli/ReadmeUsageTest.java"),
        StandardCharsets.UTF_8);
    String snippet = test.substring(test.indexOf("// README-BEGIN") + "// README-BEGIN".length(),
        test.indexOf("    // README-END")).lines().map(l -> l.startsWith("    ") ? l.substring(4) : l)
        .collect(java.util.stream.Collectors.joining("\n")).strip();
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    assertThat(readme).contains(snippet);
  }
}
