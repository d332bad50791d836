package io.github.clsante.cls.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.model.LocalHealthContract;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each example of the repository's {@code examples/} folder, {@code examples/portfolio/} included, is read,
 * valid against the schema, round-trips, and is kept in the canonical form the writer produces
 * ({@code -Dcls.json.regenerate=true} rewrites them so).
 */
class ExamplesTest {

  static final Path EXAMPLES = Path.of("..", "examples");

  /** @return the three examples the documentation describes one by one */
  static Stream<String> examples() {
    return Stream.of("cls-mont-saint-michel-normandie.json", "cls-pays-coeur-herault-occitanie.json",
        "cls-draft-diagnosis.json");
  }

  /** @return every {@code *.json} file under {@code examples/}, as a path relative to it, sorted */
  static Stream<String> everyExample() throws IOException {
    try (Stream<Path> files = Files.walk(EXAMPLES)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".json"))
          .map(p -> EXAMPLES.relativize(p).toString()).sorted().toList().stream();
    }
  }

  @Test
  void theFolderHoldsTheThreeAndThePortfolio() throws IOException {
    List<String> all = everyExample().toList();
    assertThat(all).containsAll(examples().toList());
    assertThat(all).filteredOn(n -> n.startsWith("portfolio/")).hasSize(12);
    assertThat(all).hasSize(15);
  }

  @ParameterizedTest
  @MethodSource("everyExample")
  void isReadValidatedAndRoundTripped(String name) throws Exception {
    Path file = EXAMPLES.resolve(name);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    LocalHealthContract c = ClsJson.reader().read(file);
    assertThat(Schemas.validate(text)).isEmpty();
    String written = ClsJson.writer().write(c);
    assertThat(ClsJson.reader().read(written)).isEqualTo(c);
    if (Boolean.getBoolean("cls.json.regenerate")) {
      Files.writeString(file, written, StandardCharsets.UTF_8);
      text = written;
    }
    assertThat(text).as("canonical form").isEqualTo(written);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void holdsWhatItsNameSays(String name) {
    LocalHealthContract c = ClsJson.reader().read(EXAMPLES.resolve(name));
    if (name.contains("draft")) {
      assertThat(c.milestones().signature()).isEmpty();
      assertThat(c.milestones().diagnosisStart()).isPresent();
    } else {
      assertThat(c.milestones().signature()).isPresent();
      assertThat(c.governance().bodies()).extracting(b -> b.kind().name()).contains("COPIL", "COTECH");
      assertThat(c.followUp().programmings()).isNotEmpty();
    }
    assertThat(List.of("Normandie", "Occitanie")).contains(c.region());
  }
}
