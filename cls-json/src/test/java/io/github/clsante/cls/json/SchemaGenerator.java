package io.github.clsante.cls.json;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Generates the JSON Schema text of cls/1 from the format's one description ({@link Model}). */
final class SchemaGenerator {

  private SchemaGenerator() {}

  static String generate() throws Exception {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", "https://clsante.github.io/cls/cls-1.schema.json");
    root.put("title", "cls/1: a Contrat local de santé");
    Map<String, Object> contract = Model.CONTRACT.schema(
        Map.of("format", Kind.map("description", "the format of the document", "const", Model.FORMAT)),
        List.of("format"));
    root.putAll(contract);
    Map<String, Object> defs = new LinkedHashMap<>();
    for (Shape<?> s : Model.SHAPES) {
      if (s != Model.CONTRACT) {
        defs.put(s.name, s.schema(Map.of(), List.of()));
      }
    }
    root.put("$defs", defs);
    DefaultIndenter lf = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)).withObjectIndenter(lf).withArrayIndenter(lf);
    return new ObjectMapper().writer(pp).writeValueAsString(root) + "\n";
  }
}
