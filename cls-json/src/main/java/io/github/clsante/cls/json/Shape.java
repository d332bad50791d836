package io.github.clsante.cls.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of one object type of the model: its fields in the model's declaration order, each with its
 * kind, presence and accessors. Reads a {@link Node} into the type's Immutables builder, writes an instance,
 * and describes the object in the JSON Schema. Internal; immutable once built, thread-safe.
 *
 * @param <T> the model type
 * @param <B> its builder
 */
final class Shape<T, B> {

  /** How a field is present in a document. */
  enum Presence {
    /** Must be present. */
    REQUIRED,
    /** May be absent: an empty {@code Optional}. */
    OPTIONAL,
    /** May be absent: the model's default value. */
    DEFAULT,
    /** May be absent: an empty collection. */
    MANY
  }

  /** One field. */
  static final class Field<T, B> {
    final String name;
    final Presence presence;
    final Kind kind;
    final Function<T, ?> get;
    final BiConsumer<B, Object> set;
    final Object dflt;
    final String doc;

    Field(String name, Presence presence, Kind kind, Function<T, ?> get, BiConsumer<B, Object> set, Object dflt,
        String doc) {
      this.name = name;
      this.presence = presence;
      this.kind = kind;
      this.get = get;
      this.set = set;
      this.dflt = dflt;
      this.doc = doc;
    }

    /** @return the value to write, or null when it is omitted (empty, or equal to the default) */
    @Nullable Object written(T t) {
      Object v = get.apply(t);
      switch (presence) {
        case OPTIONAL:
          return ((Optional<?>) v).orElse(null);
        case DEFAULT:
          return Objects.equals(v, dflt) ? null : v;
        case MANY:
          return ((Collection<?>) v).isEmpty() ? null : v;
        default:
          return v;
      }
    }
  }

  final String name;
  final String doc;
  final Class<T> type;
  final Supplier<B> builder;
  final Function<B, T> build;
  final List<Field<T, B>> fields = new ArrayList<>();
  final Map<String, Field<T, B>> byName = new LinkedHashMap<>();

  Shape(String name, String doc, Class<T> type, Supplier<B> builder, Function<B, T> build) {
    this.name = name;
    this.doc = doc;
    this.type = type;
    this.builder = builder;
    this.build = build;
  }

  private Shape<T, B> add(Field<T, B> f) {
    fields.add(f);
    byName.put(f.name, f);
    return this;
  }

  Shape<T, B> required(String name, Kind kind, Function<T, ?> get, BiConsumer<B, Object> set, String doc) {
    return add(new Field<>(name, Presence.REQUIRED, kind, get, set, null, doc));
  }

  Shape<T, B> optional(String name, Kind kind, Function<T, ? extends Optional<?>> get, BiConsumer<B, Object> set,
      String doc) {
    return add(new Field<>(name, Presence.OPTIONAL, kind, get, set, null, doc));
  }

  Shape<T, B> withDefault(String name, Kind kind, Object dflt, Function<T, ?> get, BiConsumer<B, Object> set,
      String doc) {
    return add(new Field<>(name, Presence.DEFAULT, kind, get, set, dflt, doc));
  }

  Shape<T, B> many(String name, Kind kind, Function<T, ? extends Collection<?>> get, BiConsumer<B, Object> set,
      String doc) {
    return add(new Field<>(name, Presence.MANY, kind, get, set, null, doc));
  }

  /** @return the names of the fields, in order */
  List<String> names() {
    return fields.stream().map(f -> f.name).collect(Collectors.toList());
  }

  /**
   * Reads an object; records every problem of it and its descendants.
   *
   * @param ignored names of fields handled by the caller (e.g. "format" at the root)
   * @return the built value, or {@link Kind#FAIL}
   */
  Object read(Node n, String ptr, Reading r, String... ignored) {
    if (n.type != Node.Type.OBJECT) {
      return r.problem(ptr, n, "an object (" + name + ")", n.describe());
    }
    boolean ok = true;
    List<String> allowed = new ArrayList<>(List.of(ignored));
    allowed.addAll(names());
    for (Map.Entry<String, Node> e : n.fields.entrySet()) {
      if (!allowed.contains(e.getKey())) {
        String near = Texts.closest(e.getKey(), allowed);
        r.problemAtName(Texts.child(ptr, e.getKey()), e.getValue(),
            "one of the fields " + Texts.oneOf(allowed),
            Texts.quote(e.getKey()) + (near == null ? "" : " (did you mean \"" + near + "\"?)"));
        ok = false;
      }
    }
    B b = builder.get();
    for (Field<T, B> f : fields) {
      Node v = n.fields.get(f.name);
      String fp = Texts.child(ptr, f.name);
      if (v == null) {
        if (f.presence == Presence.REQUIRED) {
          r.problem(fp, n, "the required field \"" + f.name + "\" (" + plain(f.kind) + ")", "no such field");
          ok = false;
        }
        continue;
      }
      Object value = f.kind.read(v, fp, r);
      if (value == Kind.FAIL) {
        ok = false;
      } else if (ok) {
        f.set.accept(b, value);
      }
    }
    return ok ? build.apply(b) : Kind.FAIL;
  }

  private static String plain(Kind k) {
    return k.doc().replaceAll("\\[([^]]*)]\\([^)]*\\)", "$1").replace("`", "");
  }

  String loneSurrogateUnchecked(Object v, String ptr) {
    return loneSurrogate(type.cast(v), ptr);
  }

  /**
   * @param t a model object
   * @param ptr its JSON Pointer
   * @return where the first text written for it holds a lone surrogate, or null
   */
  @Nullable String loneSurrogate(T t, String ptr) {
    for (Field<T, B> f : fields) {
      Object v = f.written(t);
      String at = v == null ? null : f.kind.loneSurrogate(v, Texts.child(ptr, f.name));
      if (at != null) {
        return at;
      }
    }
    return null;
  }

  void writeUnchecked(JsonGenerator g, Object v) throws IOException {
    write(g, type.cast(v), null);
  }

  /**
   * Writes an object: the fields in declaration order, leaving out empty optionals, empty collections and
   * values equal to the default.
   *
   * @param first a field/value pair written first (e.g. "format"), or null
   */
  void write(JsonGenerator g, T t, String @Nullable [] first) throws IOException {
    g.writeStartObject();
    if (first != null) {
      g.writeStringField(first[0], first[1]);
    }
    for (Field<T, B> f : fields) {
      Object v = f.written(t);
      if (v != null) {
        g.writeFieldName(f.name);
        f.kind.write(g, v);
      }
    }
    g.writeEndObject();
  }

  /** @return the JSON Schema of the object */
  Map<String, Object> schema(Map<String, Object> extraProperties, List<String> extraRequired) {
    Map<String, Object> props = new LinkedHashMap<>(extraProperties);
    List<String> req = new ArrayList<>(extraRequired);
    for (Field<T, B> f : fields) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("description", f.doc);
      s.putAll(f.kind.schema());
      if (f.kind instanceof Kind.Obj) {
        // $ref with siblings is fine in 2020-12
        s.remove("description");
        s = Kind.map("description", f.doc, "$ref", f.kind.schema().get("$ref"));
      }
      props.put(f.name, s);
      if (f.presence == Presence.REQUIRED) {
        req.add(f.name);
      }
    }
    Map<String, Object> m = Kind.map("description", doc, "type", "object");
    if (!req.isEmpty()) {
      m.put("required", req);
    }
    m.put("properties", props);
    m.put("additionalProperties", false);
    return m;
  }
}
