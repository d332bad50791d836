package io.github.clsante.cls.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.calendar.Phase;
import io.github.clsante.cls.json.ClsJson;
import io.github.clsante.cls.model.Identifiers;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.report.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The files of {@code examples/portfolio/} are exactly what {@link PortfolioExamples} writes
 * ({@code -Dcls.examples.regenerate=true} rewrites them), and each example is what it says: its phase and the
 * rule ids of its ERROR and WARNING findings on the day the documents stand on.
 */
class PortfolioExamplesTest {

  static final Path FOLDER = Path.of("..", "examples", "portfolio");

  static Stream<PortfolioExamples.Example> examples() {
    return PortfolioExamples.all().stream();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void theCommittedFileIsWhatTheGeneratorWrites(PortfolioExamples.Example e) throws IOException {
    String written = ClsJson.writer().write(e.contract());
    Path file = FOLDER.resolve(e.file());
    if (Boolean.getBoolean("cls.examples.regenerate")) {
      Files.createDirectories(FOLDER);
      Files.writeString(file, written, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(e.file()).isEqualTo(written);
    assertThat(ClsJson.reader().read(file)).isEqualTo(e.contract());
  }

  @Test
  void theFolderHoldsTheExamplesAndNothingElse() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactlyElementsOf(examples().map(PortfolioExamples.Example::file).toList());
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void eachFindsWhatItSays(PortfolioExamples.Example e) {
    LocalHealthContract c = e.contract();
    ConformityReport r = Referentiels.forRegion(c.region()).check(c, PortfolioExamples.KNOWN_ON);
    assertThat(r.phase()).as(e.file()).isEqualTo(e.phase());
    assertThat(ruleIds(r, Severity.ERROR)).as(e.file() + " errors: " + r.findings()).isEqualTo(e.errors());
    assertThat(ruleIds(r, Severity.WARNING)).as(e.file() + " warnings: " + r.findings()).isEqualTo(e.warnings());
  }

  @Test
  void thePortfolioSpansTheRegionsTheirDepartementsAndEveryPhase() {
    List<PortfolioExamples.Example> all = PortfolioExamples.all();
    assertThat(all).hasSize(12);
    Set<String> normandie = new TreeSet<>();
    Set<String> occitanie = new TreeSet<>();
    EnumSet<Phase> phases = EnumSet.noneOf(Phase.class);
    for (PortfolioExamples.Example e : all) {
      LocalHealthContract c = e.contract();
      assertThat(c.territory().departements()).as(e.file()).hasSize(1);
      String dept = c.territory().departements().get(0);
      assertThat(e.file()).endsWith("-" + dept + ".json");
      // every commune lies in the département of the contract
      assertThat(c.territory().communes()).as(e.file()).isNotEmpty()
          .allSatisfy(code -> assertThat(Identifiers.departementOf(code)).isEqualTo(dept));
      (c.region().equals("Normandie") ? normandie : occitanie).add(dept);
      phases.add(e.phase());
    }
    assertThat(normandie).containsExactly("14", "27", "50", "61", "76");
    assertThat(occitanie).hasSizeGreaterThanOrEqualTo(5);
    assertThat(phases).containsExactlyInAnyOrder(Phase.values());
    assertThat(all).filteredOn(e -> e.errors().isEmpty()).hasSizeBetween(6, 9);
    assertThat(all).filteredOn(e -> !e.errors().isEmpty()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(all.stream().map(e -> e.contract().id()).collect(Collectors.toSet())).hasSize(12);
  }

  private static Set<String> ruleIds(ConformityReport r, Severity s) {
    return r.findings().stream().filter(f -> f.severity() == s).map(Finding::ruleId)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
