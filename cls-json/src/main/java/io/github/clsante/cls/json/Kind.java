package io.github.clsante.cls.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.clsante.cls.internal.Printable;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of one kind of value of the model: how it is read (with problems), written, and described in
 * the JSON Schema and the format documentation. Internal; instances are immutable and thread-safe.
 */
abstract class Kind {

  /** Returned by {@link #read} when the value is refused (a problem was recorded). */
  static final Object FAIL = new Object();

  /**
   * @param n the value in the document
   * @param ptr its JSON Pointer (made into text only for a problem)
   * @param r where problems go
   * @return the model value, or {@link #FAIL}
   */
  abstract Object read(Node n, Pointer ptr, Reading r);

  abstract void write(JsonGenerator g, Object v) throws IOException;

  /**
   * @param v a model value of this kind
   * @param ptr its JSON Pointer (made into text only for a text that holds one)
   * @return where the first text in it holds a lone surrogate (pointer and the surrogate, escaped), or null
   */
  @Nullable String loneSurrogate(Object v, Pointer ptr) {
    return null;
  }

  /** @return the JSON Schema of the value, as an ordered map */
  abstract Map<String, Object> schema();

  /** @return a short description for the format documentation */
  abstract String doc();

  /**
   * @return the class of the values {@link #read} returns (boxed for numbers and booleans), by which
   *     {@link Shape} finds the model's accessor and the builder's setter of a field of this kind
   */
  abstract Class<?> valueType();

  static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  /** A JSON string, optionally of a given form. */
  static final class Text extends Kind {
    private final String expected;
    private final Predicate<String> check;
    private final String pattern;
    private final String doc;

    Text(String doc, String expected, Predicate<String> check, String pattern) {
      this.doc = doc;
      this.expected = expected;
      this.check = check;
      this.pattern = pattern;
    }

    @Override
    Object read(Node n, Pointer ptr, Reading r) {
      if (n.type != Node.Type.STRING) {
        return r.problem(ptr, n, expected == null ? "a string" : expected, n.describe());
      }
      int lone = Printable.loneSurrogate(n.text);
      if (lone >= 0) {
        return r.problem(ptr, n, "text of Unicode characters", String.format(java.util.Locale.ROOT,
            "a lone surrogate \\u%04x in %s", (int) n.text.charAt(lone), Texts.quote(n.text)));
      }
      if (check != null && !check.test(n.text)) {
        return r.problem(ptr, n, expected, n.describe());
      }
      return n.text;
    }

    @Override
    void write(JsonGenerator g, Object v) throws IOException {
      g.writeString((String) v);
    }

    @Override
    @Nullable String loneSurrogate(Object v, Pointer ptr) {
      int at = Printable.loneSurrogate((String) v);
      return at < 0 ? null : ptr + " (" + Printable.escape(String.valueOf(((String) v).charAt(at))) + ")";
    }

    @Override
    Map<String, Object> schema() {
      return pattern == null ? map("type", "string") : map("type", "string", "pattern", pattern);
    }

    @Override
    Class<?> valueType() {
      return String.class;
    }

    @Override
    String doc() {
      return doc;
    }
  }

  /** An enum constant, written as its name. */
  static final class Enumerated extends Kind {
    final Class<? extends Enum<?>> type;
    final List<String> names;

    Enumerated(Class<? extends Enum<?>> type) {
      this.type = type;
      this.names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toList());
    }

    @Override
    Object read(Node n, Pointer ptr, Reading r) {
      if (n.type == Node.Type.STRING) {
        int i = names.indexOf(n.text);
        if (i >= 0) {
          return type.getEnumConstants()[i];
        }
      }
      return r.problem(ptr, n, "one of " + Texts.oneOf(names), n.describe());
    }

    @Override
    void write(JsonGenerator g, Object v) throws IOException {
      g.writeString(((Enum<?>) v).name());
    }

    @Override
    Map<String, Object> schema() {
      return map("type", "string", "enum", names);
    }

    @Override
    Class<?> valueType() {
      return type;
    }

