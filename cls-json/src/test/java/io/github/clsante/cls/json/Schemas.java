package io.github.clsante.cls.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;

/** The cls/1, cls-report/1 and cls-agenda/1 schemas loaded in the networknt validator, format assertions on. */
final class Schemas {

  static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
      .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

  private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
      .getSchema(ClsJson.schema(), SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

  private static final JsonSchema REPORT = load(ClsJson.reportSchema());

  private static final JsonSchema AGENDA = load(ClsJson.agendaSchema());

  private Schemas() {}

  private static JsonSchema load(String schema) {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(schema, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
  }

  /** @return the problems of a cls-report/1 document */
  static Set<ValidationMessage> validateReport(JsonNode json) {
    return REPORT.validate(json);
  }

  /** @return the problems of a cls-agenda/1 document */
  static Set<ValidationMessage> validateAgenda(JsonNode json) {
    return AGENDA.validate(json);
  }

  static Set<ValidationMessage> validate(String json) {
    try {
      return validate(MAPPER.readTree(json));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static Set<ValidationMessage> validate(JsonNode json) {
    return SCHEMA.validate(json);
  }
}
