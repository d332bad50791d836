package io.github.clsante.cls.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.Person;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The module is found by ObjectMapper.findAndRegisterModules() and behaves as the reader and writer. */
class JacksonModuleTest {

  private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

  @Test
  void isDiscovered() {
    assertThat(mapper.getRegisteredModuleIds()).contains(ClsJacksonModule.class.getName());
  }

  @Test
  void readsAndWrites() throws Exception {
    String json = mapper.writeValueAsString(Samples.small());
    assertThat(mapper.readValue(json, LocalHealthContract.class)).isEqualTo(Samples.small());
    assertThat(mapper.readTree(json)).isEqualTo(mapper.readTree(ClsJson.writer().write(Samples.small())));
  }

  @Test
  void failuresCarryTheProblems() {
    String bad = ClsJson.writer().write(Samples.small()).replace("\"kind\": \"COPIL\"", "\"kind\": \"COPILL\"");
    assertThatThrownBy(() -> mapper.readValue(bad, LocalHealthContract.class))
        .isInstanceOf(JsonMappingException.class)
        .isInstanceOf(DocumentMappingException.class)
        .satisfies(e -> assertThat(((DocumentMappingException) e).problems())
            .extracting(DocumentProblem::pointer).containsExactly("/governance/bodies/0/kind"));
  }

  @Test
  void nestingIsBoundedThroughAMapperToo() {
    String deep = "{\"format\": \"cls/1\", \"id\": " + "[".repeat(200) + "]".repeat(200) + "}";
    assertThatThrownBy(() -> mapper.readValue(deep, LocalHealthContract.class))
        .isInstanceOf(DocumentMappingException.class)
        .satisfies(e -> assertThat(((DocumentMappingException) e).problems())
            .extracting(DocumentProblem::expected)
            .containsExactly("at most 64 levels of nested objects and arrays"));
  }

  @Test
  void noDefaultTypingIsHonoured() {
    String typed = "{\"format\": \"cls/1\", \"@class\": \"java.lang.ProcessBuilder\", \"id\": \"a\", \"name\": \"n\","
        + " \"region\": \"r\"}";
    assertThatThrownBy(() -> mapper.readValue(typed, LocalHealthContract.class))
        .isInstanceOf(DocumentMappingException.class)
        .hasMessageContaining("/@class: expected one of the fields");
  }

  // 8. The mapper accepts and refuses what the reader does

  private static final String DOC = ClsJson.writer().write(Samples.small());

  @Test
  void aNullDocumentIsRefusedAsByTheReader() {
    // the interface, and the generated class the model builds (the module registers both)
    Class<? extends LocalHealthContract> built = Samples.small().getClass();
    assertThat(built).isNotEqualTo(LocalHealthContract.class);
    for (Class<? extends LocalHealthContract> type : List.of(LocalHealthContract.class, built)) {
      assertThatThrownBy(() -> mapper.readValue(" null", type)).isInstanceOf(DocumentMappingException.class)
          .satisfies(e -> assertThat(((DocumentMappingException) e).problems()).containsExactlyElementsOf(
              ClsJson.reader().validate(" null").getError()));
    }
  }

  @Test
  void trailingContentIsRefusedAsByTheReader() {
    for (String tail : List.of("{}", " x", "]", "null", "\"more\"", "\u0000")) {
      String doc = DOC + tail;
      assertThatThrownBy(() -> mapper.readValue(doc, LocalHealthContract.class)).as(tail)
          .isInstanceOf(DocumentMappingException.class)
          .satisfies(e -> assertThat(((DocumentMappingException) e).problems()).containsExactlyElementsOf(
              ClsJson.reader().validate(doc).getError()));
    }
  }

  @Test
  void aContractNestedInAnotherDocumentLeavesTheRestToTheMapper() throws IOException {
    Map<String, LocalHealthContract> m = mapper.readValue("{\"a\": " + DOC + ", \"b\": null}",
        new TypeReference<Map<String, LocalHealthContract>>() {});
    assertThat(m.get("a")).isEqualTo(Samples.small());
    assertThat(m).containsKey("b");
    assertThat(m.get("b")).isNull();
  }

