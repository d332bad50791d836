package io.github.clsante.cls.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.referentiel.Clause;
import io.github.clsante.cls.referentiel.Referentiels;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #13: the référentiel's numbers are written once, as their clause's parameters in the catalogue; the DRL
 * reads them through the global {@code params} ({@code ClauseParameters}) and types none of them. Scans the DRL's
 * code (comments and string literals left out): no date, no number but 0 and 1, and in a rule no 0 or 1 that is a
 * parameter of its own clause; each {@code params} call names a parameter its rule's clause has, and each
 * parameter is read by a rule of its clause.
 */
class DrlParametersTest {

  private static final Path DRL_ROOT = Path.of("src/main/resources/io/github/clsante/cls/rules");
  private static final Pattern RULE = Pattern.compile("rule \"([^\"]+)\"\\s*@clause\\(\"([^\"]+)\"\\)(.*?)\\nend",
      Pattern.DOTALL);
  private static final Pattern NUMBER = Pattern.compile("(?<![\\w$.])\\d+(?:\\.\\d+)?(?![\\w.])");
  private static final Pattern DATE = Pattern.compile("LocalDate\\s*\\.\\s*of\\s*\\(|\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern PARAMETER = Pattern.compile(
      "params\\s*\\.\\s*(?:integer|decimal|date)\\(\\s*\"([^\"]+)\"\\s*,\\s*\"([^\"]+)\"\\s*\\)");

  /** A rule's code, without comments and without the text of its string literals. */
  record DrlRule(String file, String name, String clause, String code) {}

  private static Map<String, Clause> catalogue;
  private static List<DrlRule> rules;
  private static List<String> headers;

  @BeforeAll
  static void read() throws IOException {
    catalogue = new LinkedHashMap<>();
    for (String id : List.of("normandie", "occitanie")) {
      Referentiels.byId(id).catalogue().forEach(c -> catalogue.putIfAbsent(c.id(), c));
    }
    rules = new ArrayList<>();
    headers = new ArrayList<>();
    try (var files = Files.walk(DRL_ROOT)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
        String text = patterns(Files.readString(f, StandardCharsets.UTF_8));
        Matcher m = RULE.matcher(text);
        int last = 0;
        StringBuilder outside = new StringBuilder();
        while (m.find()) {
          outside.append(text, last, m.start());
          last = m.end();
          rules.add(new DrlRule(f.getFileName().toString(), m.group(1), m.group(2), code(m.group(3))));
        }
        outside.append(text.substring(last));
        headers.add(code(outside.toString()));
      }
    }
  }

  /** The code of a DRL text: comments removed, string literals emptied ("…" becomes ""). */
  static String code(String drl) {
    String noComments = drl.replaceAll("(?m)//.*$", "").replaceAll("(?s)/\\*.*?\\*/", "");
    return noComments.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
  }

  /** A DRL text without its line comments, string literals kept (rule names, clause and parameter names). */
  static String patterns(String drl) {
    return drl.replaceAll("(?m)//.*$", "");
  }

  /**
   * @param clause the rule's clause
   * @param code the rule's code
   * @return what the rule types that the catalogue should hold
   */
  static List<String> typedNumbers(Clause clause, String code) {
    List<String> problems = new ArrayList<>();
    Matcher d = DATE.matcher(code);
    while (d.find()) {
      problems.add("a date: " + d.group());
    }
    Matcher n = NUMBER.matcher(code);
    while (n.find()) {
      BigDecimal v = new BigDecimal(n.group());
      boolean structural = v.compareTo(BigDecimal.ZERO) == 0 || v.compareTo(BigDecimal.ONE) == 0;
      boolean aParameter = clause != null && clause.parameters().values().stream()
          .anyMatch(p -> p instanceof Number x && new BigDecimal(x.toString()).compareTo(v) == 0);
      if (!structural || aParameter) {
        problems.add("the number " + n.group() + (aParameter ? ", a parameter of " + clause.id() : ""));
      }
    }
    return problems;
  }

  @Test
  void theScanFindsANumberOrADateTypedInARule() {
    Clause copilAnnual = catalogue.get("NOR-COPIL-ANNUAL");
    assertThat(typedNumbers(copilAnnual, code("JudgedYearFact(copilMeetings < 1) // at least 1"))).hasSize(1);
    assertThat(typedNumbers(copilAnnual, code("DurationFact(!lastsAtLeastMonths(6))"))).hasSize(1);
    assertThat(typedNumbers(copilAnnual, code("x.isBefore(java.time.LocalDate.of(2022, 2, 23))"))).isNotEmpty();
    assertThat(typedNumbers(copilAnnual, code("totalFte < 1.0"))).hasSize(1);
    assertThat(typedNumbers(copilAnnual, code("out.report(kcontext, \"/a/2\", null, \"2022-02-23\")"))).isEmpty();
    assertThat(typedNumbers(catalogue.get("NOR-COPIL-EXISTS"), code("GovernanceFact(copilCount == 0)")))
        .isEmpty();
  }

  @Test
  void noRuleTypesANumberOfTheReferentiel() {
    assertThat(rules).hasSizeGreaterThan(44);
    for (DrlRule r : rules) {
      assertThat(typedNumbers(catalogue.get(r.clause()), r.code())).as("rule %s (%s)", r.name(), r.file())
          .isEmpty();
    }
    for (String header : headers) {
      assertThat(typedNumbers(null, header)).as("DRL code outside the rules").isEmpty();
    }
  }

  @Test
  void everyParameterIsReadByARuleOfItsClauseAndNoRuleReadsAnother() throws IOException {
    TreeSet<String> read = new TreeSet<>();
    try (var files = Files.walk(DRL_ROOT)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
        Matcher m = RULE.matcher(patterns(Files.readString(f, StandardCharsets.UTF_8)));
        while (m.find()) {
          Matcher p = PARAMETER.matcher(m.group(3));
          while (p.find()) {
            assertThat(p.group(1)).as("rule %s reads a parameter of its own clause", m.group(1))
                .isEqualTo(m.group(2));
            assertThat(catalogue.get(p.group(1)).parameters()).as("parameters of %s", p.group(1))
                .containsKey(p.group(2));
            read.add(p.group(1) + "." + p.group(2));
          }
        }
      }
    }
    TreeSet<String> catalogued = new TreeSet<>();
    catalogue.values().forEach(c -> c.parameters().keySet().forEach(k -> catalogued.add(c.id() + "." + k)));
    assertThat(read).as("the parameters the rules read").isEqualTo(catalogued);
  }
}
