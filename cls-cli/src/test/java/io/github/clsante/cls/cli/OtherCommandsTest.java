package io.github.clsante.cls.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.clsante.cls.followup.FollowUpYear;
import io.github.clsante.cls.followup.YearlyFollowUp;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.referentiel.Clause;
import io.github.clsante.cls.referentiel.Measure;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Severity;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class OtherCommandsTest {

  static Stream<String[]> documents() {
    return Cli.documents();
  }

  @Test
  void referentielsListsEveryPackWithItsClauseCount() {
    Cli.Result r = Cli.run("referentiels");
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(Referentiels.ids()).contains("normandie", "occitanie");
    for (Referentiel ref : Referentiels.all()) {
      assertThat(r.outLines()).anySatisfy(l -> assertThat(l).startsWith(ref.id() + "  " + ref.title())
          .contains(ref.version()));
      assertThat(r.outLines()).anySatisfy(l -> assertThat(l.strip()).startsWith(ref.catalogue().size() + " clauses — "
          + "erreur : "));
    }
  }

  @Test
  void rulesListsTheCatalogue() {
    Cli.Result r = Cli.run("rules", "normandie");
    assertThat(r.status()).isZero();
    List<String> ids = r.outLines().stream()
        .filter(l -> l.matches("^[A-Z]+-[A-Z0-9-]+  (erreur|avertissement|information)  .*"))
        .map(l -> l.substring(0, l.indexOf(' '))).toList();
    assertThat(ids).hasSize(35).doesNotHaveDuplicates()
        .containsExactlyElementsOf(Referentiels.byId("normandie").catalogue().stream().map(Clause::id).toList());
    Clause annual = Referentiels.byId("normandie").catalogue().stream()
        .filter(c -> c.id().equals("NOR-COPIL-ANNUAL")).findFirst().orElseThrow();
    // French by default: what it checks in French, never the English text
    assertThat(r.out()).contains("chaque année jugée compte au moins 1 réunion du COPIL")
        .doesNotContain(annual.check()).contains(annual.sources().get(0).quote());
    // when it applies and how its severity is chosen, in words of the language
    assertThat(r.outLines()).contains("NOR-COPIL-ANNUAL  erreur  [normandie]",
        "    s'applique : chaque année jugée, du début du diagnostic à la fin",
        "    gravité selon : erreur quand la coordination est cofinancée, sinon avertissement");
    assertThat(r.outLines()).anySatisfy(l -> assertThat(l).startsWith("SOC-SIGNATORIES  erreur"))
        .contains("    s'applique : à la signature ; à prévoir avant");
    Cli.Result en = Cli.run("rules", "normandie", "--lang", "en");
    assertThat(en.out()).contains(annual.check());
    assertThat(en.outLines()).contains("NOR-COPIL-ANNUAL  error  [normandie]",
        "    applies: every judged year, from the diagnosis start to the end",
        "    applies: from signature; a to-do before");
  }

  @Test
  void rulesOfAnUnknownReferentielIsExit2() {
    Cli.Result r = Cli.run("rules", "bretagne");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("normandie, occitanie");
  }

  @Test
  void schemaPrintsTheJsonSchema() throws Exception {
    Cli.Result r = Cli.run("schema");
    assertThat(r.status()).isZero();
    JsonNode schema = new ObjectMapper().readTree(r.out());
    assertThat(schema.has("$schema")).isTrue();
    assertThat(schema.at("/properties/format/const").asText()).isEqualTo("cls/1");
  }

  @Test
  void schemaPrintsTheReportAndAgendaSchemasOnRequest() throws Exception {
    Cli.Result report = Cli.run("schema", "--report");
    assertThat(report.status()).isZero();
    assertThat(new ObjectMapper().readTree(report.out()).at("/properties/format/const").asText())
        .isEqualTo("cls-report/1");
    assertThat(report.out()).isEqualTo(io.github.clsante.cls.json.ClsJson.reportSchema());
    Cli.Result agenda = Cli.run("schema", "--agenda");
    assertThat(agenda.status()).isZero();
    assertThat(new ObjectMapper().readTree(agenda.out()).at("/properties/format/const").asText())
        .isEqualTo("cls-agenda/1");
    Cli.Result portfolio = Cli.run("schema", "--portfolio");
    assertThat(new ObjectMapper().readTree(portfolio.out()).at("/properties/format/const").asText())
        .isEqualTo("cls-portfolio/1");
    Cli.Result portfolioAgenda = Cli.run("schema", "--portfolio-agenda");
    assertThat(portfolioAgenda.status()).isZero();
    assertThat(new ObjectMapper().readTree(portfolioAgenda.out()).at("/properties/format/const").asText())
        .isEqualTo("cls-portfolio-agenda/1");
    Cli.Result both = Cli.run("schema", "--report", "--agenda");
    assertThat(both.status()).isEqualTo(2);
    assertThat(both.out()).isEmpty();
    assertThat(both.err()).contains("--report").contains("--agenda");
  }

  @Test
  void versionAndHelpEverywhere() {
    Cli.Result v = Cli.run("--version");
    assertThat(v.status()).isZero();
    assertThat(v.out()).startsWith("cls ");
    for (String cmd : List.of("check", "agenda", "referentiels", "rules", "calendar", "compare", "schema")) {
      Cli.Result h = Cli.run(cmd, "--help");
      assertThat(h.status()).as(cmd).isZero();
      assertThat(h.out()).as(cmd).contains("Utilisation : cls " + cmd).contains("--help").contains("--version")
          .contains("Affiche cette aide et s'arrête.");
      Cli.Result en = Cli.run(cmd, "--help", "--lang", "en");
      assertThat(en.status()).as(cmd).isZero();
      assertThat(en.out()).as(cmd).contains("Usage: cls " + cmd).contains("--help").contains("--version")
          .contains("Show this help message and exit.");
    }
    assertThat(Cli.run("--help").out()).contains("Commandes :").contains("check").contains("agenda")
        .contains("calendar").contains("compare");
    assertThat(Cli.run("--help", "--lang", "en").out()).contains("Commands:").contains("check");
  }

  @ParameterizedTest
  @MethodSource("documents")
  void calendarShowsEveryYearOfTheFollowUp(String file, String pack) {
    LocalHealthContract contract = Cli.read(file);
    LocalDate asOf = LocalDate.parse(Cli.AS_OF);
    ConformityReport report = Referentiels.byId(pack).check(contract, asOf);
    Cli.Result r = Cli.run("calendar", file, "--referentiel", pack, "--as-of", Cli.AS_OF);
    assertThat(r.status()).isZero();
    Cli.assertForcedReferentielNote(r, file, pack);
    assertThat(r.outLines()).contains("Phase : " + CheckCommandTest.PHASE_FR.get(report.phase()));
    assertThat(r.outLines().get(0)).endsWith(" au 22 novembre 2026");
    YearlyFollowUp followUp = YearlyFollowUp.of(contract, asOf);
    for (FollowUpYear fy : followUp.years()) {
      int y = fy.year();
      // counted here from the model: meetings of the year held on or before the check date
      long copil = contract.governance().bodies().stream().filter(b -> b.kind().countsAsCopil())
          .flatMap(b -> b.meetings().stream()).filter(m -> m.date().getYear() == y && !m.date().isAfter(asOf))
          .count();
      long cotech = contract.governance().bodies().stream().filter(b -> b.kind().countsAsCotech())
          .flatMap(b -> b.meetings().stream()).filter(m -> m.date().getYear() == y && !m.date().isAfter(asOf))
          .count();
      String head = fy.isInProgress() ? y + " — en cours au 22 novembre 2026" : String.valueOf(y);
      assertThat(r.outLines()).as("year %d", y).anySatisfy(l -> assertThat(l)
          .matches("^" + head + " +" + copil + "( [✓✗⚠…])?( \\([^)]*\\))? +" + cotech + "\\b.*"));
    }
    // the rows say which clauses judge them: the clauses whose measure is one of the grid's
    Referentiel ref = Referentiels.byId(pack);
    ref.catalogue().stream().filter(c -> c.measure().isPresent()
        && c.measure().get() != Measure.INDICATOR_VALUES_PER_FICHE_AND_YEAR)
        .forEach(c -> assertThat(r.out()).contains(c.id()));
  }

  @Test
  void calendarReadsWhatIsExpectedFromTheCatalogueEvenWithoutFindings() {
    // Mont-Saint-Michel has no COPIL finding: the minimum still comes from the clause's parameters
    String file = "../examples/cls-mont-saint-michel-normandie.json";
    ConformityReport report = Referentiels.byId("normandie").check(Cli.read(file), LocalDate.parse(Cli.AS_OF));
    assertThat(report.first("NOR-COPIL-ANNUAL")).isEmpty();
    Cli.Result r = Cli.run("calendar", file, "--as-of", Cli.AS_OF, "--lang", "en");
    assertThat(r.status()).isZero();
    assertThat(r.outLines()).anySatisfy(l -> assertThat(l).startsWith("COPIL meetings")
        .contains("at least 1 a year (required)").contains("NOR-COPIL-ANNUAL"));
    assertThat(r.outLines()).anySatisfy(l -> assertThat(l).startsWith("COTECH meetings")
        .contains("at least 1 a year (required); ideally 2 to 3 a year (recommended)"));
    assertThat(r.outLines()).anySatisfy(l -> assertThat(l).startsWith("Programming validated by the COPIL")
        .contains("not followed by this référentiel"));
    // the year in progress is the last line, its meetings held so far
    assertThat(r.outLines()).anySatisfy(l -> assertThat(l).startsWith("2026 — in progress on 22 November 2026")
        .contains("so far"));
  }

  @ParameterizedTest
  @MethodSource("documents")
  void compareCountsFindingsPerRuleAndPack(String file, String ignored) {
    LocalHealthContract contract = Cli.read(file);
    LocalDate asOf = LocalDate.parse(Cli.AS_OF);
    List<String> packs = List.of("normandie", "occitanie");
    List<ConformityReport> reports = packs.stream().map(p -> Referentiels.byId(p).check(contract, asOf)).toList();
    Cli.Result r = Cli.run("compare", file, "--referentiels", String.join(",", packs), "--as-of", Cli.AS_OF);

    assertThat(r.status()).isEqualTo(reports.stream().allMatch(ConformityReport::isConforming) ? 0 : 1);
    assertThat(r.err()).isEmpty();
    Set<String> rules = new LinkedHashSet<>();
    reports.forEach(rep -> rep.findings().forEach(f -> rules.add(f.ruleId())));
    for (String rule : rules) {
      String line = r.outLines().stream().filter(l -> l.startsWith(rule + " ")).findFirst().orElseThrow();
      String[] cells = line.split(" {2,}");
      assertThat(cells).hasSize(3);
      for (int i = 0; i < packs.size(); i++) {
        int n = reports.get(i).findings(rule).size();
        assertThat(cells[i + 1]).as("%s in %s", rule, packs.get(i)).isIn(n == 0 ? List.of("0", "–") : List.of(String.valueOf(n)));
      }
    }
    for (Severity s : Severity.values()) {
      String name = CheckCommandTest.SEVERITY_FR.get(s);
      String line = r.outLines().stream().filter(l -> l.startsWith(name + " ")).findFirst().orElseThrow();
      String[] cells = line.split(" {2,}");
      assertThat(cells[1]).isEqualTo(String.valueOf(reports.get(0).count(s)));
      assertThat(cells[2]).isEqualTo(String.valueOf(reports.get(1).count(s)));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"check", "agenda", "calendar", "compare"})
  void aMissingDocumentIsExit2Everywhere(String cmd) {
    Cli.Result r = Cli.run(cmd, "no-such.json");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("no-such.json").contains("aucun fichier de ce nom");
    assertThat(r.out()).isEmpty();
    Cli.Result en = Cli.run(cmd, "no-such.json", "--lang", "en");
    assertThat(en.status()).isEqualTo(2);
    assertThat(en.err()).contains("no-such.json").contains("no such file");
  }

  @Test
  void compareWithAnUnknownReferentielNamesItAndExit2() {
    Cli.Result c = Cli.run("compare", Cli.fixture().toString(), "--referentiels", "normandie,bretagne");
    assertThat(c.status()).isEqualTo(2);
    assertThat(c.err()).contains("« bretagne »").contains("normandie, occitanie, socle");
    assertThat(c.out()).isEmpty();
  }

  @Test
  void compareDefaultsToTheRegionsReferentielAndTheSocle() {
    Cli.Result c = Cli.run("compare", "../examples/cls-mont-saint-michel-normandie.json", "--as-of", Cli.AS_OF);
    assertThat(c.status()).isEqualTo(1);
    assertThat(c.outLines()).anySatisfy(l -> assertThat(l).matches("Règle +normandie +socle"));
    assertThat(c.outLines()).anySatisfy(l -> assertThat(l).matches("Verdict +non conforme +conforme"));
  }
}
