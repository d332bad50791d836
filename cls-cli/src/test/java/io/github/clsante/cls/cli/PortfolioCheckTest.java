package io.github.clsante.cls.cli;

import static io.github.clsante.cls.cli.CheckCommandTest.assertNoStackTrace;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import io.github.clsante.cls.agenda.Agenda;
import io.github.clsante.cls.calendar.Phase;
import io.github.clsante.cls.json.ClsJson;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.report.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code cls check} with a folder, several files or standard input: the portfolio form, in its three formats,
 * its exit statuses, and what it does with bad input.
 */
class PortfolioCheckTest {

  private static final LocalDate AS_OF = LocalDate.parse(Cli.AS_OF);

  /** The documents of {@code ../examples}, in the order the command must take them: sorted by relative path. */
  private static final List<String> EXAMPLES = List.of(
      "../examples/cls-draft-diagnosis.json",
      "../examples/cls-mont-saint-michel-normandie.json",
      "../examples/cls-pays-coeur-herault-occitanie.json",
      "../examples/portfolio/cls-ales-agglomeration-30.json",
      "../examples/portfolio/cls-bayeux-intercom-14.json",
      "../examples/portfolio/cls-couserans-pyrenees-09.json",
      "../examples/portfolio/cls-cu-alencon-61.json",
      "../examples/portfolio/cls-dieppe-maritime-76.json",
      "../examples/portfolio/cls-evreux-portes-de-normandie-27.json",
      "../examples/portfolio/cls-fecamp-caux-littoral-76.json",
      "../examples/portfolio/cls-grand-figeac-46.json",
      "../examples/portfolio/cls-lozere-48.json",
      "../examples/portfolio/cls-pays-de-falaise-14.json",
      "../examples/portfolio/cls-rodez-agglomeration-12.json",
      "../examples/portfolio/cls-saint-lo-agglo-50.json");

  /** The phase in the table, written out here rather than read from the labels. */
  private static final Map<Phase, String> PHASE_FR = Map.of(Phase.PRELIMINARY, "préalable",
      Phase.DIAGNOSIS_AND_PLANNING, "élaboration", Phase.IMPLEMENTATION_AND_EVALUATION, "mise en œuvre",
      Phase.ENDED, "terminé");
  private static final Map<Phase, String> PHASE_EN = Map.of(Phase.PRELIMINARY, "preliminary",
      Phase.DIAGNOSIS_AND_PLANNING, "planning", Phase.IMPLEMENTATION_AND_EVALUATION, "implementation",
      Phase.ENDED, "ended");

  private static final String HEADER_FR = "Contrat  Région / référentiel  Phase  Erreurs  Avertissements  "
      + "À prévoir  Prochaine échéance  Fichier  Remarque";

  private static final Pattern PROBLEM = Pattern.compile(
      " : ligne \\d+, colonne \\d+, (\\(document\\)|/\\S*) : attendu .+ ; trouvé .+$");

  /** Each example checked on its own, through the library: the oracle of the portfolio's rows. */
  private static final Map<String, ConformityReport> REPORTS = new java.util.HashMap<>();
  private static final Map<String, LocalHealthContract> CONTRACTS = new java.util.HashMap<>();

  @BeforeAll
  static void checkEachExampleAlone() {
    for (String f : EXAMPLES) {
      LocalHealthContract c = Cli.read(f);
      CONTRACTS.put(f, c);
      REPORTS.put(f, Referentiels.forRegion(c.region()).check(c, AS_OF));
    }
  }

  /** @return the table's rows (header first): from the line after the title to the first blank line, split */
  private static List<List<String>> table(Cli.Result r) {
    List<String> lines = r.outLines();
    List<List<String>> rows = new ArrayList<>();
    for (int i = 2; i < lines.size() && !lines.get(i).isEmpty(); i++) {
      rows.add(List.of(lines.get(i).split(" {2,}", -1)));
    }
    return rows;
  }

