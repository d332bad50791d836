package io.github.clsante.cls.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.referentiel.Applies;
import io.github.clsante.cls.referentiel.Clause;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.rules.internal.BundleMessages;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One finding, one truth: the catalogue (transcribed from CLAUSES.md), the DRL rules' metadata, the message
 * bundles, the property tests and the traceability table in docs/traceability.md must agree. Any clause that
 * lacks its rule, property or messages, or any disagreement on ids, severity or applies, fails here.
 */
class CatalogueConsistencyTest {

  private static final Path DRL_ROOT = Path.of("src/main/resources/io/github/clsante/cls/rules");
  private static final Path TABLE = Path.of("../docs/traceability.md");
  private static final Pattern RULE = Pattern.compile(
      "rule \"([^\"]+)\"\\s*@clause\\(\"([^\"]+)\"\\)(?:\\s*@severity\\(\"([^\"]+)\"\\))?"
      + "(?:\\s*@applies\\(\"([^\"]+)\"\\))?(.*?)\\nend", Pattern.DOTALL);

  /**
   * A DRL rule as its source declares it: its severity and applies as it restates them, else its clause's in the
   * catalogue.
   */
  record DrlRule(String file, String name, String clause, String severity, String applies, String body) {

    /** @return whether the rule can give a to-do: by its applies column, or by reporting one itself */
    boolean canGiveToDo() {
      return applies.equals(Applies.SIGNATURE_TODO.label()) || body.contains("out.todo(")
          || body.contains("out.reportDue(") || body.contains("out.inProgress(");
    }
  }

  /** A row of the traceability table. */
  record Row(String clause, String severity, String applies, List<String> rules, String drlFile,
      String property, List<String> messageKeys) {}

  private static Map<String, Clause> catalogue;
  private static List<DrlRule> drl;
  private static Map<String, Row> table;

