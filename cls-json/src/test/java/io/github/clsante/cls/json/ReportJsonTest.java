package io.github.clsante.cls.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.clsante.cls.calendar.Phase;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.report.Severity;
import io.github.clsante.cls.report.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A conformity report as cls-report/1 JSON, and its schema. */
class ReportJsonTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final Provenance.Stub NORMANDIE = new Provenance.Stub("normandie", "ARS Normandie", "2025.02");

  private static final Source SRC = new Source("NOR-GOV",
      "ARS Normandie, fiche pratique n°3 « Gouvernance et coordination »", "(et idéalement 2 à 3 fois par an)");

  private static ConformityReport report() {
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("held", 1);
    args.put("minimum", 2);
    args.put("since", LocalDate.of(2025, 1, 1));
    Finding cotech = new Finding("NOR-COTECH-IDEAL", Severity.WARNING, false, "cotech", "/governance/bodies/1",
        Optional.of(2025), args, List.of(SRC), "normandie",
        (f, l) -> l.getLanguage().equals("en") ? "COTECH met " + f.arguments().get("held") + " time"
            : "Le COTECH s'est réuni " + f.arguments().get("held") + " fois");
    Finding minutes = new Finding("NOR-MINUTES", Severity.WARNING, false, "cotech-2025-1",
        "/governance/bodies/1/meetings/4", Optional.empty(), Map.of(), List.of(SRC), "normandie", (f, l) -> "CR");
    return new ConformityReport("normandie", "cls-msm", LocalDate.of(2026, 11, 22),
        Phase.IMPLEMENTATION_AND_EVALUATION, List.of(minutes, cotech));
  }

  /** A report with a dated to-do, an undated one and a judged finding. */
  private static ConformityReport withToDos() {
    Finding due = new Finding("NOR-ANNUAL-REPORT", Severity.INFO, true, "cls-msm", "", Optional.of(2026),
        Optional.of(LocalDate.of(2027, 6, 30)), Map.of("year", 2026), List.of(SRC), "normandie",
        (f, l) -> "rapport 2026");
    Finding undated = new Finding("NOR-ACTION-PILOT", Severity.INFO, true, "fa-2", "/actionPlan/fiches/1",
        Optional.empty(), Optional.empty(), Map.of(), List.of(), "normandie", (f, l) -> "pilote");
    Finding error = new Finding("NOR-ACTION-INDICATORS", Severity.ERROR, false, "fa-12",
        "/actionPlan/fiches/11", Optional.empty(), Map.of(), List.of(SRC), "normandie", (f, l) -> "indicateur");
    return new ConformityReport("normandie", "cls-msm", LocalDate.of(2026, 11, 22),
        Phase.IMPLEMENTATION_AND_EVALUATION, List.of(due, undated, error));
  }

  private static List<String> fields(JsonNode n) {
    List<String> keys = new ArrayList<>();
    n.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  @Test
  void writesTheReportFormat() throws Exception {
    JsonNode r = MAPPER.readTree(ClsJson.writer().writeReport(report(), NORMANDIE, Locale.ENGLISH));
    assertThat(fields(r)).containsExactly("format", "clsVersion", "referentiel", "referentielVersion",
        "contractId", "asOf", "phase", "conforming", "counts", "findings");
    assertThat(r.get("format").asText()).isEqualTo("cls-report/1");
    assertThat(r.get("clsVersion").asText()).isEqualTo(Provenance.pomVersion());
    assertThat(r.get("referentiel").asText()).isEqualTo("normandie");
    assertThat(r.get("referentielVersion").asText()).isEqualTo("2025.02");
    assertThat(r.get("contractId").asText()).isEqualTo("cls-msm");
    assertThat(r.get("asOf").asText()).isEqualTo("2026-11-22");
    assertThat(r.get("phase").asText()).isEqualTo("IMPLEMENTATION_AND_EVALUATION");
    assertThat(r.get("conforming").asBoolean()).isTrue();
    assertThat(r.get("counts").toString()).isEqualTo("{\"ERROR\":0,\"WARNING\":2,\"INFO\":0}");
    JsonNode f = r.get("findings").get(0);
    assertThat(f.get("ruleId").asText()).isEqualTo("NOR-COTECH-IDEAL");
    assertThat(f.get("severity").asText()).isEqualTo("WARNING");
    assertThat(f.get("toDo").asBoolean()).isFalse();
    assertThat(f.get("elementId").asText()).isEqualTo("cotech");
    assertThat(f.get("path").asText()).isEqualTo("/governance/bodies/1");
    assertThat(f.get("year").asInt()).isEqualTo(2025);
    assertThat(f.get("arguments").toString()).isEqualTo("{\"held\":1,\"minimum\":2,\"since\":\"2025-01-01\"}");
    assertThat(f.get("message").asText()).isEqualTo("COTECH met 1 time");
    assertThat(f.get("sources").get(0).get("document").asText()).isEqualTo("NOR-GOV");
    assertThat(f.get("sources").get(0).get("title").asText()).isEqualTo(SRC.title());
    assertThat(f.get("sources").get(0).get("quote").asText()).isEqualTo("(et idéalement 2 à 3 fois par an)");
    assertThat(f.get("pack").asText()).isEqualTo("normandie");
    assertThat(r.get("findings").get(1).has("year")).isFalse();
    assertThat(fields(f)).containsExactly("ruleId", "severity", "toDo", "elementId", "path", "year", "arguments",
        "message", "sources", "pack");
  }

  @Test
  void aReportShowsNoControlOrInvisibleCharacterRaw() throws Exception {
    String hostile = "cls\u007f\u009b2J\u202e\u2028x\u001b[2J😀";
    Finding f = new Finding("NOR-MINUTES", Severity.WARNING, false, hostile, "/governance/bodies/1/meetings/4",
        Optional.empty(), Map.of(), List.of(), "normandie", (x, l) -> "CR de " + x.elementId());
    String json = ClsJson.writer().writeReport(new ConformityReport("normandie", hostile, LocalDate.of(2026, 11,
        22), Phase.IMPLEMENTATION_AND_EVALUATION, List.of(f)), Locale.FRENCH);
    assertThat(json).contains("\"contractId\": \"cls\\u007F\\u009B2J\\u202E\\u2028x\\u001B[2J😀\"");
    assertThat(json.replace("\n", "")).matches("[^\\p{Cc}\\p{Cf}\\p{Zl}]*");
    JsonNode r = new ObjectMapper().readTree(json);
    assertThat(r.get("contractId").asText()).isEqualTo(hostile);
    assertThat(r.get("findings").get(0).get("message").asText()).isEqualTo("CR de " + hostile);
  }

  @Test
  void aToDoCarriesItsDueDateAndNothingElseDoes() throws Exception {
    JsonNode r = MAPPER.readTree(ClsJson.writer().writeReport(withToDos(), NORMANDIE, Locale.FRENCH));
    JsonNode findings = r.get("findings");
    assertThat(findings).hasSize(3);
    // order: severity first, so the ERROR, then the two INFO to-dos by rule id
    assertThat(findings.get(0).get("ruleId").asText()).isEqualTo("NOR-ACTION-INDICATORS");
    assertThat(findings.get(0).has("dueDate")).isFalse();
    assertThat(findings.get(1).get("ruleId").asText()).isEqualTo("NOR-ACTION-PILOT");
    assertThat(findings.get(1).get("toDo").asBoolean()).isTrue();
    assertThat(findings.get(1).has("dueDate")).isFalse();
    JsonNode due = findings.get(2);
    assertThat(due.get("ruleId").asText()).isEqualTo("NOR-ANNUAL-REPORT");
    assertThat(due.get("dueDate").asText()).isEqualTo("2027-06-30");
    assertThat(due.get("path").asText()).isEmpty();
    assertThat(fields(due)).containsExactly("ruleId", "severity", "toDo", "elementId", "path", "year", "dueDate",
        "arguments", "message", "sources", "pack");
    assertThat(Schemas.validateReport(r)).isEmpty();
  }

  @Test
  void aReportThatKnowsItsReferentielsVersionWritesIt() throws Exception {
    ConformityReport base = report();
    ConformityReport versioned = new ConformityReport(base.referentielId(), java.util.Optional.of("2025.02"),
        base.contractId(), base.asOf(), base.phase(), base.findings());
    JsonNode r = MAPPER.readTree(ClsJson.writer().writeReport(versioned, Locale.FRENCH));
    assertThat(r.get("referentielVersion").asText()).isEqualTo("2025.02");
    assertThat(Schemas.validateReport(r)).isEmpty();
  }

  @Test
  void withoutTheReferentielItsVersionIsLeftOut() throws Exception {
    JsonNode r = MAPPER.readTree(ClsJson.writer().writeReport(report(), Locale.FRENCH));
    assertThat(r.has("referentielVersion")).isFalse();
    assertThat(r.get("referentiel").asText()).isEqualTo("normandie");
    assertThat(r.get("clsVersion").asText()).isEqualTo(Provenance.pomVersion());
    assertThat(Schemas.validateReport(r)).isEmpty();
  }

  @Test
  void anotherReferentielIsRefused() {
    assertThatThrownBy(() -> ClsJson.writer().writeReport(report(), new Provenance.Stub("occitanie", "O", "2018"),
        Locale.FRENCH)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("normandie")
        .hasMessageContaining("occitanie");
  }

  @Test
  void theModuleWritesReportsInTheMappersLocale() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    mapper.setLocale(Locale.FRENCH);
    JsonNode r = mapper.readTree(mapper.writeValueAsString(withToDos()));
    assertThat(r.get("findings").get(2).get("message").asText()).isEqualTo("rapport 2026");
    assertThat(r.get("findings").get(2).get("dueDate").asText()).isEqualTo("2027-06-30");
    assertThat(Schemas.validateReport(r)).isEmpty();
  }

  @Test
  void theSchemaRefusesWhatTheFormatDoesNotAllow() throws Exception {
    String json = ClsJson.writer().writeReport(withToDos(), NORMANDIE, Locale.FRENCH);
    assertThat(Schemas.validateReport(MAPPER.readTree(json))).isEmpty();

    ObjectNode dueOnJudged = (ObjectNode) MAPPER.readTree(json);
    ((ObjectNode) dueOnJudged.get("findings").get(0)).put("dueDate", "2027-06-30");
    assertThat(Schemas.validateReport(dueOnJudged)).isNotEmpty();

    ObjectNode badDate = (ObjectNode) MAPPER.readTree(json);
    ((ObjectNode) badDate.get("findings").get(2)).put("dueDate", "2027-02-30");
    assertThat(Schemas.validateReport(badDate)).isNotEmpty();

    ObjectNode noVersion = (ObjectNode) MAPPER.readTree(json);
    noVersion.remove("clsVersion");
    assertThat(Schemas.validateReport(noVersion)).isNotEmpty();

    ObjectNode unknownField = (ObjectNode) MAPPER.readTree(json);
    ((ObjectNode) unknownField.get("findings").get(1)).put("dueDat", "2027-06-30");
    assertThat(Schemas.validateReport(unknownField)).isNotEmpty();

    ObjectNode wrongFormat = (ObjectNode) MAPPER.readTree(json);
    wrongFormat.put("format", "cls-report/2");
    assertThat(Schemas.validateReport(wrongFormat)).isNotEmpty();

    ObjectNode badPhase = (ObjectNode) MAPPER.readTree(json);
    badPhase.put("phase", "SIGNED");
    assertThat(Schemas.validateReport(badPhase)).isNotEmpty();

    ObjectNode missingCount = (ObjectNode) MAPPER.readTree(json);
    ((ObjectNode) missingCount.get("counts")).remove("INFO");
    assertThat(Schemas.validateReport(missingCount)).isNotEmpty();
  }

  @Test
  void theSchemaNamesEveryPhaseAndSeverity() throws Exception {
    JsonNode schema = MAPPER.readTree(ClsJson.reportSchema());
    List<String> phases = new ArrayList<>();
    schema.at("/properties/phase/enum").forEach(n -> phases.add(n.asText()));
    assertThat(phases).containsExactlyElementsOf(Arrays.stream(Phase.values()).map(Enum::name).toList());
    List<String> severities = new ArrayList<>();
    schema.at("/$defs/finding/properties/severity/enum").forEach(n -> severities.add(n.asText()));
    assertThat(severities).containsExactlyElementsOf(Arrays.stream(Severity.values()).map(Enum::name).toList());
    List<String> counts = fields(schema.at("/properties/counts/properties"));
    assertThat(counts).containsExactlyElementsOf(Arrays.stream(Severity.values()).map(Enum::name).toList());
    assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void theVersionIsTheBuildsAndReadOnce() {
    assertThat(ClsJson.version()).isEqualTo(Provenance.pomVersion()).isSameAs(ClsJson.version());
  }
}