  @Test
  void aFolderGivesTheSummaryTableThenEachReportAsTheSingleFormPrintsIt() {
    Cli.Result r = Cli.run("check", "../examples", "--as-of", Cli.AS_OF);

    assertThat(r.status()).as(r.err()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    assertThat(r.outLines().get(0)).isEqualTo("Portefeuille : 15 contrat(s) au 22 novembre 2026");
    List<List<String>> rows = table(r);
    assertThat(String.join("  ", rows.get(0))).isEqualTo(HEADER_FR);
    assertThat(rows).hasSize(1 + EXAMPLES.size());
    for (int i = 0; i < EXAMPLES.size(); i++) {
      String f = EXAMPLES.get(i);
      List<String> row = rows.get(i + 1);
      LocalHealthContract c = CONTRACTS.get(f);
      ConformityReport rep = REPORTS.get(f);
      assertThat(row.get(0)).as(f).isEqualTo(c.id());
      assertThat(row.get(1)).isEqualTo(c.region() + " / " + rep.referentielId());
      assertThat(row.get(2)).isEqualTo(PHASE_FR.get(rep.phase()));
      assertThat(row.get(3)).isEqualTo(String.valueOf(rep.count(Severity.ERROR)));
      assertThat(row.get(4)).isEqualTo(String.valueOf(rep.count(Severity.WARNING)));
      assertThat(row.get(5)).isEqualTo(String.valueOf(rep.findings().stream().filter(Finding::isToDo).count()));
      // the next due date, written out in French
      assertThat(row.get(6)).isEqualTo(Agenda.of(rep, c).nextDueDate().map(d -> new Labels(Lang.fr).date(d))
          .orElse("—")).matches("—|(1er|[0-9]{1,2}) [a-zéû]+ 20[0-9]{2}");
      assertThat(row.get(7)).isEqualTo(f);
    }
    long errorsIn = REPORTS.values().stream().filter(x -> !x.isConforming()).count();
    assertThat(errorsIn).isEqualTo(5);
    assertThat(r.outLines()).contains(
        "Bilan : 15 contrôlé(s) — 10 conforme(s), 5 non conforme(s) ; 0 illisible(s) ou non contrôlé(s)",
        "Constats : " + sum(Severity.ERROR) + " erreur(s), " + sum(Severity.WARNING) + " avertissement(s), "
            + sum(Severity.INFO) + " information(s), dont " + REPORTS.values().stream()
            .mapToLong(x -> x.findings().stream().filter(Finding::isToDo).count()).sum() + " à prévoir",
        "Phases : préalable 1, élaboration 3, mise en œuvre 9, terminé 2");

    // then each report, exactly as check FILE prints it
    StringBuilder reports = new StringBuilder();
    for (String f : EXAMPLES) {
      reports.append("\n── ").append(f).append(" ──\n").append(Cli.run("check", f, "--as-of", Cli.AS_OF).out());
    }
    assertThat(r.out()).endsWith("Phases : préalable 1, élaboration 3, mise en œuvre 9, terminé 2\n" + reports);
  }

  private static long sum(Severity s) {
    return REPORTS.values().stream().mapToLong(x -> x.count(s)).sum();
  }

  @Test
  void summaryPrintsTheTableAndTotalsOnly() {
    Cli.Result r = Cli.run("check", "../examples/", "--as-of", Cli.AS_OF, "--summary");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).doesNotContain("── ").doesNotContain("Contrat: ").doesNotContain("Référentiel: ");
    assertThat(table(r)).hasSize(16);
    assertThat(r.outLines().get(r.outLines().size() - 1)).startsWith("Phases : ");
    // French only: no enum constant, no English word of the table
    assertThat(r.out()).doesNotContain("PRELIMINARY").doesNotContain("IMPLEMENTATION").doesNotContain("ERROR")
        .doesNotContain("WARNING").doesNotContain("Summary").doesNotContain("planning").doesNotContain("File");
  }

