package io.github.clsante.cls.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of one object type of the model: its fields in the model's declaration order, each with its
 * kind, presence and documentation. Reads a {@link Node} into the type's Immutables builder, writes an instance,
 * and describes the object in the JSON Schema. Internal; immutable once built, thread-safe.
 *
 * <p>The description is a table, not code: a field names its JSON name, which is also the model accessor's, and
 * the shape finds, once, as the field is added, the accessor on the model type and the setter on
 * the builder class (the one-parameter method of the same name whose parameter takes the field's values), as
 * well as the type's static {@code builder()} and the builder's {@code build()}; they are called through
 * {@link Method#invoke}. No lambda is bootstrapped per field, which is what the reader's first use cost (a few
 * hundred {@code LambdaMetafactory} spins). A description that does not fit the model fails when {@link Model}
 * is initialised, with an {@link IllegalStateException} naming the shape and the field. The builder class is
 * reached through {@code builder()}'s return type: nothing here names a generated class.
 *
 * @param <T> the model type
 */
final class Shape<T> {

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
  static final class Field<T> {
    final String name;
    final Presence presence;
    final Kind kind;
    final @Nullable Object dflt;
    final String doc;
    /** The model type's accessor. */
    private final Method get;
    /** The builder's setter. */
    private final Method set;

    private Field(String name, Presence presence, Kind kind, @Nullable Object dflt, String doc, Method get,
        Method set) {
      this.name = name;
      this.presence = presence;
      this.kind = kind;
      this.dflt = dflt;
      this.doc = doc;
      this.get = get;
      this.set = set;
    }

    /** @return the model's value of this field in {@code t} */
    Object value(T t) {
      return invoke(get, t);
    }

    /** Sets the value read from a document on the builder. */
    void set(Object builder, Object value) {
      invoke(set, builder, value);
    }

    /** @return the value to write, or null when it is omitted (empty, or equal to the default) */
    @Nullable Object written(T t) {
      Object v = value(t);
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
  /** The model type's static {@code builder()}. */
  private final Method builder;
  /** The builder's {@code build()}. */
  private final Method build;
  /** The builder class's public methods, where setters are looked up. */
  private final Method[] builderMethods;
  final List<Field<T>> fields = new ArrayList<>();
  final Map<String, Field<T>> byName = new LinkedHashMap<>();

  /**
   * @param name the name of the object in the schema and the documentation
   * @param doc what the object is
   * @param type the model type: a public type with a static {@code builder()} whose builder has {@code build()}
   * @throws IllegalStateException if the type has no such {@code builder()} or its builder no such {@code build()}
   */
  Shape(String name, String doc, Class<T> type) {
    this.name = name;
    this.doc = doc;
    this.type = type;
    Method b = publicMethod(type, "builder");
    if (b == null || !Modifier.isStatic(b.getModifiers())) {
      throw new IllegalStateException("Shape " + name + ": " + type.getName() + " has no public static builder()");
    }
    this.builder = accessible(b);
    Class<?> builderClass = b.getReturnType();
    Method bd = publicMethod(builderClass, "build");
    if (bd == null || Modifier.isStatic(bd.getModifiers()) || !type.isAssignableFrom(bd.getReturnType())) {
      throw new IllegalStateException("Shape " + name + ": the builder " + builderClass.getName()
          + " of " + type.getName() + " has no public build() returning a " + type.getSimpleName());
    }
    this.build = accessible(bd);
    this.builderMethods = builderClass.getMethods();
  }

  private static @Nullable Method publicMethod(Class<?> c, String name) {
    try {
      return c.getMethod(name);
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /** Calls skip the caller check when the method may be made accessible (public, exported); else stay checked. */
  private static Method accessible(Method m) {
    m.trySetAccessible();
    return m;
  }

  /**
   * Calls a model or builder method, letting its own exceptions (e.g. the model's validation) through as they
   * were thrown.
   */
  private static Object invoke(Method m, @Nullable Object target, Object... args) {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(m + " threw " + cause, cause);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call " + m, e);
    }
  }

  /** @return the class of a value of type {@code c}: its wrapper when primitive */
  private static Class<?> boxed(Class<?> c) {
    return MethodType.methodType(c).wrap().returnType();
  }

  /**
   * Adds a field, resolving its accessor and setter.
   *
   * @param name the field's name in JSON, and the name of the model's accessor and of the builder's setter
   * @throws IllegalStateException naming the shape and the field if the model type has no public accessor of
   *     that name whose values fit the kind and presence, or the builder no single public setter taking them
   */
  private Shape<T> field(String name, Presence presence, Kind kind, @Nullable Object dflt, String doc) {
    Class<?> value = kind.valueType();
    Method get = publicMethod(type, name);
    Class<?> returned = get == null ? null : boxed(get.getReturnType());
    boolean fits = returned != null && !Modifier.isStatic(get.getModifiers())
        && (presence == Presence.OPTIONAL ? returned == Optional.class : value.isAssignableFrom(returned));
    if (!fits) {
      throw new IllegalStateException("Shape " + this.name + ", field \"" + name + "\": " + type.getName()
          + " has no public accessor " + name + "() returning "
          + (presence == Presence.OPTIONAL ? "an Optional" : "a " + value.getSimpleName())
          + (get == null ? "" : " (it returns " + get.getGenericReturnType().getTypeName() + ")"));
    }
    Method set = null;
    int found = 0;
    for (Method m : builderMethods) {
      if (m.getName().equals(name) && m.getParameterCount() == 1 && !Modifier.isStatic(m.getModifiers())
          && boxed(m.getParameterTypes()[0]).isAssignableFrom(value)) {
        set = m;
        found++;
      }
    }
    if (found != 1) {
      throw new IllegalStateException("Shape " + this.name + ", field \"" + name + "\": the builder "
          + builder.getReturnType().getName() + " has " + (found == 0 ? "no" : found) + " public setter "
          + name + "(…) taking a " + value.getSimpleName() + (found == 0 ? "" : ": ambiguous"));
    }
    Field<T> f = new Field<>(name, presence, kind, dflt, doc, accessible(get), accessible(set));
    fields.add(f);
    byName.put(f.name, f);
    return this;
  }

  /** A field that must be present; its accessor returns the value. */
  Shape<T> required(String name, Kind kind, String doc) {
    return field(name, Presence.REQUIRED, kind, null, doc);
  }

  /** A field that may be absent; its accessor returns an {@code Optional}. */
  Shape<T> optional(String name, Kind kind, String doc) {
    return field(name, Presence.OPTIONAL, kind, null, doc);
  }

  /** A field that may be absent, then the model's default {@code dflt}, which is not written. */
  Shape<T> withDefault(String name, Kind kind, Object dflt, String doc) {
    return field(name, Presence.DEFAULT, kind, dflt, doc);
  }

  /** A list or set, empty when absent, and not written when empty. */
  Shape<T> many(String name, Kind kind, String doc) {
    return field(name, Presence.MANY, kind, null, doc);
  }

  /** @return the names of the fields, in order (unmodifiable) */
  List<String> names() {
    return List.copyOf(byName.keySet());
  }

  /**
   * Reads an object; records every problem of it and its descendants.
   *
   * @param ignored names of fields handled by the caller (e.g. "format" at the root)
   * @return the built value, or {@link Kind#FAIL}
   */
  Object read(Node n, Pointer ptr, Reading r, String... ignored) {
    if (n.type != Node.Type.OBJECT) {
      return r.problem(ptr, n, "an object (" + name + ")", n.describe());
    }
    boolean ok = true;
    for (Map.Entry<String, Node> e : n.fields.entrySet()) {
      if (!byName.containsKey(e.getKey()) && !List.of(ignored).contains(e.getKey())) {
        List<String> allowed = new ArrayList<>(List.of(ignored));
        allowed.addAll(names());
        String near = Texts.closest(e.getKey(), allowed);
        r.problemAtName(ptr.field(e.getKey()), e.getValue(),
            "one of the fields " + Texts.oneOf(allowed),
            Texts.quote(e.getKey()) + (near == null ? "" : " (did you mean \"" + near + "\"?)"));
        ok = false;
      }
    }
    Object b = invoke(builder, null);
    for (Field<T> f : fields) {
      Node v = n.fields.get(f.name);
      if (v == null) {
        if (f.presence == Presence.REQUIRED) {
          r.problem(ptr.field(f.name), n, "the required field \"" + f.name + "\" (" + plain(f.kind) + ")",
              "no such field");
          ok = false;
        }
        continue;
      }
      Object value = f.kind.read(v, ptr.field(f.name), r);
      if (value == Kind.FAIL) {
        ok = false;
      } else if (ok) {
        f.set(b, value);
      }
    }
    return ok ? invoke(build, b) : Kind.FAIL;
  }

  private static String plain(Kind k) {
    return k.doc().replaceAll("\\[([^]]*)]\\([^)]*\\)", "$1").replace("`", "");
  }

  String loneSurrogateUnchecked(Object v, Pointer ptr) {
    return loneSurrogate(type.cast(v), ptr);
  }

  /**
   * @param t a model object
   * @param ptr its JSON Pointer
   * @return where the first text written for it holds a lone surrogate, or null
   */
  @Nullable String loneSurrogate(T t, Pointer ptr) {
    for (Field<T> f : fields) {
      Object v = f.written(t);
      String at = v == null ? null : f.kind.loneSurrogate(v, ptr.field(f.name));
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
    for (Field<T> f : fields) {
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
    for (Field<T> f : fields) {
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
