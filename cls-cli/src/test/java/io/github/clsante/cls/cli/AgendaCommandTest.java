package io.github.clsante.cls.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import io.github.clsante.cls.agenda.Agenda;
import io.github.clsante.cls.agenda.AgendaItem;
import io.github.clsante.cls.json.ClsJson;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code cls agenda} end to end, on the examples and the fixture. The rules do not give due dates yet, so these
 * assert what holds whatever they give: the formats are valid, and what is written is the library's own agenda
 * for the run (the hand-made tests, AgendaTextTest and IcsAgendaTest, check dated to-dos field by field).
 */
class AgendaCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final JsonSchema AGENDA_SCHEMA = schema(ClsJson.agendaSchema());
  private static final JsonSchema REPORT_SCHEMA = schema(ClsJson.reportSchema());

  private static JsonSchema schema(String text) {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(text, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
  }

  static Stream<String[]> documents() {
    return Cli.documents();
  }

  private static Agenda agenda(String file, String pack) {
    LocalHealthContract contract = Cli.read(file);
    return Agenda.of(Referentiels.byId(pack).check(contract, LocalDate.parse(Cli.AS_OF)), contract);
  }

  @ParameterizedTest
  @MethodSource("documents")
  void jsonIsTheLibrarysAgendaAndValidates(String file, String pack) throws IOException {
    Agenda agenda = agenda(file, pack);
    LocalHealthContract contract = Cli.read(file);
    Referentiel ref = Referentiels.byId(pack);
    Cli.Result r = Cli.run("agenda", file, "--referentiel", pack, "--as-of", Cli.AS_OF, "--format", "json",
        "--lang", "en");
    assertThat(r.status()).isZero();
    assertThat(r.errLines()).allSatisfy(l -> assertThat(l).startsWith("cls: warning, the référentiel"));
    JsonNode json = MAPPER.readTree(r.out());
    assertThat(AGENDA_SCHEMA.validate(json)).isEmpty();
    assertThat(json.get("format").asText()).isEqualTo("cls-agenda/1");
    assertThat(json.get("contractId").asText()).isEqualTo(contract.id());
    assertThat(json.get("contractName").asText()).isEqualTo(contract.name());
    assertThat(json.get("referentiel").asText()).isEqualTo(pack);
    assertThat(json.get("referentielVersion").asText()).isEqualTo(ref.version());
    assertThat(json.get("clsVersion").asText()).isEqualTo(Version.value());
    assertThat(json.get("asOf").asText()).isEqualTo(Cli.AS_OF);
    List<String> keys = new ArrayList<>();
    json.get("items").forEach(i -> keys.add(i.get("key").asText()));
    assertThat(keys).containsExactlyElementsOf(agenda.items().stream().map(AgendaItem::key).toList());
    for (int n = 0; n < agenda.items().size(); n++) {
      AgendaItem item = agenda.items().get(n);
      JsonNode i = json.get("items").get(n);
      assertThat(i.get("ruleId").asText()).isEqualTo(item.ruleId());
      assertThat(i.get("elementName").asText()).isEqualTo(item.elementName());
      assertThat(i.get("message").asText()).isEqualTo(item.finding().message(Locale.ENGLISH));
      assertThat(i.has("dueDate")).isEqualTo(item.dueDate().isPresent());
      item.dueDate().ifPresent(d -> assertThat(i.get("dueDate").asText()).isEqualTo(d.toString()));
    }
  }

  @ParameterizedTest
  @MethodSource("documents")
  void icsHasOneEventPerDatedToDo(String file, String pack) {
    Agenda agenda = agenda(file, pack);
    Cli.Result r = Cli.run("agenda", file, "--referentiel", pack, "--as-of", Cli.AS_OF, "--format", "ics");
    assertThat(r.status()).isZero();
    Calendar cal = IcsAgendaTest.parse(r.out());
    assertThat(IcsAgendaTest.value(cal, Property.METHOD)).isEqualTo("PUBLISH");
    assertThat(IcsAgendaTest.value(cal, Property.PRODID)).isEqualTo("-//clsante//cls " + Version.value() + "//FR");
    List<VEvent> events = cal.getComponents(Component.VEVENT);
    assertThat(events).hasSize(agenda.dated().size());
    Map<String, VEvent> byUid = IcsAgendaTest.eventsByUid(cal);
    for (AgendaItem item : agenda.dated()) {
      VEvent e = byUid.get(IcsAgenda.uid(item));
      assertThat(e).as(item.key()).isNotNull();
      assertThat(IcsAgendaTest.value(e, Property.DTSTART))
          .isEqualTo(item.dueDate().orElseThrow().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
    }
    // stderr: a note when nothing is dated, another when undated to-dos are left out; nothing else but the
    // note of a forced référentiel
    List<String> notes = r.errLines().stream().filter(l -> !l.startsWith("cls : attention")).toList();
    List<String> expected = new ArrayList<>();
    if (agenda.dated().isEmpty()) {
      expected.add("cls : rien de daté à prévoir au 22 novembre 2026 ; le calendrier ne contient aucun évènement.");
    }
    if (!agenda.undated().isEmpty()) {
      expected.add("cls : " + agenda.undated().size() + " chose(s) à faire sans échéance ne sont pas dans le "
          + "calendrier (voir « cls agenda --format text »).");
    }
    assertThat(notes).containsExactlyElementsOf(expected);
  }

  @Test
  void twoRunsOnOneCheckDateGiveTheSameBytes() {
    for (String format : List.of("ics", "json", "text")) {
      Cli.Result a = Cli.run("agenda", "../examples/cls-draft-diagnosis.json", "--as-of", Cli.AS_OF, "--format",
          format);
      Cli.Result b = Cli.run("agenda", "../examples/cls-draft-diagnosis.json", "--as-of", Cli.AS_OF, "--format",
          format);
      assertThat(a.status()).isZero();
      assertThat(a.out()).as(format).isNotEmpty().isEqualTo(b.out());
    }
  }

  @ParameterizedTest
  @MethodSource("documents")
  void textListsEveryToDoOnceAndSaysWhenNothingIsDated(String file, String pack) {
    Agenda agenda = agenda(file, pack);
    Cli.Result r = Cli.run("agenda", file, "--referentiel", pack, "--as-of", Cli.AS_OF);
    assertThat(r.status()).isZero();
    Cli.assertForcedReferentielNote(r, file, pack);
    assertThat(r.out()).doesNotContain("\u001b[");
    List<String> lines = r.outLines();
    assertThat(lines.get(2)).isEqualTo("À faire au 22 novembre 2026 — " + agenda.dated().size()
        + " à faire avec une échéance, " + agenda.undated().size() + " sans date");
    assertThat(lines.contains("Rien de daté à prévoir au 22 novembre 2026.")).isEqualTo(agenda.dated().isEmpty());
    // one line per to-do: two spaces, then (for the dated) the date, the element, the rule, the message
    List<String> itemLines = lines.stream().filter(l -> l.startsWith("  ")).toList();
    assertThat(itemLines).hasSize(agenda.items().size());
    for (int n = 0; n < agenda.items().size(); n++) {
      AgendaItem item = agenda.items().get(n);
      assertThat(itemLines.get(n)).contains(item.ruleId()).endsWith(item.finding().message(Locale.FRENCH))
          .contains("(" + item.finding().elementId() + ")");
    }
    assertThat(lines.get(lines.size() - 1)).startsWith("Rien n'est « en retard » ici");
  }

  @ParameterizedTest
  @MethodSource("documents")
  void everyReportCheckWritesValidatesAndSaysWhoMadeIt(String file, String pack) throws IOException {
    Cli.Result r = Cli.run("check", file, "--referentiel", pack, "--as-of", Cli.AS_OF, "--format", "json");
    JsonNode json = MAPPER.readTree(r.out());
    assertThat(REPORT_SCHEMA.validate(json)).isEmpty();
    assertThat(json.get("clsVersion").asText()).isEqualTo(Version.value()).isNotEqualTo("unknown");
    assertThat(json.get("referentiel").asText()).isEqualTo(pack);
    assertThat(json.get("referentielVersion").asText()).isEqualTo(Referentiels.byId(pack).version());
    ConformityReport report = Referentiels.byId(pack).check(Cli.read(file), LocalDate.parse(Cli.AS_OF));
    List<Finding> findings = report.findings();
    for (int n = 0; n < findings.size(); n++) {
      JsonNode f = json.get("findings").get(n);
      assertThat(f.has("dueDate")).isEqualTo(findings.get(n).dueDate().isPresent());
    }
    assertThat(r.out()).endsWith("}\n");
  }

  @Test
  void usageErrorsAndUnreadableDocumentsAreExit2(@TempDir Path dir) throws IOException {
    String file = Cli.fixture().toString();
    assertThat(Cli.run("agenda").status()).isEqualTo(2);
    assertThat(Cli.run("agenda", file, "--format", "pdf").status()).isEqualTo(2);
    assertThat(Cli.run("agenda", file, "--as-of", "22/11/2026").status()).isEqualTo(2);
    assertThat(Cli.run("agenda", file, "--lang", "de").status()).isEqualTo(2);
    Cli.Result unknown = Cli.run("agenda", file, "--referentiel", "bretagne", "--format", "ics");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.out()).isEmpty();
    assertThat(unknown.err()).contains("bretagne");
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"format\": \"cls/1\",");
    Cli.Result b = Cli.run("agenda", broken.toString(), "--format", "ics");
    assertThat(b.status()).isEqualTo(2);
    assertThat(b.out()).isEmpty();
    CheckCommandTest.assertNoStackTrace(b.err());
  }

  @Test
  void helpSaysWhatIsNotOnTheAgenda() {
    Cli.Result h = Cli.run("agenda", "--help", "--lang", "en");
    assertThat(h.status()).isZero();
    assertThat(h.out()).contains("Usage: cls agenda").contains("--format").contains("text, json, ics")
        .contains("late").contains("not removed from a calendar");
    Cli.Result fr = Cli.run("agenda", "--help");
    assertThat(fr.status()).isZero();
    assertThat(fr.out().replaceAll("\\s+", " ")).contains("Utilisation : cls agenda").contains("--format").contains("text, json, ics")
        .contains("en retard").contains("n'est pas retirée d'un agenda");
  }

  @Test
  void theTwoLanguagesHaveTheSameLabelsAndDoNotMix() throws IOException {
    Properties fr = new Properties();
    Properties en = new Properties();
    try (var in = Labels.class.getResourceAsStream("CliLabels.properties");
        var in2 = Labels.class.getResourceAsStream("CliLabels_en.properties")) {
      fr.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      en.load(new java.io.InputStreamReader(in2, java.nio.charset.StandardCharsets.UTF_8));
    }
    assertThat(fr.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    for (String key : fr.stringPropertyNames()) {
      boolean words = fr.getProperty(key).replaceAll("\\{\\d+}", "").chars().anyMatch(Character::isLetter);
      if ((key.startsWith("agenda.") || key.startsWith("ics.")) && words) {
        assertThat(fr.getProperty(key)).as(key).isNotEqualTo(en.getProperty(key));
      }
    }
    Cli.Result frText = Cli.run("agenda", "../examples/cls-draft-diagnosis.json", "--as-of", Cli.AS_OF);
    Cli.Result enText = Cli.run("agenda", "../examples/cls-draft-diagnosis.json", "--as-of", Cli.AS_OF, "--lang",
        "en");
    for (String key : List.of("agenda.undated", "agenda.late", "agenda.later", "agenda.within30")) {
      assertThat(frText.out()).doesNotContain(en.getProperty(key));
      assertThat(enText.out()).doesNotContain(fr.getProperty(key));
    }
    assertThat(enText.out()).contains("No due date (").doesNotContain("novembre");
    assertThat(frText.out()).contains("Sans date (").doesNotContain("November");
  }
}
