package io.github.clsante.cls.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import io.github.clsante.cls.portfolio.Portfolio;
import io.github.clsante.cls.portfolio.ReferentielChoice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A checked portfolio's agenda as cls-portfolio-agenda/1 JSON: the contracts checked, the documents that were not,
 * every to-do by due date naming its contract, keys unique; valid against its schema, which refuses what the
 * format is not. The portfolio is {@link PortfolioJsonTest#portfolio()}: three checked contracts with one to-do
 * each due on 22 December 2026 (two of them holding the id {@code cls-ok}), an unreadable document and a
 * contract that cannot be checked.
 */
class PortfolioAgendaJsonTest {

  static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
      .getSchema(ClsJson.portfolioAgendaSchema(),
          SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

  private static JsonNode agenda() throws Exception {
    return Schemas.MAPPER.readTree(ClsJson.writer().writePortfolioAgenda(PortfolioJsonTest.portfolio(),
        Locale.ENGLISH));
  }

  @Test
  void namesTheContractsTheFailuresAndEveryToDoWithAUniqueKey() throws Exception {
    JsonNode a = agenda();
    List<String> keys = new ArrayList<>();
    a.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("format", "clsVersion", "asOf", "contracts", "failed", "items");
    assertThat(a.get("format").asText()).isEqualTo("cls-portfolio-agenda/1")
        .isEqualTo(ClsJson.PORTFOLIO_AGENDA_FORMAT);
    assertThat(a.get("asOf").asText()).isEqualTo("2026-11-22");

    assertThat(a.get("contracts")).extracting(c -> c.get("index").asInt()).containsExactly(0, 1, 4);
    assertThat(a.get("contracts")).extracting(c -> c.get("source").asText())
        .containsExactly("a/ok.json", "b/ko.json", "e/ok-again.json");
    assertThat(a.get("contracts")).allSatisfy(c -> {
      assertThat(c.get("referentiel").asText()).isEqualTo("stub");
      assertThat(c.get("toDos").asInt()).isEqualTo(1);
    });
    assertThat(a.get("failed")).extracting(f -> f.get("index").asInt() + " " + f.get("source").asText())
        .containsExactly("2 c/broken.json", "3 d/boom.json");

    // one due date for all: then by contract id, the two documents of cls-ok in input order
    JsonNode items = a.get("items");
    assertThat(items).extracting(i -> i.get("contract").asInt()).containsExactly(1, 0, 4);
    assertThat(items).extracting(i -> i.get("key").asText())
        .containsExactly("cls-ko/X-TODO/cls-ko/", "cls-ok/X-TODO/cls-ok/", "cls-ok/X-TODO/cls-ok/~2");
    assertThat(items).allSatisfy(i -> {
      assertThat(i.get("dueDate").asText()).isEqualTo(LocalDate.of(2026, 12, 22).toString());
      assertThat(i.get("ruleId").asText()).isEqualTo("X-TODO");
      assertThat(i.get("message").asText()).isEqualTo("t");
    });
  }

  @Test
  void theOutputIsValidAndTheSchemaRefusesWhatTheFormatIsNot() throws Exception {
    JsonNode good = agenda();
    assertThat(SCHEMA.validate(good)).isEmpty();
    JsonNode empty = Schemas.MAPPER.readTree(ClsJson.writer().writePortfolioAgenda(Portfolio.asOf(
        LocalDate.of(2026, 11, 22)).referentiel(ReferentielChoice.forced(new PortfolioJsonTest.Stub()))
        .check(List.of()), Locale.FRENCH));
    assertThat(SCHEMA.validate(empty)).isEmpty();
    assertThat(empty.get("items")).isEmpty();

    ObjectNode noContract = good.deepCopy();
    ((ObjectNode) noContract.get("items").get(0)).remove("contract");
    assertThat(SCHEMA.validate(noContract)).as("an item without its contract").isNotEmpty();

    ObjectNode oneContract = good.deepCopy();
    oneContract.put("format", "cls-agenda/1");
    assertThat(SCHEMA.validate(oneContract)).as("another format").isNotEmpty();

    ObjectNode extra = good.deepCopy();
    ((ObjectNode) extra.get("contracts").get(0)).put("region", "Normandie");
    assertThat(SCHEMA.validate(extra)).as("a field the format does not have").isNotEmpty();
  }
}