  @Test
  void englishSpeaksEnglish() {
    Cli.Result r = Cli.run("check", "../examples", "--as-of", Cli.AS_OF, "--summary", "--lang", "en");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.outLines().get(0)).isEqualTo("Portfolio: 15 contract(s) on 22 November 2026");
    List<List<String>> rows = table(r);
    assertThat(String.join("  ", rows.get(0))).isEqualTo(
        "Contract  Région / référentiel  Phase  Errors  Warnings  To do  Next due  File  Note");
    for (int i = 0; i < EXAMPLES.size(); i++) {
      assertThat(rows.get(i + 1).get(2)).isEqualTo(PHASE_EN.get(REPORTS.get(EXAMPLES.get(i)).phase()));
    }
    assertThat(r.outLines()).contains("Summary: 15 checked — 10 conforming, 5 not conforming; 0 unreadable or not "
        + "checked", "Phases: preliminary 1, planning 3, implementation 9, ended 2");
    assertThat(r.out()).doesNotContain("préalable").doesNotContain("Bilan").doesNotContain("Fichier")
        .doesNotContain("conforme(s)");
  }

  @Test
  void jsonIsOneValidPortfolioDocumentHoldingEachSingleReport() throws Exception {
    Cli.Result r = Cli.run("check", "../examples", "--as-of", Cli.AS_OF, "--format", "json", "--lang", "en");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    ObjectMapper mapper = new ObjectMapper();
    JsonNode p = mapper.readTree(r.out());
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(ClsJson.portfolioSchema(), SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    assertThat(schema.validate(p)).isEmpty();
    assertThat(p.get("format").asText()).isEqualTo("cls-portfolio/1");
    assertThat(p.get("asOf").asText()).isEqualTo(Cli.AS_OF);
    JsonNode t = p.get("totals");
    assertThat(t.get("contracts").asInt()).isEqualTo(15);
    assertThat(t.get("checked").asInt()).isEqualTo(15);
    assertThat(t.get("conforming").asInt()).isEqualTo(10);
    assertThat(t.get("notConforming").asInt()).isEqualTo(5);
    assertThat(t.get("failed").asInt()).isZero();
    assertThat(t.get("findings").get("ERROR").asLong()).isEqualTo(sum(Severity.ERROR));
    assertThat(t.get("phases").get("ENDED").asInt()).isEqualTo(2);
    assertThat(p.get("duplicateContractIds")).isEmpty();
    JsonNode cs = p.get("contracts");
    assertThat(cs).hasSize(15);
    for (int i = 0; i < EXAMPLES.size(); i++) {
      String f = EXAMPLES.get(i);
      assertThat(cs.get(i).get("source").asText()).isEqualTo(f);
      assertThat(cs.get(i).get("contractId").asText()).isEqualTo(CONTRACTS.get(f).id());
      JsonNode alone = mapper.readTree(Cli.run("check", f, "--as-of", Cli.AS_OF, "--format", "json", "--lang",
          "en").out());
      assertThat(cs.get(i).get("report")).as(f).isEqualTo(alone);
    }
  }

  @Test
  void htmlIsOneSelfContainedPageWithLinkedRowsCountsAndWhatIsDueSoon() throws Exception {
    Cli.Result r = Cli.run("check", "../examples", "--as-of", Cli.AS_OF, "--format", "html");
    assertThat(r.status()).isEqualTo(1);
    String html = r.out();
    assertThat(html).doesNotContain("http").doesNotContain("<script").doesNotContain("<link")
        .doesNotContain("src=").doesNotContain("@import").doesNotContain("url(");
    Document d = HtmlReportTest.parse(html);

    // ids are unique on the page, although every contract's report has the same sections
    List<String> ids = new ArrayList<>();
    NodeList all = d.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.hasAttribute("id")) {
        ids.add(e.getAttribute("id"));
      }
    }
    assertThat(ids).doesNotHaveDuplicates().contains("summary", "counts", "due", "c1-timeline", "c15-findings");

    // one row per document, each linking to its contract's section, which holds that contract's report
    List<Element> rows = elements(d, "tr").stream().filter(e -> "entry".equals(e.getAttribute("class"))).toList();
    assertThat(rows).hasSize(15);
    for (int i = 0; i < rows.size(); i++) {
      String f = EXAMPLES.get(i);
      Element a = (Element) rows.get(i).getElementsByTagName("a").item(0);
      assertThat(a.getTextContent()).isEqualTo(CONTRACTS.get(f).name());
      assertThat(rows.get(i).getElementsByTagName("code").item(0).getTextContent()).isEqualTo(CONTRACTS.get(f).id());
      String target = a.getAttribute("href").substring(1);
      Element section = byId(d, target);
      assertThat(section.getTagName()).isEqualTo("section");
      assertThat(section.getElementsByTagName("h2").item(0).getTextContent()).isEqualTo(CONTRACTS.get(f).name());
      List<String> rules = new ArrayList<>();
      NodeList lis = section.getElementsByTagName("li");
      for (int k = 0; k < lis.getLength(); k++) {
        Element li = (Element) lis.item(k);
        if (li.getAttribute("class").startsWith("finding ")) {
          rules.add(li.getAttribute("data-rule"));
        }
      }
      assertThat(rules).as(f).containsExactlyInAnyOrderElementsOf(REPORTS.get(f).findings().stream()
          .map(Finding::ruleId).toList());
      assertThat(((Element) rows.get(i).getElementsByTagName("td").item(1)).getAttribute("data-phase"))
          .isEqualTo(REPORTS.get(f).phase().name());
    }

    // counts per phase and per severity
    assertThat(count(d, "PRELIMINARY")).isEqualTo(1);
    assertThat(count(d, "DIAGNOSIS_AND_PLANNING")).isEqualTo(3);
    assertThat(count(d, "IMPLEMENTATION_AND_EVALUATION")).isEqualTo(9);
    assertThat(count(d, "ENDED")).isEqualTo(2);
    assertThat(count(d, "ERROR")).isEqualTo(sum(Severity.ERROR));
    assertThat(count(d, "WARNING")).isEqualTo(sum(Severity.WARNING));
    assertThat(count(d, "conforming")).isEqualTo(10);
    assertThat(count(d, "notConforming")).isEqualTo(5);

    // due within 90 days across contracts: Évreux's final evaluation, due on its end date
    List<Element> due = elements(d, "li").stream().filter(e -> "todo-item soon".equals(e.getAttribute("class")))
        .toList();
    List<String> expected = new ArrayList<>();
    for (String f : EXAMPLES) {
      Agenda.of(REPORTS.get(f), CONTRACTS.get(f)).dueWithin(90).forEach(item -> expected.add(item.key()));
    }
    assertThat(expected).isNotEmpty();
    assertThat(due).extracting(e -> e.getAttribute("data-key")).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(due.get(0).getTextContent()).startsWith("31 décembre 2026")
        .contains(CONTRACTS.get("../examples/portfolio/cls-evreux-portes-de-normandie-27.json").name());
  }

  /** A page-level count: a table row's cell, or a tile's number. */
  private static long count(Document d, String key) {
    NodeList all = d.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (key.equals(e.getAttribute("data-count"))) {
        NodeList tds = e.getElementsByTagName("td");
        String n = tds.getLength() > 0 ? tds.item(0).getTextContent()
            : e.getElementsByTagName("span").item(0).getTextContent();
        return Long.parseLong(n);
      }
    }
    throw new AssertionError("no count " + key);
  }

  private static Element byId(Document d, String id) {
    NodeList all = d.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (id.equals(e.getAttribute("id"))) {
        return e;
      }
    }
    throw new AssertionError("no element with id " + id);
  }

  private static List<Element> elements(Document d, String tag) {
    NodeList nl = d.getElementsByTagName(tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nl.getLength(); i++) {
      out.add((Element) nl.item(i));
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Bad input: nothing readable is lost

  private static final String BAYEUX = "../examples/portfolio/cls-bayeux-intercom-14.json";
  private static final String ALENCON = "../examples/portfolio/cls-cu-alencon-61.json";

  @Test
  void aFolderWithUnreadableDocumentsChecksTheRestAndSaysWhyForEachOne(@TempDir Path dir) throws IOException {
    Path folder = dir.resolve("dossier");
    Files.createDirectories(folder.resolve("x.json"));
    Files.copy(Path.of(BAYEUX), folder.resolve("a-bayeux.json"));
    Files.copy(Path.of(ALENCON), folder.resolve("x.json").resolve("alencon.json"));
    Files.writeString(folder.resolve("b-broken.json"), "{\n  \"format\": \"cls/1\",\n  \"id\": \"x\" \"name\": 1\n}\n");
    Files.writeString(folder.resolve("c-empty.json"), "");
    Files.writeString(folder.resolve("d-notes.json"), "Compte rendu du COPIL : à relire.\n");
    // what a walk must leave alone: other extensions, hidden files and folders
    Files.writeString(folder.resolve("e-readme.txt"), "not a document");
    Files.writeString(folder.resolve(".hidden.json"), "{");
    Files.createDirectories(folder.resolve(".git"));
    Files.writeString(folder.resolve(".git").resolve("config.json"), "{");

    Cli.Result r = Cli.run("check", folder.toString(), "--as-of", Cli.AS_OF, "--summary");

    assertThat(r.status()).isEqualTo(2);
    assertNoStackTrace(r.err());
    String broken = folder.resolve("b-broken.json").toString();
    String empty = folder.resolve("c-empty.json").toString();
    String notes = folder.resolve("d-notes.json").toString();
    for (String f : List.of(broken, empty, notes)) {
      assertThat(r.errLines()).as(f).anySatisfy(l -> assertThat(l).startsWith(f + " : ligne ").containsPattern(PROBLEM));
      assertThat(r.errLines()).contains("cls : " + f + " n'est pas un contrat lisible (1 problème)");
    }
    assertThat(r.errLines()).anySatisfy(l -> assertThat(l).startsWith(broken + " : ligne 3, colonne "));
    assertThat(r.err()).doesNotContain("hidden").doesNotContain(".git").doesNotContain("readme")
        .doesNotContain("x.json:");

    List<List<String>> rows = table(r);
    assertThat(rows).hasSize(1 + 5);
    assertThat(rows.subList(1, 6)).extracting(row -> row.get(7)).containsExactly(
        folder.resolve("a-bayeux.json").toString(), broken, empty, notes,
        folder.resolve("x.json").resolve("alencon.json").toString());
    assertThat(rows.get(1).get(0)).isEqualTo("cls-bayeux-intercom-2024");
    assertThat(rows.get(5).get(0)).isEqualTo("cls-cu-alencon-2023");
    assertThat(rows.get(5).get(3)).isEqualTo("1");
    for (List<String> row : rows.subList(2, 5)) {
      assertThat(row.subList(0, 7)).containsExactly("—", "—", "illisible", "—", "—", "—", "—");
      assertThat(row.get(8)).startsWith("1 problème(s) ; premier : ligne ");
    }
    assertThat(r.outLines()).contains(
        "Bilan : 2 contrôlé(s) — 1 conforme(s), 1 non conforme(s) ; 3 illisible(s) ou non contrôlé(s)");
  }

  @Test
  void unreadableDocumentsInJsonHaveTheirProblems(@TempDir Path dir) throws Exception {
    Files.copy(Path.of(BAYEUX), dir.resolve("a.json"));
    Files.writeString(dir.resolve("b.json"), "[1, 2");
    Cli.Result r = Cli.run("check", dir.toString(), "--as-of", Cli.AS_OF, "--format", "json");
    assertThat(r.status()).isEqualTo(2);
    JsonNode p = new ObjectMapper().readTree(r.out());
    assertThat(p.get("totals").get("failed").asInt()).isEqualTo(1);
    JsonNode failed = p.get("contracts").get(1);
    assertThat(failed.get("source").asText()).isEqualTo(dir.resolve("b.json").toString());
    JsonNode problem = failed.get("failure").get("problems").get(0);
    assertThat(problem.get("pointer").isTextual()).isTrue();
    assertThat(problem.get("line").asInt()).isEqualTo(1);
    assertThat(problem.get("column").asInt()).isPositive();
    assertThat(problem.get("expected").asText()).isNotBlank();
    assertThat(problem.get("found").asText()).isNotBlank();
    assertThat(p.get("contracts").get(0).get("report").get("conforming").asBoolean()).isTrue();
  }

  @Test
  void reportsAndPackageJsonInAFolderAreSkippedWithANote(@TempDir Path dir) throws IOException {
    Files.copy(Path.of(BAYEUX), dir.resolve("bayeux.json"));
    Files.writeString(dir.resolve("package.json"), "{\"name\": \"tableau-de-bord\", \"version\": \"1.0.0\"}\n");
    Files.writeString(dir.resolve("bayeux-report.json"),
        Cli.run("check", BAYEUX, "--as-of", Cli.AS_OF, "--format", "json").out());
    Cli.Result r = Cli.run("check", dir.toString(), "--as-of", Cli.AS_OF, "--summary");
    assertThat(r.status()).isZero();
    assertThat(r.errLines()).containsExactlyInAnyOrder(
        "cls : " + dir.resolve("bayeux-report.json") + " ignoré : son « format » est \"cls-report/1\", pas « cls/1 ».",
        "cls : " + dir.resolve("package.json") + " ignoré : JSON sans « format » « cls/1 ».");
    assertThat(table(r)).hasSize(2);
    // given by name, a saved report is read, and is no contract
    Cli.Result named = Cli.run("check", dir.resolve("bayeux-report.json").toString());
    assertThat(named.status()).isEqualTo(2);
    assertThat(named.err()).contains("/format : attendu \"cls/1\" ; trouvé \"cls-report/1\"");
  }

  @Test
  void anEmptyFolderIsOneLineAndExit2(@TempDir Path dir) throws IOException {
    Path empty = Files.createDirectories(dir.resolve("vide"));
    Cli.Result r = Cli.run("check", empty.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).containsExactly("cls : " + empty + " : aucun document à contrôler dans ce dossier.");
    Cli.Result en = Cli.run("check", empty.toString(), "--lang", "en");
    assertThat(en.errLines()).containsExactly("cls: " + empty + ": no document to check in this folder.");
  }

  @Test
  void standardInputThatIsNotADocumentIsOneProblemAndExit2() {
    Cli.Result r = Cli.runWithStdin("ceci n'est pas un contrat", "check", "-");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).hasSize(2);
    assertThat(r.errLines().get(0)).startsWith("<stdin> : ligne 1, colonne 1, (document) : attendu ");
    assertThat(r.errLines().get(1)).isEqualTo("cls : <stdin> n'est pas un contrat lisible (1 problème)");
    assertNoStackTrace(r.err());
    Cli.Result en = Cli.runWithStdin("ceci n'est pas un contrat", "check", "-", "--lang", "en");
    assertThat(en.errLines().get(0)).startsWith("<stdin>: line 1, column 1, (document): expected ");
    assertThat(en.errLines().get(1)).isEqualTo("cls: <stdin> is not a readable contract (1 problem)");
  }

  @Test
  void standardInputIsReadAsAFileIs() {
    Cli.Result file = Cli.run("check", BAYEUX, "--as-of", Cli.AS_OF);
    Cli.Result stdin = Cli.runWithStdin(Cli.text(Path.of(BAYEUX)), "check", "-", "--as-of", Cli.AS_OF);
    assertThat(stdin.status()).isEqualTo(file.status()).isZero();
    assertThat(stdin.out()).isEqualTo(file.out());

    // in a portfolio, its name is <stdin>; it can be read once only
    Cli.Result both = Cli.runWithStdin(Cli.text(Path.of(BAYEUX)), "check", "-", ALENCON, "--as-of", Cli.AS_OF,
        "--summary");
    assertThat(both.status()).isEqualTo(1);
    assertThat(table(both).subList(1, 3)).extracting(row -> row.get(7)).containsExactly("<stdin>", ALENCON);
    Cli.Result twice = Cli.runWithStdin(Cli.text(Path.of(BAYEUX)), "check", "-", "-", "--as-of", Cli.AS_OF);
    assertThat(twice.status()).isEqualTo(2);
    assertThat(twice.errLines()).containsExactly("cls : l'entrée standard (-) ne peut être lue qu'une fois.");
    assertThat(table(twice)).hasSize(2);
  }

  @Test
  void twoFilesWithOneContractIdAreBothCheckedAndTheSummarySaysSo(@TempDir Path dir) throws IOException {
    Files.copy(Path.of(BAYEUX), dir.resolve("a.json"));
    Files.copy(Path.of(BAYEUX), dir.resolve("b.json"));
    Cli.Result r = Cli.run("check", dir.toString(), "--as-of", Cli.AS_OF, "--summary");
    assertThat(r.status()).isZero();
    List<List<String>> rows = table(r);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1).get(8)).isEqualTo("même identifiant que " + dir.resolve("b.json"));
    assertThat(rows.get(2).get(8)).isEqualTo("même identifiant que " + dir.resolve("a.json"));
    assertThat(r.outLines()).contains("Identifiants en double (chaque document est contrôlé) : "
        + "cls-bayeux-intercom-2024 (" + dir.resolve("a.json") + ", " + dir.resolve("b.json") + ")");
  }

  @Test
  void aContractThatCannotBeCheckedHasItsRowAndTheOthersAreChecked(@TempDir Path dir) throws IOException {
    Files.copy(Path.of(BAYEUX), dir.resolve("a.json"));
    Files.writeString(dir.resolve("b.json"), Cli.text(Path.of(ALENCON))
        .replace("\"region\": \"Normandie\"", "\"region\": \"Atlantis\""));
    Cli.Result r = Cli.run("check", dir.toString(), "--as-of", Cli.AS_OF, "--summary");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.errLines()).containsExactly("cls : " + dir.resolve("b.json")
        + " non contrôlé : la région « Atlantis » n'est pas une région.");
    List<String> row = table(r).get(2);
    assertThat(row.subList(0, 3)).containsExactly("cls-cu-alencon-2023", "Atlantis / —", "non contrôlé");
    assertThat(row.get(8)).isEqualTo("la région « Atlantis » n'est pas une région");
    assertThat(table(r).get(1).get(2)).isEqualTo("mise en œuvre");

    // a forced référentiel checks it, and says once that it overrides the régions' choice
    Cli.Result forced = Cli.run("check", dir.toString(), "--as-of", Cli.AS_OF, "--summary", "--referentiel",
        "socle");
    assertThat(forced.status()).isZero();
    assertThat(forced.errLines()).containsExactly("cls : attention, le référentiel « socle » est imposé à 1 "
        + "contrat(s) dont la région relève d'un autre référentiel.");
    assertThat(table(forced)).extracting(x -> x.get(1)).containsExactly("Région / référentiel",
        "Normandie / socle", "Atlantis / socle");
  }

  @Test
  void aMissingFileAmongSeveralIsUnreadableAndTheOthersAreChecked() {
    Cli.Result r = Cli.run("check", BAYEUX, "no/such/file.json", "--as-of", Cli.AS_OF, "--summary");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.errLines()).containsExactly(
        "no/such/file.json : (document) : attendu un fichier lisible ; trouvé aucun fichier de ce nom",
        "cls : no/such/file.json n'est pas un contrat lisible (1 problème)");
    Cli.Result en = Cli.run("check", BAYEUX, "no/such/file.json", "--as-of", Cli.AS_OF, "--summary", "--lang", "en");
    assertThat(en.errLines()).containsExactly(
        "no/such/file.json: (document): expected a readable file; found no such file",
        "cls: no/such/file.json is not a readable contract (1 problem)");
    assertThat(table(r).get(2).subList(2, 3)).containsExactly("illisible");
    assertThat(table(r).get(2).get(8)).isEqualTo("1 problème(s) ; premier : document entier");
    assertThat(table(r).get(1).get(0)).isEqualTo("cls-bayeux-intercom-2024");
  }

  @Test
  void exitStatusIsZeroWhenEveryContractConforms(@TempDir Path dir) throws IOException {
    Files.copy(Path.of(BAYEUX), dir.resolve("a.json"));
    Files.copy(Path.of("../examples/portfolio/cls-couserans-pyrenees-09.json"), dir.resolve("b.json"));
    assertThat(Cli.run("check", dir.toString(), "--as-of", Cli.AS_OF).status()).isZero();
    Files.copy(Path.of(ALENCON), dir.resolve("c.json"));
    assertThat(Cli.run("check", dir.toString(), "--as-of", Cli.AS_OF).status()).isEqualTo(1);
    // one folder with one contract is still a portfolio
    Path one = Files.createDirectories(dir.resolve("one"));
    Files.copy(Path.of(BAYEUX), one.resolve("a.json"));
    Cli.Result r = Cli.run("check", one.toString(), "--as-of", Cli.AS_OF, "--summary");
    assertThat(r.outLines().get(0)).isEqualTo("Portefeuille : 1 contrat(s) au 22 novembre 2026");
  }

  @Test
  void aLinkToAFolderIsNotFollowed(@TempDir Path dir) throws IOException {
    Path elsewhere = Files.createDirectories(dir.resolve("ailleurs"));
    Files.copy(Path.of(ALENCON), elsewhere.resolve("alencon.json"));
    Path folder = Files.createDirectories(dir.resolve("dossier"));
    Files.copy(Path.of(BAYEUX), folder.resolve("bayeux.json"));
    try {
      Files.createSymbolicLink(folder.resolve("lien.json"), elsewhere);
      Files.createSymbolicLink(folder.resolve("lien"), elsewhere);
    } catch (UnsupportedOperationException | IOException e) {
      org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
    }
    Cli.Result r = Cli.run("check", folder.toString(), "--as-of", Cli.AS_OF, "--summary");
    assertThat(r.status()).isZero();
    assertThat(table(r)).hasSize(2);
    assertThat(r.err()).isEmpty();
  }

  @Test
  void textFromDocumentsAndFileNamesReachesTheTerminalEscaped(@TempDir Path dir) throws IOException {
    Path evil = dir.resolve("evil\u001b[2J\nname.json");
    Files.writeString(evil, Cli.text(Path.of(BAYEUX))
        .replace("\"id\": \"cls-bayeux-intercom-2024\"", "\"id\": \"cls-\\u001b[31mrouge\\u0007\""));
    Files.writeString(dir.resolve("b.json"), "{\"format\": \"cls/1\", \"id\": \"x\", \"name\": \"n\", \"region\": "
        + "\"Normandie\", \"\\u001b[2J\": 1}");
    // the summary and the diagnostics are this command's own; each report's text is TextReport's (issue #17)
    Cli.Result r = Cli.run("check", dir.toString(), "--as-of", Cli.AS_OF, "--summary");
    assertThat(r.out() + r.err()).doesNotContain("\u001b").doesNotContain("\u0007");
    assertThat(r.out()).contains("cls-\\u001b[31mrouge\\u0007").contains("evil\\u001b[2J\\nname.json");
    assertThat(r.err()).contains("/\\u001b[2J : attendu");
    Cli.Result full = Cli.run("check", dir.toString(), "--as-of", Cli.AS_OF);
    assertThat(full.out()).startsWith(r.out());
    assertThat(full.out()).contains("\n── " + dir + "/evil\\u001b[2J\\nname.json ──\n");
    Cli.Result html = Cli.run("check", dir.toString(), "--as-of", Cli.AS_OF, "--format", "html");
    assertThat(html.out()).doesNotContain("\u001b").doesNotContain("\u0007");
  }

  @Test
  void helpDocumentsTheFormsAndTheExitStatuses() {
    Cli.Result r = Cli.run("check", "--help", "--lang", "en");
    assertThat(r.status()).isZero();
    String help = r.out().replaceAll("\\s+", " ");
    String fr = Cli.run("check", "--help").out().replaceAll("\\s+", " ");
    assertThat(fr).contains("--summary").contains("- pour l'entrée standard").contains("dossier")
        .contains("0 conforme").contains("1 au moins un constat de gravité erreur")
        .contains("2 le travail n'a pas pu être fait").contains("les autres sont quand même contrôlés et rapportés");
    assertThat(help).contains("--summary").contains("- for standard input").contains("folder")
        .contains("0 conforming").contains("1 at least one ERROR finding")
        .contains("2 could not do the job").contains("the others are still checked and reported");
  }

}
