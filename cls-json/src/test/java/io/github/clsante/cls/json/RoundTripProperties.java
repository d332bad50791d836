package io.github.clsante.cls.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.clsante.cls.model.LocalHealthContract;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** read(write(c)) equals c; write(read(d)) is stable; the field order is the model's. */
class RoundTripProperties {

  @Provide
  Arbitrary<LocalHealthContract> contracts() {
    return Generators.contracts();
  }

  @Property
  void readOfWriteIsTheContract(@ForAll("contracts") LocalHealthContract c) {
    assertThat(ClsJson.reader().read(ClsJson.writer().write(c))).isEqualTo(c);
  }

  @Property(tries = 50)
  void readOfWriteThroughStreamsIsTheContract(@ForAll("contracts") LocalHealthContract c) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ClsJson.writer().write(c, out);
    assertThat(ClsJson.reader().read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(c);
    assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(ClsJson.writer().write(c));
  }

  @Property
  void writeOfReadIsStable(@ForAll("contracts") LocalHealthContract c) throws Exception {
    String d = ClsJson.writer().write(c);
    assertThat(ClsJson.writer().write(ClsJson.reader().read(d))).isEqualTo(d);
    // any other order of the same fields, compact, reads to the same contract and writes canonically
    JsonNode scrambled = reverse(Schemas.MAPPER.readTree(d));
    String other = new ObjectMapper().writeValueAsString(scrambled);
    assertThat(ClsJson.writer().write(ClsJson.reader().read(other))).isEqualTo(d);
  }

  @Property
  void fieldsAreWrittenInTheModelsOrder(@ForAll("contracts") LocalHealthContract c) throws Exception {
    JsonNode d = Schemas.MAPPER.readTree(ClsJson.writer().write(c));
    assertThat(d.fieldNames().next()).isEqualTo("format");
    ((ObjectNode) d).remove("format");
    inOrder(d, Model.CONTRACT);
  }

  @Property(tries = 50)
  void theJacksonModuleReadsAndWritesTheSameDocuments(@ForAll("contracts") LocalHealthContract c)
      throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    String viaMapper = mapper.writeValueAsString(c);
    assertThat(mapper.readValue(viaMapper, LocalHealthContract.class)).isEqualTo(c);
    assertThat(Schemas.MAPPER.readTree(viaMapper)).isEqualTo(Schemas.MAPPER.readTree(ClsJson.writer().write(c)));
  }

  private static void inOrder(JsonNode n, Shape<?> shape) {
    List<String> names = new ArrayList<>();
    n.fieldNames().forEachRemaining(names::add);
    List<String> expected = new ArrayList<>(shape.names());
    expected.retainAll(names);
    assertThat(names).isEqualTo(expected);
    for (Shape.Field<?> f : shape.fields) {
      JsonNode v = n.get(f.name);
      if (v == null) {
        continue;
      }
      Kind k = f.kind;
      if (k instanceof Kind.Obj) {
        inOrder(v, ((Kind.Obj) k).shape);
      } else if (k instanceof Kind.ListOf && ((Kind.ListOf) k).item instanceof Kind.Obj) {
        for (JsonNode item : v) {
          inOrder(item, ((Kind.Obj) ((Kind.ListOf) k).item).shape);
        }
      } else if (k instanceof Kind.SetOf) {
        List<Integer> ordinals = new ArrayList<>();
        v.forEach(x -> ordinals.add(((Kind.SetOf) k).item.names.indexOf(x.asText())));
        List<Integer> sorted = new ArrayList<>(ordinals);
        Collections.sort(sorted);
        assertThat(ordinals).isEqualTo(sorted);
      }
    }
  }

  private static JsonNode reverse(JsonNode n) {
    if (n.isObject()) {
      ObjectNode o = Schemas.MAPPER.createObjectNode();
      List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        entries.add(it.next());
      }
      Collections.reverse(entries);
      entries.forEach(e -> o.set(e.getKey(), reverse(e.getValue())));
      return o;
    }
    if (n.isArray()) {
      var a = Schemas.MAPPER.createArrayNode();
      n.forEach(x -> a.add(reverse(x)));
      return a;
    }
    return n;
  }
}
