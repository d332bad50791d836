package io.github.clsante.cls.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.cls.referentiel.Clause;
import io.github.clsante.cls.referentiel.Referentiels;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The one way a clause is stated as a property holds for every clause: each clause of the catalogue has exactly
 * one oracle function, named by its id, in a family class of its own pack; and the property that quotes the
 * clause sits beside it — the class {@code XProperties} next to {@code XClauses} holds a {@code @Label} of that
 * clause. A clause added to the catalogue without its oracle function, or a function left in another family
 * than its property, fails here.
 */
class ClauseOraclesTest {

  private static final Path SOURCES = Path.of("src/test/java/io/github/clsante/cls/rules");
  private static final Pattern LABEL = Pattern.compile("@Label\\(\"((?:SOC|NOR|OCC)-[A-Z-]*[A-Z]) — «");
  private static final Map<Class<?>, String> FAMILIES = Map.of(SocleClauses.class, "socle",
      NormandieGovernanceClauses.class, "normandie", NormandiePlanClauses.class, "normandie",
      OccitanieClauses.class, "occitanie");

  @Test
  void everyClauseHasExactlyOneOracleFunctionInItsPack() {
    Map<String, Clause> catalogue = new TreeMap<>();
    for (String id : List.of("normandie", "occitanie")) {
      Referentiels.byId(id).catalogue().forEach(c -> catalogue.putIfAbsent(c.id(), c));
    }
    assertThat(catalogue).hasSize(44);
    assertThat(ClauseOracles.all().keySet()).containsExactlyInAnyOrderElementsOf(catalogue.keySet());
    catalogue.values().forEach(c -> assertThat(ClauseOracles.of(c.id()).pack()).as(c.id()).isEqualTo(c.pack()));
    for (String pack : List.of("socle", "normandie", "occitanie")) {
      assertThat(ClauseOracles.ofPack(pack)).extracting(ClauseOracles.Entry::id)
          .containsExactlyInAnyOrderElementsOf(catalogue.values().stream().filter(c -> c.pack().equals(pack))
              .map(Clause::id).toList());
    }
  }

  @Test
  void eachOracleFunctionSitsBesideThePropertyThatQuotesItsClause() throws IOException {
    Map<String, String> familyOf = new LinkedHashMap<>();
    FAMILIES.forEach((family, pack) -> {
      for (var m : family.getDeclaredMethods()) {
        if (m.isAnnotationPresent(io.github.clsante.cls.rules.oracle.ClauseOracle.class)) {
          familyOf.put(m.getName().replace('_', '-'), family.getSimpleName());
        }
      }
    });
    assertThat(familyOf.keySet()).containsExactlyInAnyOrderElementsOf(ClauseOracles.all().keySet());
    for (Map.Entry<String, String> e : familyOf.entrySet()) {
      Path properties = SOURCES.resolve(e.getValue().replace("Clauses", "Properties") + ".java");
      assertThat(properties).as("the properties beside %s", e.getValue()).exists();
      Matcher m = LABEL.matcher(Files.readString(properties, StandardCharsets.UTF_8));
      boolean quoted = false;
      while (m.find() && !quoted) {
        quoted = m.group(1).equals(e.getKey());
      }
      assertThat(quoted).as("%s: a property quoting it in %s", e.getKey(), properties.getFileName()).isTrue();
    }
  }

  @Test
  void anUnknownClauseOrPackIsRefusedByName() {
    assertThatThrownBy(() -> ClauseOracles.of("NOR-NOTHING")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("clauseId").hasMessageContaining("NOR_NOTHING");
    assertThatThrownBy(() -> ClauseOracles.ofPack("bretagne")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pack");
  }
}
