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
import io.github.clsante.cls.referentiel.Referentiels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cls agenda} over a folder: one agenda, one calendar, for every contract of a portfolio. */
class PortfolioAgendaTest {

  private static final String AS_OF = "2026-02-15";

  /** Every contract of the examples folder, read and checked by the library itself, and its agenda. */
  private static List<Agenda> libraryAgendas() throws IOException {
    List<Agenda> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("../examples"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        LocalHealthContract c = ClsJson.reader().read(p);
        out.add(Agenda.of(Referentiels.forRegion(c.region()).check(c, LocalDate.parse(AS_OF)), c));
      }
    }
    return out;
  }

  @Test
  void oneCalendarHoldsEveryContractsDatedToDosWithUniqueUids() throws IOException {
    Cli.Result r = Cli.run("agenda", "../examples", "--as-of", AS_OF, "--format", "ics");
    assertThat(r.status()).isZero();
    Calendar cal = IcsAgendaTest.parse(r.out());
    List<VEvent> events = cal.getComponents(Component.VEVENT);
    int dated = libraryAgendas().stream().mapToInt(a -> a.dated().size()).sum();
    assertThat(dated).isPositive();
    assertThat(events).hasSize(dated);
    List<String> uids = events.stream().map(e -> e.getProperty(Property.UID).orElseThrow().getValue()).toList();
    assertThat(uids).doesNotHaveDuplicates();
    // the Mont-Saint-Michel contract's 2025 activity report, due 30 June 2026, is one of them
    assertThat(uids).contains("cls-msm-2023/NOR-ANNUAL-REPORT/cls-msm-2023/2025@cls");
  }

  @Test
  void theTextNamesEachToDosContractInDueDateOrder() throws IOException {
    Cli.Result r = Cli.run("agenda", "../examples", "--as-of", AS_OF);
    assertThat(r.status()).isZero();
    List<AgendaItem> all = Agenda.combine(LocalDate.parse(AS_OF), libraryAgendas()).items();
    List<String> lines = r.outLines().stream().filter(l -> l.startsWith("  ")).toList();
    assertThat(lines).hasSize(all.size());
    for (int i = 0; i < all.size(); i++) {
      assertThat(lines.get(i)).as("line %d", i).contains(all.get(i).ruleId()).contains(all.get(i).contractId());
    }
  }

  private static final JsonSchema PORTFOLIO_AGENDA_SCHEMA = JsonSchemaFactory
      .getInstance(SpecVersion.VersionFlag.V202012)
      .getSchema(ClsJson.portfolioAgendaSchema(), SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

  /** A dated to-do as the library's own agenda of one contract says it: contract, rule, element, year, due date. */
  private static String dated(AgendaItem i) {
    return i.contractId() + " " + i.ruleId() + " " + i.finding().elementId() + " " + i.finding().year().orElse(0)
        + " " + i.dueDate().orElseThrow();
  }

  private static String dated(JsonNode i) {
    return i.get("contractId").asText() + " " + i.get("ruleId").asText() + " " + i.get("elementId").asText() + " "
        + i.path("year").asInt(0) + " " + i.get("dueDate").asText();
  }

  @Test
  void jsonIsOnePortfolioAgendaWithEveryDatedToDoByDueDate() throws IOException {
    Cli.Result r = Cli.run("agenda", "../examples", "--as-of", AS_OF, "--format", "json");
    assertThat(r.status()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(PORTFOLIO_AGENDA_SCHEMA.validate(json)).isEmpty();
    assertThat(json.get("format").asText()).isEqualTo("cls-portfolio-agenda/1");
    assertThat(json.get("asOf").asText()).isEqualTo(AS_OF);
    List<Agenda> library = libraryAgendas();
    assertThat(json.get("contracts")).hasSize(library.size());
    assertThat(json.get("failed")).isEmpty();

    List<JsonNode> items = new ArrayList<>();
    json.get("items").forEach(items::add);
    List<String> expected = library.stream().flatMap(a -> a.dated().stream()).map(PortfolioAgendaTest::dated)
        .sorted().toList();
    assertThat(expected).isNotEmpty();
    assertThat(items.stream().filter(i -> i.has("dueDate")).map(PortfolioAgendaTest::dated).sorted().toList())
        .isEqualTo(expected);
    assertThat(items).hasSize(library.stream().mapToInt(a -> a.items().size()).sum());
    // by due date, undated ones last
    List<String> dues = items.stream().map(i -> i.path("dueDate").asText("9999-12-31")).toList();
    assertThat(dues).isSorted();
    assertThat(items.stream().map(i -> i.get("key").asText()).toList()).doesNotHaveDuplicates();
    // each item names the document of its contract
    for (JsonNode i : items) {
      JsonNode c = json.get("contracts").get(i.get("contract").asInt());
      assertThat(c.get("index").asInt()).isEqualTo(i.get("contract").asInt());
      assertThat(c.get("contractId").asText()).isEqualTo(i.get("contractId").asText());
    }
    assertThat(items).anySatisfy(i -> assertThat(i.get("key").asText())
        .isEqualTo("cls-msm-2023/NOR-ANNUAL-REPORT/cls-msm-2023/2025"));
  }

  @Test
  void jsonKeysStayUniqueWhenTwoDocumentsHoldOneContract(@TempDir Path dir) throws IOException {
    Files.copy(Path.of("../examples/cls-mont-saint-michel-normandie.json"), dir.resolve("a.json"));
    Files.copy(Path.of("../examples/cls-mont-saint-michel-normandie.json"), dir.resolve("b.json"));
    Cli.Result r = Cli.run("agenda", dir.toString(), "--as-of", AS_OF, "--format", "json", "--lang", "en");
    assertThat(r.status()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(PORTFOLIO_AGENDA_SCHEMA.validate(json)).isEmpty();
    List<JsonNode> items = new ArrayList<>();
    json.get("items").forEach(items::add);
    assertThat(items).isNotEmpty().hasSize(2 * json.get("contracts").get(0).get("toDos").asInt());
    assertThat(items.stream().map(i -> i.get("key").asText()).toList()).doesNotHaveDuplicates()
        .contains("cls-msm-2023/NOR-ANNUAL-REPORT/cls-msm-2023/2025",
            "cls-msm-2023/NOR-ANNUAL-REPORT/cls-msm-2023/2025~2");
    assertThat(items.stream().map(i -> i.get("contract").asInt()).distinct().sorted().toList())
        .containsExactly(0, 1);
  }

  @Test
  void jsonNamesTheDocumentsThatCouldNotBeRead(@TempDir Path dir) throws IOException {
    Files.copy(Path.of("../examples/cls-mont-saint-michel-normandie.json"), dir.resolve("a.json"));
    Files.writeString(dir.resolve("b.json"), "{\"format\": \"cls/1\", \"id\": ");
    Cli.Result r = Cli.run("agenda", dir.toString(), "--as-of", AS_OF, "--format", "json");
    assertThat(r.status()).isEqualTo(2);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(PORTFOLIO_AGENDA_SCHEMA.validate(json)).isEmpty();
    assertThat(json.get("failed")).singleElement().satisfies(f -> {
      assertThat(f.get("index").asInt()).isEqualTo(1);
      assertThat(f.get("source").asText()).endsWith("b.json");
    });
    assertThat(json.get("items")).isNotEmpty();
  }

  @Test
  void anUnreadableDocumentIsReportedAndTheOthersAreStillOnTheAgenda(@TempDir Path dir) throws IOException {
    Files.copy(Path.of("../examples/cls-mont-saint-michel-normandie.json"), dir.resolve("a.json"));
    Files.writeString(dir.resolve("b.json"), "{\"format\": \"cls/1\", \"id\": ");
    Cli.Result r = Cli.run("agenda", dir.toString(), "--as-of", AS_OF, "--format", "ics");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("b.json");
    assertThat(IcsAgendaTest.parse(r.out()).getComponents(Component.VEVENT)).isNotEmpty();
  }
}
