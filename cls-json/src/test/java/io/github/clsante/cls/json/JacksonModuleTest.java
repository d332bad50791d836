package io.github.clsante.cls.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.clsante.cls.model.LocalHealthContract;
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
}
