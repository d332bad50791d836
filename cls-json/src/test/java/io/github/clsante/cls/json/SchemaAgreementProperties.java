package io.github.clsante.cls.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.clsante.cls.model.LocalHealthContract;
import java.util.List;
import java.util.function.Consumer;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The schema and the reader agree on what a cls/1 document is. */
class SchemaAgreementProperties {

  @Provide
  Arbitrary<LocalHealthContract> contracts() {
    return Generators.contracts();
  }

  @Property
  void everyWrittenContractValidatesAgainstTheSchema(@ForAll("contracts") LocalHealthContract c) {
    assertThat(Schemas.validate(ClsJson.writer().write(c))).isEmpty();
  }

  /** A way to break a document that the schema can express, and the pointer the reader must blame. */
  enum Break {
    MISSING_REQUIRED("/id", d -> d.remove("id")),
    WRONG_TYPE("/name", d -> d.put("name", 42)),
    UNKNOWN_ENUM("/territory/kind", d -> obj(d, "territory").put("kind", "CANTON")),
    BAD_DATE("/milestones/signature", d -> obj(d, "milestones").put("signature", "2023-02-30")),
    BAD_DATE_FORM("/milestones/end", d -> obj(d, "milestones").put("end", "3 juillet 2028")),
    UNKNOWN_FIELD("/sirne", d -> d.put("sirne", "200066389")),
    UNKNOWN_NESTED_FIELD("/territory/comunes", d -> obj(d, "territory").putArray("comunes")),
    MALFORMED_INSEE("/territory/communes/0", d -> arr(obj(d, "territory"), "communes").insert(0, "5002")),
    MALFORMED_SIREN_FORM("/territory/epcis/0", d -> arr(obj(d, "territory"), "epcis").insert(0, "20006638")),
    MALFORMED_DEPARTEMENT("/territory/departements/0",
        d -> arr(obj(d, "territory"), "departements").insert(0, "20")),
    WRONG_FORMAT("/format", d -> d.put("format", "cls/2")),
    NULL_VALUE("/region", d -> d.putNull("region")),
    NOT_AN_ARRAY("/organisations", d -> d.put("organisations", "none")),
    REPEATED_SET_VALUE("/diagnosis/themes/1",
        d -> arr(obj(d, "diagnosis"), "themes").removeAll().add("PREVENTION").add("PREVENTION")),
    NEGATIVE_AMOUNT("/coordination/funding/0/annualAmount",
        d -> arr(obj(d, "coordination"), "funding").insertObject(0).put("organisationId", "x")
            .put("annualAmount", -1)),
    NOT_AN_INTEGER("/followUp/programmings/0/fromYear",
        d -> arr(obj(d, "followUp"), "programmings").insertObject(0).put("id", "p").put("fromYear", 2024.5)
            .put("toYear", 2025));

    final String pointer;
    final Consumer<ObjectNode> edit;

    Break(String pointer, Consumer<ObjectNode> edit) {
      this.pointer = pointer;
      this.edit = edit;
    }
  }

  private static ObjectNode obj(ObjectNode d, String name) {
    JsonNode n = d.get(name);
    return n instanceof ObjectNode ? (ObjectNode) n : d.putObject(name);
  }

  private static ArrayNode arr(ObjectNode d, String name) {
    JsonNode n = d.get(name);
    return n instanceof ArrayNode ? (ArrayNode) n : d.putArray(name);
  }

  @Property
  void documentsBrokenInWaysTheSchemaExpressesAreRefusedByBoth(@ForAll("contracts") LocalHealthContract c,
      @ForAll Break b) throws Exception {
    ObjectNode d = (ObjectNode) Schemas.MAPPER.readTree(ClsJson.writer().write(c));
    b.edit.accept(d);
    String broken = Schemas.MAPPER.writeValueAsString(d);
    assertThat(Schemas.validate(broken)).as("schema errors").isNotEmpty();
    List<DocumentProblem> problems = ClsJson.reader().validate(broken).getError().asJava();
    assertThat(problems).extracting(DocumentProblem::pointer).contains(b.pointer);
  }

  /** What only the reader can see: the schema accepts these documents, the reader refuses them. */
  @Test
  void whatOnlyTheReaderSeesIsRefusedByTheReader() throws Exception {
    String base = ClsJson.writer().write(Samples.small());
    List<String[]> cases = List.of(
        new String[] {"\"id\": \"ars\"", "\"id\": \"agglo\"", "/organisations/1/id"},
        new String[] {"\"organisationId\": \"ars\"", "\"organisationId\": \"cpam\"", "/signatories/1/organisationId"},
        new String[] {"\"200000024\"", "\"200000025\"", "/territory/epcis/0"},
        new String[] {"\"year\": 2024", "\"year\": 2224", "/actionPlan/fiches/0/indicators/0/values/0/year"},
        new String[] {"\"end\": \"2028-07-03\"", "\"end\": \"1828-07-03\"", "/milestones/end"});
    for (String[] k : cases) {
      assertThat(base).contains(k[0]);
      String doc = base.replaceFirst(java.util.regex.Pattern.quote(k[0]), k[1]);
      assertThat(Schemas.validate(doc)).as(k[2]).isEmpty();
      assertThat(ClsJson.reader().validate(doc).getError().asJava()).extracting(DocumentProblem::pointer)
          .as(k[2]).contains(k[2]);
    }
  }

  @Test
  void theSchemaRefusesAnUnknownFieldDeepDown() throws Exception {
    ObjectNode d = (ObjectNode) Schemas.MAPPER.readTree(ClsJson.writer().write(Samples.small()));
    ((ObjectNode) d.get("organisations").get(0)).set("sirne", TextNode.valueOf("x"));
    assertThat(Schemas.validate(d)).isNotEmpty();
  }
}
