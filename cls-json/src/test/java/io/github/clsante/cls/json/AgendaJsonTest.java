package io.github.clsante.cls.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.clsante.cls.agenda.Agenda;
import io.github.clsante.cls.calendar.Phase;
import io.github.clsante.cls.model.ActionPlan;
import io.github.clsante.cls.model.ActionSheet;
import io.github.clsante.cls.model.BodyKind;
import io.github.clsante.cls.model.Governance;
import io.github.clsante.cls.model.GovernanceBody;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.report.Severity;
import io.github.clsante.cls.report.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An agenda as cls-agenda/1 JSON, and its schema. */
class AgendaJsonTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final Provenance.Stub NORMANDIE = new Provenance.Stub("normandie", "ARS Normandie", "2025.02");

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

  private static final LocalHealthContract CONTRACT = LocalHealthContract.builder()
      .id("cls-x").name("CLS de X").region("Normandie")
      .governance(Governance.builder().addBodies(GovernanceBody.builder().id("copil").name("Comité de pilotage")
          .kind(BodyKind.COPIL).build()).build())
      .actionPlan(ActionPlan.builder().addFiches(ActionSheet.builder().id("fa-1").title("Prévenir les chutes")
          .build()).build())
      .build();

  private static final Source GOV = new Source("NOR-GOV", "ARS Normandie, fiche pratique n°3",
      "Le COPIL se réunit au moins une fois par an");
  private static final Source MET = new Source("NOR-MET", "ARS Normandie, méthodologie",
      "Chaque fiche action du CLS aura un pilote d'action identifié");

  private static Finding todo(String rule, String element, String path, Integer year, LocalDate due, Source src,
      String fr, String en) {
    return new Finding(rule, Severity.INFO, true, element, path, Optional.ofNullable(year),
        Optional.ofNullable(due), Map.of(), src == null ? List.of() : List.of(src), "normandie",
        (f, l) -> l.getLanguage().equals("en") ? en : fr);
  }

  private static Agenda agenda() {
    Finding copil = todo("NOR-COPIL-ANNUAL", "copil", "/governance/bodies/0", 2026, LocalDate.of(2026, 12, 31),
        GOV, "Réunir le COPIL en 2026.", "Hold the COPIL in 2026.");
    Finding report = todo("NOR-ANNUAL-REPORT", "cls-x", "", 2026, LocalDate.of(2027, 6, 30), null,
        "Rapport d'activité 2026.", "Activity report for 2026.");
    Finding pilot = todo("NOR-ACTION-PILOT", "fa-1", "/actionPlan/fiches/0", null, null, MET,
        "Identifier le pilote de fa-1.", "Name the pilot of fa-1.");
    Finding judged = new Finding("NOR-ACTION-INDICATORS", Severity.ERROR, false, "fa-1", "/actionPlan/fiches/0",
        Optional.empty(), Map.of(), List.of(MET), "normandie", (f, l) -> "indicateur");
    return Agenda.of(new ConformityReport("normandie", "cls-x", AS_OF, Phase.IMPLEMENTATION_AND_EVALUATION,
        List.of(pilot, judged, report, copil)), CONTRACT);
  }

  private static List<String> fields(JsonNode n) {
    List<String> keys = new ArrayList<>();
    n.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  @Test
  void writesEveryFieldOfEveryItemInDueDateOrder() throws Exception {
    JsonNode a = MAPPER.readTree(ClsJson.writer().writeAgenda(agenda(), CONTRACT, NORMANDIE, Locale.ENGLISH));
    assertThat(fields(a)).containsExactly("format", "clsVersion", "referentiel", "referentielVersion",
        "contractId", "contractName", "asOf", "items");
    assertThat(a.get("format").asText()).isEqualTo("cls-agenda/1");
    assertThat(a.get("clsVersion").asText()).isEqualTo(Provenance.pomVersion());
    assertThat(a.get("referentiel").asText()).isEqualTo("normandie");
    assertThat(a.get("referentielVersion").asText()).isEqualTo("2025.02");
    assertThat(a.get("contractId").asText()).isEqualTo("cls-x");
    assertThat(a.get("contractName").asText()).isEqualTo("CLS de X");
    assertThat(a.get("asOf").asText()).isEqualTo("2026-11-22");

    JsonNode items = a.get("items");
    assertThat(items).hasSize(3); // the judged ERROR is not on the agenda

    JsonNode copil = items.get(0);
    assertThat(fields(copil)).containsExactly("key", "contractId", "ruleId", "elementId", "elementName", "path",
        "year", "dueDate", "message", "sources");
    assertThat(copil.get("key").asText()).isEqualTo("cls-x/NOR-COPIL-ANNUAL/copil/2026");
    assertThat(copil.get("contractId").asText()).isEqualTo("cls-x");
    assertThat(copil.get("ruleId").asText()).isEqualTo("NOR-COPIL-ANNUAL");
    assertThat(copil.get("elementId").asText()).isEqualTo("copil");
    assertThat(copil.get("elementName").asText()).isEqualTo("Comité de pilotage");
    assertThat(copil.get("path").asText()).isEqualTo("/governance/bodies/0");
    assertThat(copil.get("year").asInt()).isEqualTo(2026);
    assertThat(copil.get("dueDate").asText()).isEqualTo("2026-12-31");
    assertThat(copil.get("message").asText()).isEqualTo("Hold the COPIL in 2026.");
    assertThat(copil.get("sources")).hasSize(1);
    assertThat(copil.get("sources").get(0).get("document").asText()).isEqualTo("NOR-GOV");
    assertThat(copil.get("sources").get(0).get("title").asText()).isEqualTo("ARS Normandie, fiche pratique n°3");
    assertThat(copil.get("sources").get(0).get("quote").asText())
        .isEqualTo("Le COPIL se réunit au moins une fois par an");

    JsonNode report = items.get(1);
    assertThat(report.get("key").asText()).isEqualTo("cls-x/NOR-ANNUAL-REPORT/cls-x/2026");
    assertThat(report.get("elementName").asText()).isEqualTo("CLS de X");
    assertThat(report.get("path").asText()).isEmpty();
    assertThat(report.get("dueDate").asText()).isEqualTo("2027-06-30");
    assertThat(report.get("sources")).isEmpty();

    JsonNode pilot = items.get(2);
    assertThat(fields(pilot)).containsExactly("key", "contractId", "ruleId", "elementId", "elementName", "path",
        "message", "sources");
    assertThat(pilot.get("key").asText()).isEqualTo("cls-x/NOR-ACTION-PILOT/fa-1/");
    assertThat(pilot.get("elementName").asText()).isEqualTo("Prévenir les chutes");
    assertThat(pilot.get("message").asText()).isEqualTo("Name the pilot of fa-1.");

    assertThat(Schemas.validateAgenda(a)).isEmpty();
  }

  @Test
  void messagesInTheLanguageAskedFor() throws Exception {
    JsonNode a = MAPPER.readTree(ClsJson.writer().writeAgenda(agenda(), CONTRACT, NORMANDIE, Locale.FRENCH));
    assertThat(a.get("items").get(0).get("message").asText()).isEqualTo("Réunir le COPIL en 2026.");
    assertThat(a.get("items").get(2).get("message").asText()).isEqualTo("Identifier le pilote de fa-1.");
  }

  @Test
  void nothingToDoIsAnEmptyListThatValidates() throws Exception {
    Agenda empty = Agenda.of(new ConformityReport("normandie", "cls-x", AS_OF, Phase.IMPLEMENTATION_AND_EVALUATION,
        List.of()), CONTRACT);
    JsonNode a = MAPPER.readTree(ClsJson.writer().writeAgenda(empty, CONTRACT, NORMANDIE, Locale.FRENCH));
    assertThat(a.get("items").isArray()).isTrue();
    assertThat(a.get("items")).isEmpty();
    assertThat(a.get("contractId").asText()).isEqualTo("cls-x");
    assertThat(Schemas.validateAgenda(a)).isEmpty();
  }

  @Test
  void anAgendaOfAnotherContractIsRefused() {
    LocalHealthContract other = LocalHealthContract.builder().id("cls-y").name("CLS de Y").region("Normandie")
        .build();
    assertThatThrownBy(() -> ClsJson.writer().writeAgenda(agenda(), other, NORMANDIE, Locale.FRENCH))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cls-x").hasMessageContaining("cls-y");
  }

  @Test
  void theSchemaRefusesWhatTheFormatDoesNotAllow() throws Exception {
    String json = ClsJson.writer().writeAgenda(agenda(), CONTRACT, NORMANDIE, Locale.FRENCH);
    assertThat(Schemas.validateAgenda(MAPPER.readTree(json))).isEmpty();

    ObjectNode badDate = (ObjectNode) MAPPER.readTree(json);
    ((ObjectNode) badDate.get("items").get(0)).put("dueDate", "31/12/2026");
    assertThat(Schemas.validateAgenda(badDate)).isNotEmpty();

    ObjectNode noKey = (ObjectNode) MAPPER.readTree(json);
    ((ObjectNode) noKey.get("items").get(1)).remove("key");
    assertThat(Schemas.validateAgenda(noKey)).isNotEmpty();

    ObjectNode severity = (ObjectNode) MAPPER.readTree(json);
    ((ObjectNode) severity.get("items").get(1)).put("severity", "INFO");
    assertThat(Schemas.validateAgenda(severity)).isNotEmpty();

    ObjectNode noName = (ObjectNode) MAPPER.readTree(json);
    noName.remove("contractName");
    assertThat(Schemas.validateAgenda(noName)).isNotEmpty();

    ObjectNode reportFormat = (ObjectNode) MAPPER.readTree(json);
    reportFormat.put("format", "cls-report/1");
    assertThat(Schemas.validateAgenda(reportFormat)).isNotEmpty();

    ObjectNode badPath = (ObjectNode) MAPPER.readTree(json);
    ((ObjectNode) badPath.get("items").get(0)).put("path", "governance/bodies/0");
    assertThat(Schemas.validateAgenda(badPath)).isNotEmpty();
  }
}
