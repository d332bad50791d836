package io.github.clsante.cls.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.model.LocalHealthContract;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each example of the repository's {@code examples/} folder is read, valid against the schema, round-trips, and
 * is kept in the canonical form the writer produces ({@code -Dcls.json.regenerate=true} rewrites them so).
 */
class ExamplesTest {

  static final Path EXAMPLES = Path.of("..", "examples");

  static Stream<String> examples() {
    return Stream.of("cls-mont-saint-michel-normandie.json", "cls-pays-coeur-herault-occitanie.json",
        "cls-draft-diagnosis.json");
  }

  @ParameterizedTest
  @MethodSource("examples")
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
