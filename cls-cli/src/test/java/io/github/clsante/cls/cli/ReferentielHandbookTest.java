package io.github.clsante.cls.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.clsante.cls.json.ClsJson;
import io.github.clsante.cls.referentiel.Clause;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.report.Severity;
import io.github.clsante.cls.report.Source;
import io.github.clsante.cls.testkit.Breakage;
import io.github.clsante.cls.testkit.ContractAtDate;
import io.github.clsante.cls.testkit.Counterexamples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The référentiel handbook, docs/referentiel/{socle,normandie,occitanie}.md, is written from the catalogue
 * (quotes, sources, severity, applies, checks in French and English, parameters), the DRL sources (the fact
 * types each clause's rules match) and cls-testkit (each clause's minimal counter-example: the smallest contract
 * its {@link Breakage} produces, found and shrunk by {@link Counterexamples#minimal} with a fixed seed, and the
 * finding it gives in French and English). This test fails when a committed page differs from what it would
 * write; {@code -Dcls.handbook.regenerate=true} rewrites the pages. The command packages the same pages
 * ({@code cls rules ID --format md}): it shrinks nothing at run time.
 */
class ReferentielHandbookTest {

  static final Path DIR = Path.of("..", "docs", "referentiel");
  private static final Path DRL_ROOT = Path.of("..", "cls-rules", "src", "main", "resources", "io", "github",
      "clsante", "cls", "rules");
  /** The seed of every counter-example search: a page changes only when the référentiel or the rules do. */
  private static final long SEED = 13L;
  /** Contracts generated at most per clause, searching and shrinking together. */
  private static final int BUDGET = 400;
  private static final Pattern RULE = Pattern.compile(
      "rule \"([^\"]+)\"\\s*@clause\\(\"([^\"]+)\"\\)(.*?)\\nend", Pattern.DOTALL);
  private static final Pattern FACT_IMPORT = Pattern.compile("import io\\.github\\.clsante\\.cls\\.spi\\.facts\\.(\\w+);");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
      .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
  private static final Labels FR = new Labels(Lang.fr);
  private static final Labels EN = new Labels(Lang.en);

  @Test
  void theHandbookPagesAreTheCataloguesAndTheTestkits() throws IOException {
    boolean regenerate = Boolean.getBoolean("cls.handbook.regenerate");
    Map<String, DrlRules> drl = drlRules();
    for (String pack : List.of("socle", "normandie", "occitanie")) {
      String expected = page(pack, drl);
      Path file = DIR.resolve(pack + ".md");
      if (regenerate) {
        Files.createDirectories(DIR);
        Files.writeString(file, expected, StandardCharsets.UTF_8);
      }
      assertThat(Files.exists(file)).as("%s exists (regenerate with -Dcls.handbook.regenerate=true)", file)
          .isTrue();
      assertThat(Files.readString(file, StandardCharsets.UTF_8))
          .as("%s is stale: regenerate it with -Dcls.handbook.regenerate=true", file).isEqualTo(expected);
    }
  }

  @Test
  void theTraceabilityTableLinksEveryClauseToItsEntry() throws IOException {
    String table = Files.readString(DIR.resolve("..").resolve("traceability.md"), StandardCharsets.UTF_8);
    for (String pack : List.of("socle", "normandie", "occitanie")) {
      for (Clause c : Referentiels.byId(pack).catalogue()) {
        if (c.pack().equals(pack)) {
          assertThat(table).as("link of %s", c.id())
              .contains("](referentiel/" + pack + ".md#" + c.id().toLowerCase(Locale.ROOT) + ")");
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"socle", "normandie", "occitanie"})
  void theCommandPrintsTheCommittedPage(String id) throws IOException {
    assumeFalse(Boolean.getBoolean("cls.handbook.regenerate"), "the jar's copy is the page before regeneration");
    Cli.Result r = Cli.run("rules", id, "--format", "md");
    assertThat(r.status()).isEqualTo(Main.OK);
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo(Files.readString(DIR.resolve(id + ".md"), StandardCharsets.UTF_8));
    assertThat(Cli.run("rules", id, "--format", "md", "--lang", "en").out()).isEqualTo(r.out());
  }

  /** The rules of one clause as the DRL source declares them: their names and the fact types they match. */
  record DrlRules(String file, List<String> names, Set<String> facts) {}

  static Map<String, DrlRules> drlRules() throws IOException {
    Map<String, DrlRules> byClause = new TreeMap<>();
    List<Path> files;
    try (var walk = Files.walk(DRL_ROOT)) {
      files = walk.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
    }
    for (Path f : files) {
      String source = Files.readString(f, StandardCharsets.UTF_8);
      Set<String> factTypes = new LinkedHashSet<>();
      Matcher imports = FACT_IMPORT.matcher(source);
      while (imports.find()) {
        factTypes.add(imports.group(1));
      }
      Matcher m = RULE.matcher(source);
      while (m.find()) {
        String body = m.group(3);
        int when = body.indexOf("\nwhen");
        int then = body.indexOf("\nthen");
        String lhs = when >= 0 && then > when ? body.substring(when, then) : "";
        DrlRules r = byClause.computeIfAbsent(m.group(2), k -> new DrlRules(
            DRL_ROOT.relativize(f).toString().replace('\\', '/'), new ArrayList<>(), new LinkedHashSet<>()));
        r.names().add(m.group(1));
        for (String type : factTypes) {
          if (Pattern.compile("\\b" + type + "\\s*\\(").matcher(lhs).find()) {
            r.facts().add(type);
          }
        }
      }
    }
    return byClause;
  }

  static String page(String pack, Map<String, DrlRules> drl) {
    Referentiel r = Referentiels.byId(pack);
    List<Clause> clauses = r.catalogue().stream().filter(c -> c.pack().equals(pack)).toList();
    StringBuilder b = new StringBuilder();
    b.append("# Référentiel handbook: `").append(pack).append("`\n\n");
    b.append("<!-- Generated by ReferentielHandbookTest (cls-cli) from the catalogue, the DRL and cls-testkit. Do not edit:\n"
        + "     ./mvnw -B -q verify -pl cls-cli -am -Dtest=ReferentielHandbookTest -Dsurefire.failIfNoSpecifiedTests=false "
        + "-Dcls.handbook.regenerate=true -->\n\n");
    b.append("**").append(r.title()).append("**, version ").append(r.version()).append(": ")
        .append(clauses.size()).append(" clauses");
    if (!pack.equals("socle")) {
      b.append(" of its own, checked together with the [national socle](socle.md)");
    }
    b.append(". The same page is printed by `cls rules ").append(pack).append(" --format md`.\n\n");
    b.append("Each clause gives its quote and source, its severity, when it applies (see the conventions in "
        + "[traceability](../traceability.md)), what it checks in French and in English, its parameters, the facts "
        + "its Drools rules match (read from the DRL source), and a **minimal counter-example**: the smallest "
        + "contract that cls-testkit's `Breakage` for the clause produces from a conforming contract, shrunk "
        + "(`Counterexamples.minimal`, seed " + SEED + "), shown as an excerpt of its JSON document at the "
        + "finding's element, with the finding it gives in French and English.\n\n");
    b.append("| clause | severity | applies | checks |\n|---|---|---|---|\n");
    for (Clause c : clauses) {
      b.append("| [`").append(c.id()).append("`](#").append(c.id().toLowerCase(Locale.ROOT)).append(") | ")
          .append(severity(c)).append(" | ").append(EN.applies(c.applies())).append(" | ")
          .append(cell(c.check(Locale.ENGLISH))).append(" |\n");
    }
    for (Clause c : clauses) {
      b.append("\n").append(entry(r, c, drl.get(c.id())));
    }
    return b.toString();
  }

  private static String severity(Clause c) {
    return c.severityCondition(Locale.ENGLISH).map(cond -> "ERROR or WARNING (" + cond + ")")
        .orElse(c.severity().name());
  }

  private static String entry(Referentiel r, Clause c, DrlRules rules) {
    StringBuilder b = new StringBuilder();
    b.append("## ").append(c.id()).append("\n\n");
    for (Source s : c.sources()) {
      b.append("> « ").append(s.quote()).append(" »\n>\n> — ").append(s.title()).append(" (`")
          .append(s.document()).append("`)\n\n");
    }
    b.append("| | français | English |\n|---|---|---|\n");
    b.append("| severity | ").append(c.severityCondition(Locale.FRENCH)
            .map(s -> FR.severity(Severity.ERROR) + " ou " + FR.severity(Severity.WARNING) + " (" + cell(s) + ")")
            .orElse(FR.severity(c.severity())))
        .append(" | ").append(cell(severity(c))).append(" |\n");
    b.append("| applies | ").append(FR.applies(c.applies())).append(" | ").append(EN.applies(c.applies()))
        .append(" (`").append(c.applies().label()).append("`) |\n");
    b.append("| checks | ").append(cell(c.check(Locale.FRENCH))).append(" | ").append(cell(c.check(Locale.ENGLISH)))
        .append(" |\n\n");
    if (!c.parameters().isEmpty()) {
      b.append("Parameters (the catalogue's, read by the rules and the views): ")
          .append(new TreeMap<>(c.parameters()).entrySet().stream()
              .map(e -> "`" + e.getKey() + "` = " + e.getValue()).collect(Collectors.joining(", ")))
          .append(".");
      c.measure().ifPresent(m -> b.append(" Measure: `").append(m.name()).append("`."));
      b.append("\n\n");
    }
    if (rules != null) {
      b.append("Facts read: ").append(rules.facts().stream().map(f -> "`" + f + "`").collect(Collectors.joining(", ")))
          .append(" (`io.github.clsante.cls.spi.facts`), by the rule").append(rules.names().size() > 1 ? "s " : " ")
          .append(rules.names().stream().map(n -> "`" + n + "`").collect(Collectors.joining(", ")))
          .append(" in `cls-rules/src/main/resources/io/github/clsante/cls/rules/").append(rules.file())
          .append("`.\n\n");
    }
    b.append(counterexample(r, c));
    return b.toString();
  }

  private static String counterexample(Referentiel r, Clause c) {
    Breakage breakage = Breakage.of(c.id());
    Predicate<Finding> ofClause = f -> f.ruleId().equals(c.id());
    Optional<ContractAtDate> found = Counterexamples.minimal(breakage,
        x -> r.check(x.contract(), x.asOf()).findings().stream().anyMatch(ofClause.and(f -> !f.isToDo())),
        x -> ClsJson.writer().write(x.contract()).length(), SEED, BUDGET);
    if (found.isEmpty()) {
      found = Counterexamples.minimal(breakage,
          x -> r.check(x.contract(), x.asOf()).findings().stream().anyMatch(ofClause),
          x -> ClsJson.writer().write(x.contract()).length(), SEED, BUDGET);
    }
    assertThat(found).as("a counter-example of %s within %d contracts", c.id(), BUDGET).isPresent();
    ContractAtDate x = found.orElseThrow();
    List<Finding> findings = r.check(x.contract(), x.asOf()).findings().stream().filter(ofClause).toList();
    Finding f = findings.stream().filter(g -> !g.isToDo()).findFirst().orElse(findings.get(0));
    String json = ClsJson.writer().write(x.contract());
    StringBuilder b = new StringBuilder();
    b.append("**Minimal counter-example** (`Breakage.").append(breakage.name()).append("`), checked on ")
        .append(x.asOf()).append(", phase `").append(x.phase()).append("`: a contract of ")
        .append(json.length()).append(" characters of JSON with ")
        .append(count(x.contract().signatories().size(), "signatory", "signatories")).append(", ")
        .append(count(x.contract().governance().bodies().size(), "body", "bodies")).append(" and ")
        .append(count(x.contract().actionPlan().fiches().size(), "fiche", "fiches")).append(". At `")
        .append(excerptPointer(json, f.path())).append("`:\n\n```json\n").append(excerpt(json, f.path()))
        .append("\n```\n\n");
    b.append("Finding: ").append(f.severity()).append(" `").append(f.ruleId()).append("` on `")
        .append(f.elementId()).append("` (`").append(f.path()).append("`)");
    f.year().ifPresent(y -> b.append(", year ").append(y));
    if (!f.arguments().isEmpty()) {
      b.append(", arguments ").append(new TreeMap<>(f.arguments()).entrySet().stream()
          .map(e -> "`" + e.getKey() + "=" + e.getValue() + "`").collect(Collectors.joining(", ")));
    }
    b.append(findings.size() > 1 ? " (the first of " + findings.size() + ")" : "").append(":\n\n");
    b.append("- fr: ").append(f.message(Locale.FRENCH)).append("\n");
    b.append("- en: ").append(f.message(Locale.ENGLISH)).append("\n");
    return b.toString();
  }

  /**
   * @return the pointer of the nearest object or array the document holds at or above the finding's path (a date
   *     or a flag alone says little)
   */
  static String excerptPointer(String json, String path) {
    JsonNode root = read(json);
    String p = path;
    while (!p.isEmpty() && (root.at(p).isMissingNode() || root.at(p).isValueNode())) {
      p = p.substring(0, p.lastIndexOf('/'));
    }
    return p.isEmpty() ? "/" : p;
  }

  /** @return that element, indented, at most 40 lines */
  static String excerpt(String json, String path) {
    String p = excerptPointer(json, path);
    JsonNode node = read(json).at(p.equals("/") ? "" : p);
    String text;
    try {
      text = JSON.writer(PRETTY).writeValueAsString(node).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> lines = text.lines().toList();
    return lines.size() <= 40 ? text : String.join("\n", lines.subList(0, 40)) + "\n…";
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static String cell(String s) {
    return s.replace("|", "\\|");
  }
}
