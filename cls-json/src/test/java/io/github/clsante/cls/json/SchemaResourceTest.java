package io.github.clsante.cls.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The schema resource is the one generated from the format's description. Run with
 * {@code -Dcls.json.regenerate=true} to rewrite it after a model change.
 */
class SchemaResourceTest {

  @Test
  void resourceIsTheGeneratedSchema() throws Exception {
    String generated = SchemaGenerator.generate();
    if (Boolean.getBoolean("cls.json.regenerate")) {
      Files.writeString(Path.of("src/main/resources", ClsJson.SCHEMA_RESOURCE), generated, StandardCharsets.UTF_8);
    }
    assertThat(ClsJson.schema()).isEqualTo(generated);
  }

  @Test
  void resourceIsAtItsStablePath() throws Exception {
    try (var in = getClass().getClassLoader().getResourceAsStream("io/github/clsante/cls/json/cls-1.schema.json")) {
      assertThat(in).isNotNull();
    }
  }
}
