package io.github.clsante.cls.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.calendar.JudgedYears;
import io.github.clsante.cls.calendar.PhaseInterval;
import io.github.clsante.cls.calendar.Phases;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.Milestones;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Finding;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class HtmlReportTest {

  static Stream<String[]> documents() {
    return Cli.documents();
  }

  /** Parses the page as XML: it must be well-formed once the HTML5 doctype is set aside. */
  static Document parse(String html) throws Exception {
    assertThat(html).startsWith("<!DOCTYPE html>\n");
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setExpandEntityReferences(false);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(html.substring("<!DOCTYPE html>\n"
        .length()))));
  }

  private static List<Element> elements(Document d, String tag) {
    NodeList nl = d.getElementsByTagName(tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nl.getLength(); i++) {
      out.add((Element) nl.item(i));
    }
    return out;
  }

  @ParameterizedTest
  @MethodSource("documents")
  void thePageIsWellFormedSelfContainedAndComplete(String file, String pack) throws Exception {
    LocalHealthContract contract = Cli.read(file);
    ConformityReport report = Referentiels.byId(pack).check(contract, LocalDate.parse(Cli.AS_OF));
    Cli.Result r = Cli.run("check", file, "--referentiel", pack, "--as-of", Cli.AS_OF, "--format", "html");

    assertThat(r.status()).isEqualTo(report.isConforming() ? 0 : 1);
    Cli.assertForcedReferentielNote(r, file, pack);
    String html = r.out();
    assertThat(html).doesNotContain("http").doesNotContain("<script").doesNotContain("<link")
        .doesNotContain("src=").doesNotContain("@import").doesNotContain("url(");
    Document d = parse(html);

    // every finding, in order, with its rule id
    List<String> rows = elements(d, "tr").stream().filter(e -> e.getAttribute("class").equals("finding"))
        .map(e -> e.getAttribute("data-rule")).toList();
    assertThat(rows).containsExactlyElementsOf(report.findings().stream().map(Finding::ruleId).toList());
    for (Finding f : report.findings()) {
      assertThat(html).contains("<code>" + f.ruleId() + "</code>");
    }

    // the timeline: one box per phase interval, the current one marked
    List<Element> phases = elements(d, "div").stream().filter(e -> e.hasAttribute("data-phase")).toList();
    List<PhaseInterval> timeline = Phases.timeline(contract.milestones());
    assertThat(phases).extracting(e -> e.getAttribute("data-phase"))
        .containsExactlyElementsOf(timeline.stream().map(i -> i.phase().name()).toList());
    assertThat(phases).filteredOn(e -> e.getAttribute("class").contains("current"))
        .extracting(e -> e.getAttribute("data-phase")).containsExactly(report.phase().name());

    // the year grid: one column per judged year, the five lines
    List<Integer> years = judgedYears(contract.milestones(), LocalDate.parse(Cli.AS_OF));
    List<Integer> columns = elements(d, "th").stream().filter(e -> e.hasAttribute("data-year"))
        .map(e -> Integer.parseInt(e.getAttribute("data-year"))).toList();
    assertThat(columns).containsExactlyElementsOf(years);
    if (!years.isEmpty()) {
      assertThat(elements(d, "tr").stream().filter(e -> e.hasAttribute("data-row"))
          .map(e -> e.getAttribute("data-row"))).containsExactly("COPIL", "COTECH", "ACTIVITY", "FINANCIAL",
          "PROGRAMMING");
    }
  }

  @Test
  void theGridCountsMeetingsAndMarksFindings() throws Exception {
    LocalHealthContract contract = Cli.read(Cli.fixture().toString());
    LocalDate asOf = LocalDate.parse(Cli.AS_OF);
    ConformityReport report = Referentiels.byId("normandie").check(contract, asOf);
    Document d = parse(Cli.run("check", Cli.fixture().toString(), "--referentiel", "normandie", "--as-of",
        Cli.AS_OF, "--format", "html").out());

    for (Element row : elements(d, "tr")) {
      String kind = row.getAttribute("data-row");
      if (!kind.equals("COPIL") && !kind.equals("COTECH") && !kind.equals("ACTIVITY")) {
        continue;
      }
      NodeList tds = row.getElementsByTagName("td");
      for (int i = 0; i < tds.getLength(); i++) {
        Element td = (Element) tds.item(i);
        if (!td.hasAttribute("data-year")) {
          continue;
        }
        int y = Integer.parseInt(td.getAttribute("data-year"));
        if (kind.equals("ACTIVITY")) {
          boolean missing = !report.findings().stream().filter(f -> f.ruleId().equals("NOR-ANNUAL-REPORT"))
              .filter(f -> f.year().orElse(0) == y).toList().isEmpty();
          if (missing) {
            assertThat(td.getAttribute("class")).as("%s %d", kind, y).contains("FAIL");
          } else {
            assertThat(td.getAttribute("class")).as("%s %d", kind, y).doesNotContain("FAIL");
          }
          continue;
        }
        long held = contract.governance().bodies().stream()
            .filter(b -> kind.equals("COPIL") ? b.kind().countsAsCopil() : b.kind().countsAsCotech())
            .flatMap(b -> b.meetings().stream()).filter(m -> m.date().getYear() == y).count();
        assertThat(td.getTextContent()).as("%s %d", kind, y).startsWith(String.valueOf(held));
      }
    }
  }

  @Test
  void userTextIsEscaped(@TempDir Path dir) throws Exception {
    String json = Cli.text(Cli.fixture()).replace("\"name\": \"Contrat local de santé Lodévois et Larzac\"",
        "\"name\": \"<script>alert('x')</script> & \\\"co\\\"\"");
    Path evil = dir.resolve("evil.json");
    Files.writeString(evil, json);
    Cli.Result r = Cli.run("check", evil.toString(), "--referentiel", "normandie", "--as-of", Cli.AS_OF, "--format",
        "html");
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).doesNotContain("<script").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; "
        + "&quot;co&quot;");
    Document d = parse(r.out());
    assertThat(elements(d, "h1").get(0).getTextContent()).isEqualTo("<script>alert('x')</script> & \"co\"");
  }

  @Test
  void escapeCoversTheFiveCharacters() {
    assertThat(HtmlReport.esc("<a href=\"x\">'&'</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  }

  static List<Integer> judgedYears(Milestones m, LocalDate asOf) {
    Set<Integer> years = new TreeSet<>();
    m.diagnosisStart().ifPresent(s -> years.addAll(JudgedYears.of(s, m.end(), asOf)));
    m.signature().ifPresent(s -> years.addAll(JudgedYears.of(s, m.end(), asOf)));
    return List.copyOf(years);
  }
}
