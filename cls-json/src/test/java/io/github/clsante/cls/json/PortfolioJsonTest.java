package io.github.clsante.cls.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import io.github.clsante.cls.calendar.Phase;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.Milestones;
import io.github.clsante.cls.portfolio.Portfolio;
import io.github.clsante.cls.portfolio.PortfolioReport;
import io.github.clsante.cls.portfolio.ReferentielChoice;
import io.github.clsante.cls.referentiel.Clause;
import io.github.clsante.cls.referentiel.Referentiel;
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

/** A checked portfolio as cls-portfolio/1 JSON, valid against its schema. */
class PortfolioJsonTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

  static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
      .getSchema(ClsJson.portfolioSchema(), SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

  /**
   * A référentiel for the test: a contract named "ko" gets one ERROR, every contract a WARNING and a to-do due 30
   * days after the check date; a contract named "boom" makes it throw.
   */
  static final class Stub implements Referentiel {
    @Override
    public String id() {
      return "stub";
    }

    @Override
    public String title() {
      return "Stub";
    }

    @Override
    public String version() {
      return "1";
    }

    @Override
    public List<Clause> catalogue() {
      return List.of();
    }

    @Override
    public ConformityReport check(LocalHealthContract c, LocalDate asOf) {
      if (c.name().equals("boom")) {
        throw new IllegalStateException("the stub cannot check " + c.id());
      }
      List<Finding> fs = new ArrayList<>();
      Source src = new Source("DOC", "Un document", "« une citation »");
      if (c.name().equals("ko")) {
        fs.add(new Finding("X-ERR", Severity.ERROR, false, c.id(), "", Optional.of(2025), Map.of("held", 0),
            List.of(src), "stub", (f, l) -> l.getLanguage().equals("en") ? "broken" : "cassé"));
      }
      fs.add(new Finding("X-WARN", Severity.WARNING, false, "copil", "/governance/bodies/0", Optional.empty(),
          Map.of(), List.of(src), "stub", (f, l) -> "w"));
      fs.add(new Finding("X-TODO", Severity.INFO, true, c.id(), "", Optional.empty(), Optional.of(asOf.plusDays(30)),
          Map.of(), List.of(), "stub", (f, l) -> "t"));
      return new ConformityReport("stub", c.id(), asOf, Phase.DIAGNOSIS_AND_PLANNING, fs);
    }
  }

  private static LocalHealthContract contract(String id, String name) {
    return LocalHealthContract.builder().id(id).name(name).region("Normandie").milestones(Milestones.none())
        .build();
  }

  /** Five sources: ok, ko, an unreadable document, one that cannot be checked, and ok's id again. */
  static PortfolioReport portfolio() {
    List<String> sources = List.of("a/ok.json", "b/ko.json", "c/broken.json", "d/boom.json", "e/ok-again.json");
    return Portfolio.asOf(AS_OF).referentiel(ReferentielChoice.forced(new Stub())).parallelism(2)
        .check(sources, s -> switch (s) {
          case "a/ok.json" -> contract("cls-ok", "ok");
          case "b/ko.json" -> contract("cls-ko", "ko");
          case "c/broken.json" -> throw new DocumentException(List.of(
              new DocumentProblem("/governance/bodies/0/kind", 12, 17, "one of COPIL, COTECH", "\"COPILL\""),
              new DocumentProblem("", -1, -1, "a readable file", "no such file")));
          case "d/boom.json" -> contract("cls-boom", "boom");
          default -> contract("cls-ok", "ok again");
        });
  }

  @Test
  void writesEveryEntryTheTotalsAndTheDuplicates() throws Exception {
    String text = ClsJson.writer().writePortfolio(portfolio(), Locale.ENGLISH);
    JsonNode p = Schemas.MAPPER.readTree(text);

    assertThat(text).endsWith("}\n").contains("\n  \"asOf\": ");
    List<String> keys = new ArrayList<>();
    p.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("format", "asOf", "totals", "duplicateContractIds", "contracts");
    assertThat(p.get("format").asText()).isEqualTo("cls-portfolio/1").isEqualTo(ClsJson.PORTFOLIO_FORMAT);
    assertThat(p.get("asOf").asText()).isEqualTo("2026-11-22");

    JsonNode t = p.get("totals");
    assertThat(t.get("contracts").asInt()).isEqualTo(5);
    assertThat(t.get("checked").asInt()).isEqualTo(3);
    assertThat(t.get("conforming").asInt()).isEqualTo(2);
    assertThat(t.get("notConforming").asInt()).isEqualTo(1);
    assertThat(t.get("failed").asInt()).isEqualTo(2);
    assertThat(t.get("findings").toString()).isEqualTo("{\"ERROR\":1,\"WARNING\":3,\"INFO\":3}");
    assertThat(t.get("toDos").asInt()).isEqualTo(3);
    assertThat(t.get("phases").toString()).isEqualTo(
        "{\"PRELIMINARY\":0,\"DIAGNOSIS_AND_PLANNING\":3,\"IMPLEMENTATION_AND_EVALUATION\":0,\"ENDED\":0}");

    assertThat(p.get("duplicateContractIds")).hasSize(1);
    JsonNode dup = p.get("duplicateContractIds").get(0);
    assertThat(dup.get("contractId").asText()).isEqualTo("cls-ok");
    assertThat(dup.get("indexes").toString()).isEqualTo("[0,4]");
    assertThat(dup.get("sources").toString()).isEqualTo("[\"a/ok.json\",\"e/ok-again.json\"]");

    JsonNode cs = p.get("contracts");
    assertThat(cs).hasSize(5);
    for (int i = 0; i < 5; i++) {
      assertThat(cs.get(i).get("index").asInt()).isEqualTo(i);
    }
    JsonNode ok = cs.get(0);
    assertThat(ok.get("source").asText()).isEqualTo("a/ok.json");
    assertThat(ok.get("contractId").asText()).isEqualTo("cls-ok");
    assertThat(ok.get("contractName").asText()).isEqualTo("ok");
    assertThat(ok.get("region").asText()).isEqualTo("Normandie");
    assertThat(ok.get("nextDueDate").asText()).isEqualTo("2026-12-22");
    assertThat(ok.has("failure")).isFalse();
    assertThat(ok.get("report").get("format").asText()).isEqualTo("cls-report/1");
    assertThat(ok.get("report").get("conforming").asBoolean()).isTrue();
    assertThat(ok.get("report").get("contractId").asText()).isEqualTo("cls-ok");

    JsonNode ko = cs.get(1).get("report");
    assertThat(ko.get("conforming").asBoolean()).isFalse();
    assertThat(ko.get("findings").get(0).get("ruleId").asText()).isEqualTo("X-ERR");
    assertThat(ko.get("findings").get(0).get("message").asText()).isEqualTo("broken");

    JsonNode broken = cs.get(2);
    assertThat(broken.get("source").asText()).isEqualTo("c/broken.json");
    assertThat(broken.has("contractId")).isFalse();
    assertThat(broken.has("report")).isFalse();
    JsonNode problems = broken.get("failure").get("problems");
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0).get("pointer").asText()).isEqualTo("/governance/bodies/0/kind");
    assertThat(problems.get(0).get("line").asInt()).isEqualTo(12);
    assertThat(problems.get(0).get("column").asInt()).isEqualTo(17);
    assertThat(problems.get(0).get("expected").asText()).isEqualTo("one of COPIL, COTECH");
    assertThat(problems.get(0).get("found").asText()).isEqualTo("\"COPILL\"");
    assertThat(problems.get(1).get("pointer").asText()).isEmpty();
    assertThat(problems.get(1).has("line")).as("an unknown line is left out").isFalse();
    assertThat(problems.get(1).has("column")).isFalse();

    JsonNode boom = cs.get(3);
    assertThat(boom.get("contractId").asText()).isEqualTo("cls-boom");
    assertThat(boom.get("failure").get("error").asText()).isEqualTo("the stub cannot check cls-boom");
    assertThat(boom.get("failure").has("problems")).isFalse();
  }

  @Test
  void theMessagesSpeakTheLocale() throws Exception {
    JsonNode p = Schemas.MAPPER.readTree(ClsJson.writer().writePortfolio(portfolio(), Locale.FRENCH));
    assertThat(p.get("contracts").get(1).get("report").get("findings").get(0).get("message").asText())
        .isEqualTo("cassé");
  }

  @Test
  void theOutputIsValidAgainstTheSchema() throws Exception {
    JsonNode p = Schemas.MAPPER.readTree(ClsJson.writer().writePortfolio(portfolio(), Locale.ENGLISH));
    assertThat(SCHEMA.validate(p)).isEmpty();
    JsonNode empty = Schemas.MAPPER.readTree(ClsJson.writer().writePortfolio(
        Portfolio.asOf(AS_OF).referentiel(ReferentielChoice.forced(new Stub())).check(List.of()), Locale.ENGLISH));
    assertThat(SCHEMA.validate(empty)).isEmpty();
  }

  @Test
  void theSchemaRefusesWhatTheFormatIsNot() throws Exception {
    JsonNode good = Schemas.MAPPER.readTree(ClsJson.writer().writePortfolio(portfolio(), Locale.ENGLISH));

    ObjectNode both = good.deepCopy();
    ((ObjectNode) both.get("contracts").get(0)).set("failure", good.get("contracts").get(2).get("failure"));
    assertThat(SCHEMA.validate(both)).as("a report and a failure").isNotEmpty();

    ObjectNode neither = good.deepCopy();
    ((ObjectNode) neither.get("contracts").get(0)).remove("report");
    assertThat(SCHEMA.validate(neither)).as("neither report nor failure").isNotEmpty();

    ObjectNode noTotals = good.deepCopy();
    noTotals.remove("totals");
    assertThat(SCHEMA.validate(noTotals)).as("no totals").isNotEmpty();

    ObjectNode unknown = good.deepCopy();
    ((ObjectNode) unknown.get("contracts").get(2).get("failure").get("problems").get(0)).put("hint", "x");
    assertThat(SCHEMA.validate(unknown)).as("an unknown field").isNotEmpty();

    ObjectNode badPhase = good.deepCopy();
    ((ObjectNode) badPhase.get("contracts").get(0).get("report")).put("phase", "SIGNED");
    assertThat(SCHEMA.validate(badPhase)).as("a phase that is no phase").isNotEmpty();

    ObjectNode oneSource = good.deepCopy();
    ((ArrayNode) oneSource.get("duplicateContractIds").get(0).get("sources")).remove(1);
    assertThat(SCHEMA.validate(oneSource)).as("a duplicate with one source").isNotEmpty();

    ObjectNode wrongFormat = good.deepCopy();
    wrongFormat.put("format", "cls-report/1");
    assertThat(SCHEMA.validate(wrongFormat)).as("another format").isNotEmpty();
  }

  @Test
  void theSchemaIsAtItsStablePath() throws Exception {
    try (var in = getClass().getClassLoader()
        .getResourceAsStream("io/github/clsante/cls/json/cls-portfolio-1.schema.json")) {
      assertThat(in).isNotNull();
    }
    assertThat(ClsJson.PORTFOLIO_SCHEMA_RESOURCE).isEqualTo("io/github/clsante/cls/json/cls-portfolio-1.schema.json");
    assertThat(Schemas.MAPPER.readTree(ClsJson.portfolioSchema()).get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }
}