    @Override
    String doc() {
      return "one of `" + String.join("`, `", names) + "`";
    }
  }

  /** An ISO-8601 calendar date, YYYY-MM-DD. */
  static final class Date extends Kind {
    private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Override
    Object read(Node n, Pointer ptr, Reading r) {
      if (n.type == Node.Type.STRING && FORM.matcher(n.text).matches()) {
        try {
          return LocalDate.parse(n.text);
        } catch (DateTimeParseException e) {
          // falls through
        }
      }
      return r.problem(ptr, n, "a date YYYY-MM-DD (ISO 8601)", n.describe());
    }

    @Override
    void write(JsonGenerator g, Object v) throws IOException {
      g.writeString(v.toString());
    }

    @Override
    Map<String, Object> schema() {
      return map("type", "string", "format", "date");
    }

    @Override
    Class<?> valueType() {
      return LocalDate.class;
    }

    @Override
    String doc() {
      return "date `YYYY-MM-DD`";
    }
  }

  /** A whole number that fits a Java int. */
  static final class Int extends Kind {
    @Override
    Object read(Node n, Pointer ptr, Reading r) {
      if (n.type == Node.Type.NUMBER && n.number != null) {
        try {
          return n.number.intValueExact();
        } catch (ArithmeticException e) {
          // falls through
        }
      }
      return r.problem(ptr, n, "an integer", n.describe());
    }

    @Override
    void write(JsonGenerator g, Object v) throws IOException {
      g.writeNumber((Integer) v);
    }

    @Override
    Map<String, Object> schema() {
      return map("type", "integer");
    }

    @Override
    Class<?> valueType() {
      return Integer.class;
    }

    @Override
    String doc() {
      return "integer";
    }
  }

  /** true or false. */
  static final class Bool extends Kind {
    @Override
    Object read(Node n, Pointer ptr, Reading r) {
      return n.type == Node.Type.BOOLEAN ? (Object) n.bool : r.problem(ptr, n, "true or false", n.describe());
    }

    @Override
    void write(JsonGenerator g, Object v) throws IOException {
      g.writeBoolean((Boolean) v);
    }

    @Override
    Map<String, Object> schema() {
      return map("type", "boolean");
    }

    @Override
    Class<?> valueType() {
      return Boolean.class;
    }

    @Override
    String doc() {
      return "boolean";
    }
  }

  /** A decimal number of 0 or more, kept exactly (scale included). */
  static final class Amount extends Kind {
    /** Bound on the scale, so that no number expands into a huge plain text. */
    static final int MAX_SCALE = 100;

    @Override
    Object read(Node n, Pointer ptr, Reading r) {
      if (n.type == Node.Type.NUMBER && n.number != null && n.number.signum() >= 0
          && Math.abs(n.number.scale()) <= MAX_SCALE) {
        return n.number;
      }
      return r.problem(ptr, n, "a number of 0 or more", n.describe());
    }

    @Override
    void write(JsonGenerator g, Object v) throws IOException {
      g.writeNumber((BigDecimal) v);
    }

    @Override
    Map<String, Object> schema() {
      return map("type", "number", "minimum", 0);
    }

    @Override
    Class<?> valueType() {
      return BigDecimal.class;
    }

    @Override
    String doc() {
      return "number ≥ 0";
    }
  }

  /** A nested object of the model. */
  static final class Obj extends Kind {
    final Shape<?> shape;

    Obj(Shape<?> shape) {
      this.shape = shape;
    }

    @Override
    Object read(Node n, Pointer ptr, Reading r) {
      return shape.read(n, ptr, r);
    }

    @Override
    void write(JsonGenerator g, Object v) throws IOException {
      shape.writeUnchecked(g, v);
    }

    @Override
    @Nullable String loneSurrogate(Object v, Pointer ptr) {
      return shape.loneSurrogateUnchecked(v, ptr);
    }

    @Override
    Map<String, Object> schema() {
      return map("$ref", "#/$defs/" + shape.name);
    }

    @Override
    Class<?> valueType() {
      return shape.type;
    }

    @Override
    String doc() {
      return "[" + shape.name + "](#" + shape.name.toLowerCase(java.util.Locale.ROOT) + ")";
    }
  }

  /** A JSON array, read into a list in document order. */
  static final class ListOf extends Kind {
    final Kind item;

    ListOf(Kind item) {
      this.item = item;
    }

    @Override
    Object read(Node n, Pointer ptr, Reading r) {
      if (n.type != Node.Type.ARRAY) {
        return r.problem(ptr, n, "an array", n.describe());
      }
      List<Object> out = new ArrayList<>();
      boolean ok = true;
      for (int i = 0; i < n.items.size(); i++) {
        Object v = item.read(n.items.get(i), ptr.item(i), r);
        if (v == FAIL) {
          ok = false;
        } else {
          out.add(v);
        }
      }
      return ok ? out : FAIL;
    }

    @Override
    void write(JsonGenerator g, Object v) throws IOException {
      g.writeStartArray();
      for (Object o : (Collection<?>) v) {
        item.write(g, o);
      }
      g.writeEndArray();
    }

    @Override
    @Nullable String loneSurrogate(Object v, Pointer ptr) {
      int i = 0;
      for (Object o : (Collection<?>) v) {
        String at = item.loneSurrogate(o, ptr.item(i++));
        if (at != null) {
          return at;
        }
      }
      return null;
    }

    @Override
    Map<String, Object> schema() {
      return map("type", "array", "items", item.schema());
    }

    @Override
    Class<?> valueType() {
      return List.class;
    }

    @Override
    String doc() {
      return "array of " + item.doc();
    }
  }

  /** A set of enum constants: an array without repeats, written in the enum's declaration order. */
  static final class SetOf extends Kind {
    final Enumerated item;

    SetOf(Enumerated item) {
      this.item = item;
    }

    @Override
    Object read(Node n, Pointer ptr, Reading r) {
      if (n.type != Node.Type.ARRAY) {
        return r.problem(ptr, n, "an array", n.describe());
      }
      Set<Object> out = new LinkedHashSet<>();
      boolean ok = true;
      for (int i = 0; i < n.items.size(); i++) {
        Object v = item.read(n.items.get(i), ptr.item(i), r);
        if (v == FAIL) {
          ok = false;
        } else if (!out.add(v)) {
          r.problem(ptr.item(i), n.items.get(i), "each value once in the array", n.items.get(i).describe()
              + " a second time");
          ok = false;
        }
      }
      return ok ? out : FAIL;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    void write(JsonGenerator g, Object v) throws IOException {
      g.writeStartArray();
      List<Enum> sorted = new ArrayList<>((Collection<Enum>) v);
      sorted.sort(null);
      for (Enum e : sorted) {
        g.writeString(e.name());
      }
      g.writeEndArray();
    }

    @Override
    Map<String, Object> schema() {
      return map("type", "array", "items", item.schema(), "uniqueItems", true);
    }

    @Override
    Class<?> valueType() {
      return Set.class;
    }

    @Override
    String doc() {
      return "array without repeats of " + item.doc();
    }
  }

  static <E extends Enum<E>> Set<E> none(Class<E> type) {
    return EnumSet.noneOf(type);
  }
}
