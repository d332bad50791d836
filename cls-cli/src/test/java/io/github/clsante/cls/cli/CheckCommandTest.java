package io.github.clsante.cls.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.clsante.cls.calendar.Phase;
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
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CheckCommandTest {

  private static final Pattern SUMMARY = Pattern.compile("^Bilan : (\\d+) erreur\\(s\\), (\\d+) avertissement\\(s\\), "
      + "(\\d+) information\\(s\\) — (conforme|non conforme)$");

  static Stream<String[]> documents() {
    return Cli.documents();
  }

  /** The phases in French and English words, as a reader expects them. */
  static final Map<Phase, String> PHASE_FR = Map.of(Phase.PRELIMINARY, "phase préalable",
      Phase.DIAGNOSIS_AND_PLANNING, "élaboration : diagnostic et programmation",
      Phase.IMPLEMENTATION_AND_EVALUATION, "mise en œuvre et évaluation", Phase.ENDED, "terminé");
  static final Map<Phase, String> PHASE_EN = Map.of(Phase.PRELIMINARY, "preliminary",
      Phase.DIAGNOSIS_AND_PLANNING, "diagnosis and planning",
      Phase.IMPLEMENTATION_AND_EVALUATION, "implementation and evaluation", Phase.ENDED, "ended");
  static final Map<Severity, String> SEVERITY_FR = Map.of(Severity.ERROR, "Erreurs", Severity.WARNING,
      "Avertissements", Severity.INFO, "Informations");

  private static ConformityReport report(String file, String pack) {
    return Referentiels.byId(pack).check(Cli.read(file), LocalDate.parse(Cli.AS_OF));
  }

  @ParameterizedTest
  @MethodSource("documents")
  void textReportMatchesTheLibrary(String file, String pack) {
    ConformityReport report = report(file, pack);
    Cli.Result r = Cli.run("check", file, "--referentiel", pack, "--as-of", Cli.AS_OF);

    assertThat(r.status()).isEqualTo(report.isConforming() ? 0 : 1);
    Cli.assertForcedReferentielNote(r, file, pack);
    assertThat(r.out()).doesNotContain("\u001b[");
    assertThat(r.outLines()).contains("Phase : " + PHASE_FR.get(report.phase()),
        "Date du contrôle : 22 novembre 2026");

    // every finding: a line with its rule id, element and path, then its French message
    List<String> lines = r.outLines();
    for (Finding f : report.findings()) {
      String head = "  " + f.ruleId() + (f.isToDo() ? " [à prévoir]" : "") + "  " + f.elementId() + " " + f.path()
          + f.year().map(y -> "  " + y).orElse("");
      assertThat(lines).as("finding %s", f).contains(head);
      assertThat(lines).contains("    " + f.message(Locale.FRENCH));
      f.sources().forEach(s -> assertThat(r.out()).contains("« " + s.quote() + " » — " + s.document()));
    }
    // the severity groups, in order, with their sizes
    List<String> groups = lines.stream().filter(l -> l.matches("^(Erreurs|Avertissements|Informations) \\(.*"))
        .toList();
    List<String> expected = new ArrayList<>();
    for (Severity s : Severity.values()) {
      if (report.count(s) > 0) {
        expected.add(SEVERITY_FR.get(s) + " (" + report.count(s) + ")");
      }
    }
    assertThat(groups).containsExactlyElementsOf(expected);

    String summary = lines.get(lines.size() - 1);
    Matcher m = SUMMARY.matcher(summary);
    assertThat(m.matches()).as(summary).isTrue();
    assertThat(Long.parseLong(m.group(1))).isEqualTo(report.count(Severity.ERROR));
    assertThat(Long.parseLong(m.group(2))).isEqualTo(report.count(Severity.WARNING));
    assertThat(Long.parseLong(m.group(3))).isEqualTo(report.count(Severity.INFO));
    assertThat(m.group(4)).isEqualTo(report.isConforming() ? "conforme" : "non conforme");
  }

  @ParameterizedTest
  @MethodSource("documents")
  void jsonReportIsTheReportOfClsJson(String file, String pack) throws IOException {
    ConformityReport report = report(file, pack);
    Cli.Result r = Cli.run("check", file, "--referentiel", pack, "--as-of", Cli.AS_OF, "--format", "json");

    assertThat(r.status()).isEqualTo(report.isConforming() ? 0 : 1);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.path("phase").asText()).isEqualTo(report.phase().name());
    List<String> ids = new ArrayList<>();
    json.path("findings").forEach(f -> ids.add(f.path("ruleId").asText()));
    assertThat(ids).containsExactlyElementsOf(report.findings().stream().map(Finding::ruleId).toList());
  }

  @Test
  void englishSpeaksEnglish() {
    String file = Cli.fixture().toString();
    ConformityReport report = report(file, "normandie");
    assertThat(report.findings()).isNotEmpty();
    Cli.Result r = Cli.run("check", file, "--referentiel", "normandie", "--as-of", Cli.AS_OF, "--lang", "en");

    for (Finding f : report.findings()) {
      assertThat(r.outLines()).contains("    " + f.message(Locale.ENGLISH));
    }
    assertThat(report.findings().get(0).message(Locale.ENGLISH))
        .isNotEqualTo(report.findings().get(0).message(Locale.FRENCH));
    assertThat(r.outLines()).contains("Phase: " + PHASE_EN.get(report.phase()), "Checked on: 22 November 2026");
    assertThat(r.outLines().get(r.outLines().size() - 1)).startsWith("Summary: " + report.count(Severity.ERROR)
        + " error(s), ");
  }

  @Test
  void aSyntaxErrorIsAReadableProblemAndExit2(@TempDir Path dir) throws IOException {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\n  \"format\": \"cls/1\",\n  \"id\": \"x\",\n  \"name\": \"n\" \"region\": \"r\"\n}\n");
    Cli.Result r = Cli.run("check", broken.toString(), "--referentiel", "normandie", "--as-of", Cli.AS_OF);

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).anySatisfy(l -> assertThat(l).startsWith(broken + " : ligne 4, colonne "));
    assertNoStackTrace(r.err());
    Cli.Result en = Cli.run("check", broken.toString(), "--referentiel", "normandie", "--as-of", Cli.AS_OF,
        "--lang", "en");
    assertThat(en.errLines()).anySatisfy(l -> assertThat(l).startsWith(broken + ": line 4, column "));
  }

  @Test
  void anUnknownEnumNamesItsPointerAndLine(@TempDir Path dir) throws IOException {
    String json = Cli.text(Cli.fixture());
    int at = json.indexOf("\"kind\": \"COPIL\"");
    assertThat(at).isPositive();
    int line = (int) json.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    Path broken = dir.resolve("unknown-enum.json");
    Files.writeString(broken, json.substring(0, at) + "\"kind\": \"COPILL\"" + json.substring(at + 15));
    Cli.Result r = Cli.run("check", broken.toString(), "--referentiel", "normandie", "--as-of", Cli.AS_OF,
        "--lang", "en");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).anySatisfy(l -> assertThat(l).startsWith(broken + ": line " + line + ", column ")
        .contains("/governance/bodies/").contains("/kind").contains("expected one of COPIL, COTECH")
        .contains("COPILL"));
    Cli.Result fr = Cli.run("check", broken.toString(), "--referentiel", "normandie", "--as-of", Cli.AS_OF);
    assertThat(fr.errLines()).anySatisfy(l -> assertThat(l).startsWith(broken + " : ligne " + line + ", colonne ")
        .contains("/governance/bodies/").contains("/kind : attendu l'une des valeurs COPIL, COTECH")
        .endsWith("; trouvé \"COPILL\""));
    assertNoStackTrace(r.err());
  }

  @Test
  void aMissingFileIsExit2() {
    Cli.Result r = Cli.run("check", "no/such/file.json", "--referentiel", "normandie", "--lang", "en");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("no/such/file.json").contains("no such file");
    Cli.Result fr = Cli.run("check", "no/such/file.json", "--referentiel", "normandie");
    assertThat(fr.err()).isEqualTo("cls : no/such/file.json : aucun fichier de ce nom\n");
    assertNoStackTrace(r.err());
  }

  @Test
  void anUnknownReferentielNamesTheKnownOnesAndExit2() {
    Cli.Result r = Cli.run("check", Cli.fixture().toString(), "--referentiel", "bretagne");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("bretagne").contains("normandie").contains("occitanie");
    assertNoStackTrace(r.err());
  }

  @Test
  void aCheckDateOutsideTheYearsOfTheModelIsExit2() {
    Cli.Result r = Cli.run("check", Cli.fixture().toString(), "--referentiel", "normandie", "--as-of", "9999-12-31");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("9999-12-31").contains("1900-01-01").contains("2200-12-31");
    assertNoStackTrace(r.err());
  }

  @Test
  void usageErrorsAreExit2() {
    assertThat(Cli.run("check").status()).isEqualTo(2);
    assertThat(Cli.run("check", Cli.fixture().toString(), "--referentiel", "normandie", "--as-of", "22/11/2026")
        .status()).isEqualTo(2);
    assertThat(Cli.run("check", Cli.fixture().toString(), "--referentiel", "normandie", "--lang", "de")
        .status()).isEqualTo(2);
    assertThat(Cli.run("check", Cli.fixture().toString(), "--referentiel", "normandie", "--format", "pdf")
        .status()).isEqualTo(2);
    assertThat(Cli.run("frobnicate").status()).isEqualTo(2);
    assertThat(Cli.run().status()).isEqualTo(2);
  }

  @Test
  void verboseGoesToStderrOnly() {
    Cli.Result quiet = Cli.run("check", Cli.fixture().toString(), "--referentiel", "normandie", "--as-of", Cli.AS_OF);
    Cli.Result verbose = Cli.run("check", Cli.fixture().toString(), "--referentiel", "normandie", "--as-of",
        Cli.AS_OF, "--verbose");
    assertThat(verbose.out()).isEqualTo(quiet.out());
    assertThat(verbose.err()).contains(" ms");
    assertThat(quiet.err()).isEmpty();
  }

  @Test
  void asOfDefaultsToToday() {
    String file = Cli.fixture().toString();
    Cli.Result r = Cli.run("check", file, "--referentiel", "normandie");
    // the fixture is in Normandie: today is read in Europe/Paris
    ConformityReport today = Referentiels.byId("normandie").check(Cli.read(file),
        LocalDate.now(java.time.ZoneId.of("Europe/Paris")));
    assertThat(r.status()).isEqualTo(today.isConforming() ? 0 : 1);
    assertThat(r.outLines()).contains("Date du contrôle : " + new Labels(Lang.fr).date(today.asOf()));
  }

  static void assertNoStackTrace(String err) {
    assertThat(err).doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void withoutReferentielTheContractsRegionChoosesIt() {
    String file = "../examples/cls-mont-saint-michel-normandie.json";
    Cli.Result implicit = Cli.run("check", file, "--as-of", Cli.AS_OF);
    Cli.Result explicit = Cli.run("check", file, "--referentiel", "normandie", "--as-of", Cli.AS_OF);
    assertThat(implicit.status()).isEqualTo(1);
    assertThat(implicit.out()).isEqualTo(explicit.out()).contains("normandie — ARS Normandie");
    assertThat(implicit.err()).isEmpty();
  }

  @Test
  void aRegionWithoutPackIsCheckedAgainstTheSocleWithOneNoteOnStderr(@TempDir Path dir) throws IOException {
    Path bzh = dir.resolve("bretagne.json");
    Files.writeString(bzh, Files.readString(Path.of("../examples/cls-mont-saint-michel-normandie.json"))
        .replace("\"region\": \"Normandie\"", "\"region\": \"Bretagne\""));
    Cli.Result r = Cli.run("check", bzh.toString(), "--as-of", Cli.AS_OF);
    assertThat(r.status()).isZero();
    assertThat(r.errLines()).singleElement().asString()
        .contains("Bretagne").contains("socle").doesNotContain("\n");
    assertThat(r.out()).contains("Référentiel : socle — Socle national")
        .contains("ce n'est pas un référentiel régional");
    Cli.Result html = Cli.run("check", bzh.toString(), "--as-of", Cli.AS_OF, "--format", "html", "--lang", "en");
    assertThat(html.out()).contains("National baseline").contains("not a regional référentiel");
  }

  @Test
  void aRegionThatIsNoRegionIsOneLineNamingTheEighteenAndExit2(@TempDir Path dir) throws IOException {
    Path atlantis = dir.resolve("atlantis.json");
    Files.writeString(atlantis, Files.readString(Path.of("../examples/cls-mont-saint-michel-normandie.json"))
        .replace("\"region\": \"Normandie\"", "\"region\": \"Atlantis\""));
    Cli.Result r = Cli.run("check", atlantis.toString(), "--as-of", Cli.AS_OF);
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).singleElement().asString()
        .contains("Atlantis").contains("Normandie").contains("Guadeloupe").contains("Corse");
    assertNoStackTrace(r.err());
    // a forced référentiel still checks it
    assertThat(Cli.run("check", atlantis.toString(), "--referentiel", "socle", "--as-of", Cli.AS_OF).status())
        .isZero();
  }

  @Test
  void aForcedReferentielOtherThanTheRegionsIsWarnedInOneLine() {
    String file = "../examples/cls-mont-saint-michel-normandie.json";
    Cli.Result r = Cli.run("check", file, "--referentiel", "occitanie", "--as-of", Cli.AS_OF, "--lang", "en");
    assertThat(r.errLines()).singleElement().asString()
        .contains("occitanie").contains("Normandie").contains("\"normandie\"");
    assertThat(Cli.run("check", file, "--referentiel", "normandie", "--as-of", Cli.AS_OF).err()).isEmpty();
  }
}
