package io.github.clsante.cls.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.clsante.cls.calendar.Phase;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.report.Severity;
import io.github.clsante.cls.report.Source;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A conformity report as cls-report/1 JSON. */
class ReportJsonTest {

  private static ConformityReport report() {
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("held", 1);
    args.put("minimum", 2);
    args.put("since", LocalDate.of(2025, 1, 1));
    Source src = new Source("NOR-GOV", "ARS Normandie, fiche pratique n°3 « Gouvernance et coordination »",
        "(et idéalement 2 à 3 fois par an)");
    Finding cotech = new Finding("NOR-COTECH-IDEAL", Severity.WARNING, false, "cotech", "/governance/bodies/1",
        Optional.of(2025), args, List.of(src), "normandie",
        (f, l) -> l.getLanguage().equals("en") ? "COTECH met " + f.arguments().get("held") + " time"
            : "Le COTECH s'est réuni " + f.arguments().get("held") + " fois");
    Finding minutes = new Finding("NOR-MINUTES", Severity.WARNING, false, "cotech-2025-1",
        "/governance/bodies/1/meetings/4", Optional.empty(), Map.of(), List.of(src), "normandie", (f, l) -> "CR");
    return new ConformityReport("normandie", "cls-msm", LocalDate.of(2026, 11, 22),
        Phase.IMPLEMENTATION_AND_EVALUATION, List.of(minutes, cotech));
  }

  @Test
  void writesTheReportFormat() throws Exception {
    JsonNode r = new ObjectMapper().readTree(ClsJson.writer().writeReport(report(), Locale.ENGLISH));
    assertThat(r.get("format").asText()).isEqualTo("cls-report/1");
    assertThat(r.get("referentiel").asText()).isEqualTo("normandie");
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
    assertThat(f.get("sources").get(0).get("quote").asText()).isEqualTo("(et idéalement 2 à 3 fois par an)");
    assertThat(f.get("pack").asText()).isEqualTo("normandie");
    assertThat(r.get("findings").get(1).has("year")).isFalse();
    List<String> keys = new java.util.ArrayList<>();
    f.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("ruleId", "severity", "toDo", "elementId", "path", "year", "arguments",
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
  void theModuleWritesReportsInTheMappersLocale() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    mapper.setLocale(Locale.FRENCH);
    JsonNode r = mapper.readTree(mapper.writeValueAsString(report()));
    assertThat(r.get("findings").get(0).get("message").asText()).isEqualTo("Le COTECH s'est réuni 1 fois");
  }
}