  @BeforeAll
  static void read() throws IOException {
    catalogue = new LinkedHashMap<>();
    for (String id : List.of("normandie", "occitanie")) {
      Referentiels.byId(id).catalogue().forEach(c -> catalogue.putIfAbsent(c.id(), c));
    }
    drl = new ArrayList<>();
    try (var files = Files.walk(DRL_ROOT)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
        Matcher m = RULE.matcher(Files.readString(f, StandardCharsets.UTF_8));
        while (m.find()) {
          Clause c = catalogue.get(m.group(2));
          drl.add(new DrlRule(DRL_ROOT.relativize(f).toString(), m.group(1), m.group(2),
              m.group(3) != null || c == null ? m.group(3) : c.severity().name(),
              m.group(4) != null || c == null ? m.group(4) : c.applies().label(), m.group(5)));
        }
      }
    }
    table = new TreeMap<>();
    for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
      if (!line.matches("^\\| `(SOC|NOR|OCC)-.*")) {
        continue;
      }
      String[] cells = Arrays.stream(line.substring(1, line.length() - 1).split("\\|"))
          .map(String::trim).toArray(String[]::new);
      table.put(unquote(cells[0]), new Row(unquote(cells[0]), cells[1], cells[2], list(cells[3]),
          unquote(cells[4]), unquote(cells[5]), list(cells[6])));
    }
  }

  @Test
  void theCatalogueHoldsTheFortyFourClausesOfTheReferentiel() {
    assertThat(catalogue).hasSize(44);
    assertThat(catalogue.keySet().stream().filter(id -> id.startsWith("SOC-"))).hasSize(9);
    assertThat(catalogue.keySet().stream().filter(id -> id.startsWith("NOR-"))).hasSize(26);
    assertThat(catalogue.keySet().stream().filter(id -> id.startsWith("OCC-"))).hasSize(9);
  }

  @Test
  void everyDrlRuleNamesACataloguedClauseWithItsSeverityAndApplies() {
    assertThat(drl).isNotEmpty();
    for (DrlRule r : drl) {
      Clause c = catalogue.get(r.clause());
      assertThat(c).as("clause of rule %s", r.name()).isNotNull();
      assertThat(r.applies()).as("@applies of rule %s", r.name()).isEqualTo(c.applies().label());
      if (c.severityCondition().isPresent()) {
        assertThat(r.severity()).as("@severity of rule %s", r.name()).isIn("ERROR", "WARNING");
      } else {
        assertThat(r.severity()).as("@severity of rule %s", r.name()).isEqualTo(c.severity().name());
      }
      assertThat(r.name()).as("rule name starts with its clause id").startsWith(r.clause());
      assertThat(r.file()).as("pack directory of rule %s", r.name()).startsWith(c.pack() + "/");
    }
  }

  @Test
  void everyClauseHasARule() {
    TreeSet<String> ruled = drl.stream().map(DrlRule::clause).collect(Collectors.toCollection(TreeSet::new));
    assertThat(ruled).containsExactlyInAnyOrderElementsOf(catalogue.keySet());
  }

  @Test
  void theConditionalSeverityHasBothVariants() {
    for (Clause c : catalogue.values()) {
      if (c.severityCondition().isPresent()) {
        List<String> severities = drl.stream().filter(r -> r.clause().equals(c.id())).map(DrlRule::severity).toList();
        assertThat(severities).containsExactlyInAnyOrder("ERROR", "WARNING");
      }
    }
  }

  @Test
  void everyClauseHasItsMessagesInFrenchAndEnglish() {
    BundleMessages messages = new BundleMessages(Packs.SOCLE.messagesBundle(), getClass().getClassLoader());
    ResourceBundle fr = messages.bundle(Locale.FRENCH);
    ResourceBundle en = messages.bundle(Locale.ENGLISH);
    assertThat(fr.getLocale()).isEqualTo(Locale.ROOT);
    assertThat(en.getLocale()).isEqualTo(Locale.ENGLISH);
    for (Clause c : catalogue.values()) {
      for (String key : expectedKeys(c)) {
        assertThat(fr.containsKey(key)).as("French key %s", key).isTrue();
        assertThat(en.containsKey(key)).as("English key %s", key).isTrue();
        assertThat(en.getString(key)).as("English text of %s differs from French", key)
            .isNotEqualTo(fr.getString(key));
      }
    }
    for (String key : fr.keySet()) {
      if (key.indexOf('.') < 0 || key.startsWith("value.") || key.startsWith("list.")) {
        // a key shared by every clause (the due-date phrase, the words of argument values): in both languages
        assertThat(en.keySet()).as("English bundle has %s", key).contains(key);
        continue;
      }
      String clause = key.substring(0, key.indexOf('.'));
      assertThat(catalogue).as("bundle key %s names a catalogued clause", key).containsKey(clause);
      if (key.startsWith(clause + ".todo")) {
        assertThat(expectedKeys(catalogue.get(clause))).as("to-do text %s is used by a rule", key)
            .contains(clause + ".todo");
      }
      assertThat(en.keySet()).as("English bundle has %s", key).contains(key);
    }
  }

  @Test
  void theTraceabilityTableHasOneTrueRowPerClause() {
    assertThat(table.keySet()).containsExactlyInAnyOrderElementsOf(catalogue.keySet());
    for (Row row : table.values()) {
      Clause c = catalogue.get(row.clause());
      String severity = c.severityCondition().orElse(c.severity().name());
      assertThat(row.severity()).as("severity of %s", row.clause()).isEqualTo(severity);
      assertThat(row.applies()).as("applies of %s", row.clause()).isEqualTo(c.applies().label());
      List<DrlRule> rules = drl.stream().filter(r -> r.clause().equals(row.clause())).toList();
      assertThat(row.rules()).as("rules of %s", row.clause())
          .containsExactlyInAnyOrderElementsOf(rules.stream().map(DrlRule::name).toList());
      assertThat(rules).extracting(DrlRule::file).as("DRL file of %s", row.clause()).containsOnly(row.drlFile());
      assertThat(row.messageKeys()).as("message keys of %s", row.clause())
          .containsAll(expectedKeys(c));
    }
  }

  @Test
  void everyClauseHasAPropertyNamedAfterItWithItsQuote() throws ClassNotFoundException {
    for (Row row : table.values()) {
      String[] ref = row.property().split("#");
      assertThat(ref).as("property reference of %s is Class#method", row.clause()).hasSize(2);
      Class<?> type = Class.forName(getClass().getPackageName() + "." + ref[0].replace('.', '$'));
      Method method = Arrays.stream(allMethods(type)).filter(m -> m.getName().equals(ref[1])).findFirst()
          .orElse(null);
      assertThat(method).as("property %s of %s", row.property(), row.clause()).isNotNull();
      assertThat(method.isAnnotationPresent(Property.class)).as("%s is a @Property", row.property()).isTrue();
      assertThat(method.getName()).isEqualTo(row.clause().replace('-', '_'));
      Label label = method.getAnnotation(Label.class);
      assertThat(label).as("%s has a @Label", row.property()).isNotNull();
      assertThat(label.value()).as("label of %s", row.property()).startsWith(row.clause());
      assertThat(label.value()).as("label of %s quotes the référentiel", row.property()).contains("«");
    }
  }

  private static Method[] allMethods(Class<?> type) {
    List<Method> out = new ArrayList<>(Arrays.asList(type.getDeclaredMethods()));
    for (Class<?> inner : type.getDeclaredClasses()) {
      out.addAll(Arrays.asList(allMethods(inner)));
    }
    return out.toArray(Method[]::new);
  }

  /** The keys a clause needs: a message, and a to-do text exactly when one of its rules can give a to-do. */
  private static List<String> expectedKeys(Clause c) {
    List<String> keys = new ArrayList<>(List.of(c.id() + ".message"));
    if (drl.stream().anyMatch(r -> r.clause().equals(c.id()) && r.canGiveToDo())) {
      keys.add(c.id() + ".todo");
    }
    return keys;
  }

  private static String unquote(String cell) {
    return cell.replace("`", "").trim();
  }

  private static List<String> list(String cell) {
    return Arrays.stream(cell.split(",")).map(CatalogueConsistencyTest::unquote).filter(s -> !s.isEmpty())
        .toList();
  }
}