  @Test
  void theWriterRouteRefusesALoneSurrogateToo() {
    LocalHealthContract c = LocalHealthContract.builder().mergeFrom(Samples.small())
        .addPeople(Person.builder().id("p-x").name("\udc00").build()).build();
    assertThatThrownBy(() -> mapper.writeValueAsString(c)).isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("/people/" + (c.people().size() - 1) + "/name (\\udc00) holds a lone surrogate");
  }

  /** Documents, good and bad, that both routes must judge alike. */
  static List<String> corpus() throws IOException {
    List<String> docs = new ArrayList<>();
    try (var files = Files.list(Path.of("../examples"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".json") && Files.isRegularFile(f)).sorted().toList()) {
        docs.add(Files.readString(p));
      }
    }
    docs.add(DOC);
    String name = "\"name\": \"Contrat local de santé d'Avranches\"";
    for (String v : List.of("\"\\ud800\"", "\"a\\udc00\\ud800\"", "\"\\ud83d\\ude00\"", "\"\\u0000\\u001b[2J\\u202e\"",
        "\"\u0000\"", "\"\u202e\u200f\"", "null", "1e9999999999", "\"" + "x".repeat(1_000_001) + "\"",
        "\"" + "x".repeat(1_000_000) + "\"", "\"\ufeff\"", "[" .repeat(70) + "]".repeat(70))) {
      docs.add(DOC.replace(name, "\"name\": " + v));
    }
    docs.add(DOC.replace("\"region\"", "\"" + "r".repeat(1001) + "\": 1, \"region\""));
    docs.add(DOC.replace("\"region\"", "\"" + "r".repeat(1000) + "\": 1, \"region\""));
    docs.add(DOC.replace("\"region\"", "\"x\\ncls: ok\\u001b[2J\": 1, \"region\""));
    docs.add(DOC.replace("\"1.0\"", "1." + "0".repeat(999)));
    docs.add(DOC.replace("2020-07-16", "2020-02-30"));
    docs.add(DOC.replace("\"agglo\"", "\"cls-avranches\""));
    docs.add(DOC + " {}");
    docs.add("\ufeff" + DOC);
    docs.add(DOC.substring(0, DOC.length() / 2));
    docs.add(DOC.replace("\"format\"", "\"format\\u0000\""));
    docs.addAll(List.of("", " ", "null", "[]", "42", "\"cls/1\"", "{}", "x", "{\"format\": \"cls/1\"}"));
    return docs;
  }

  @Test
  void bothRoutesAcceptAndRefuseTheSameDocuments() throws IOException {
    int accepted = 0;
    for (String doc : corpus()) {
      String shown = Texts.shorten(doc);
      Validation<Seq<DocumentProblem>, LocalHealthContract> text = ClsJson.reader().validate(doc);
      agree(shown + " (text)", text, () -> mapper.readValue(doc, LocalHealthContract.class));
      byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
      Validation<Seq<DocumentProblem>, LocalHealthContract> fromBytes = ClsJson.reader().validate(
          new ByteArrayInputStream(bytes));
      if (!doc.startsWith("\ufeff")) {
        assertThat(fromBytes.isValid()).as(shown).isEqualTo(text.isValid());
      }
      agree(shown + " (bytes)", fromBytes, () -> mapper.readValue(bytes, LocalHealthContract.class));
      accepted += text.isValid() ? 1 : 0;
    }
    assertThat(accepted).as("documents accepted").isBetween(5, 10);
  }

  /** What a mapper does with a document. */
  interface MapperRead {
    LocalHealthContract read() throws IOException;
  }

  private static void agree(String doc, Validation<Seq<DocumentProblem>, LocalHealthContract> reader,
      MapperRead mapper) {
    LocalHealthContract viaMapper;
    try {
      viaMapper = mapper.read();
    } catch (DocumentMappingException e) {
      assertThat(reader.isInvalid()).as("the reader refuses too: %s", doc).isTrue();
      assertThat(e.problems()).as(doc).isNotEmpty();
      return;
    } catch (IOException e) {
      // refused by the mapper itself, before the contract starts (no content, not JSON, a byte order mark)
      assertThat(e).isInstanceOf(JsonProcessingException.class);
      assertThat(reader.isInvalid()).as("the reader refuses too: %s", doc).isTrue();
      return;
    }
    assertThat(reader.isValid()).as("the reader accepts too: %s", doc).isTrue();
    assertThat(viaMapper).isEqualTo(reader.get());
  }
}
