package io.github.clsante.cls.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.referentiel.Clause;
import io.github.clsante.cls.referentiel.Referentiels;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A property that quotes the référentiel quotes it exactly as the catalogue does: every {@code @Label} of the
 * tests of this module made of a clause id, « — » and a quotation is the id, « — » and the catalogue's quotes of
 * that clause, each in « », joined with « ; » — then, for a property of one reading of the clause, « — » and
 * that reading. Read from the test sources, so that a label drifting from the catalogue fails here whatever class
 * holds it; every clause has at least one such label.
 */
class PropertyLabelsTest {

  private static final Path SOURCES = Path.of("src/test/java");
  private static final Pattern LABEL = Pattern.compile("@Label\\(\"((?:SOC|NOR|OCC)-[A-Z-]*[A-Z]) — («[^\"]*)\"\\)");

  @Test
  void labelsQuoteTheCataloguesQuotesExactly() throws IOException {
    Map<String, Clause> catalogue = new LinkedHashMap<>();
    for (String id : List.of("normandie", "occitanie")) {
      Referentiels.byId(id).catalogue().forEach(c -> catalogue.putIfAbsent(c.id(), c));
    }
    Map<String, Integer> quoted = new LinkedHashMap<>();
    List<String> wrong = new java.util.ArrayList<>();
    List<Path> files;
    try (var walk = Files.walk(SOURCES)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    for (Path f : files) {
      Matcher m = LABEL.matcher(Files.readString(f, StandardCharsets.UTF_8));
      while (m.find()) {
        Clause c = catalogue.get(m.group(1));
        assertThat(c).as("%s: label of an unknown clause %s", f.getFileName(), m.group(1)).isNotNull();
        String expected = c.sources().stream().map(s -> "« " + s.quote() + " »")
            .collect(Collectors.joining(" ; "));
        String actual = m.group(2).replace("\\\"", "\"");
        if (!actual.equals(expected) && !actual.startsWith(expected + " — ")) {
          wrong.add(f.getFileName() + ": " + c.id() + " — " + actual + "\n    catalogue: " + expected);
        }
        quoted.merge(c.id(), 1, Integer::sum);
      }
    }
    assertThat(wrong).as("labels that do not quote the catalogue exactly").isEmpty();
    assertThat(quoted.keySet()).as("clauses whose property quotes them").containsExactlyInAnyOrderElementsOf(
        catalogue.keySet());
  }
}
