package io.github.clsante.cls.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Mutations of cls/1 documents for the fuzz test: structure-aware ones on the JSON tree (delete, duplicate and
 * swap fields, change types, bad enums, dates, ids and references, huge and long numbers, hostile text and field
 * names), and text or byte ones (syntax, truncation, byte flips, byte order marks and other encodings, NUL bytes,
 * ill-formed UTF-8). Deterministic: the same random source gives the same mutation. Test code.
 */
final class DocumentMutator {

  /** The classes of mutation, each reported with its own figures. */
  enum Kind {
    DELETE_FIELD, DUPLICATE_FIELD, SWAP_FIELDS, CHANGE_TYPE, BAD_ENUM, BAD_DATE, BAD_ID, DANGLING_REFERENCE,
    NUMBER, HOSTILE_TEXT, FIELD_NAME, SYNTAX, TRUNCATION, BYTE_FLIP, BOM_AND_ENCODING, NUL_BYTES, INVALID_UTF8
  }

  /**
   * One input: the document as text (a Java string, which may hold what no UTF-8 text can, e.g. a raw lone
   * surrogate), or as bytes.
   *
   * @param kind the mutation applied
   * @param text the text, or null for a byte-level input
   * @param bytes the bytes, or null for a text-level input
   * @param what what was done, for a defect report
   */
  record Input(Kind kind, String text, byte[] bytes, String what) {}

  private static final ObjectMapper TREES = new ObjectMapper().setNodeFactory(
      JsonNodeFactory.withExactBigDecimals(true))
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final Pattern ENUM = Pattern.compile("[A-Z][A-Z_]+");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final List<String> BAD_DATES = List.of("2023-02-30", "2023-02-29", "2024-02-29", "2023-2-3",
      "20230101", "0000-01-01", "1899-12-31", "1900-01-01", "2200-12-31", "2201-01-01", "9999-12-31", "2023-13-01",
      "2023-00-10", " 2023-01-01", "2023-01-01T00:00", "+2023-01-01", "-2023-01-01", "２０２３-01-01", "");
  private static final List<String> ODD_VALUES = List.of("null", "true", "false", "0", "-1", "1.5", "\"\"",
      "\"x\"", "[]", "{}", "[1]", "{\"a\": 1}", "\"2024-01-01\"", "\"COPIL\"", "[null]", "[[]]");
  private static final List<String> NUMBERS = List.of("1e999999999", "1e-999999999", "1E2147483648",
      "-1e2147483648", "1e2147483647", "-0", "-0.0", "0e0", "1e2", "1.0e1", "12345678901234567890123",
      "1" + "0".repeat(999), "1" + "0".repeat(1000), "0." + "0".repeat(100) + "1", "1e100", "1e101", "1e-101",
      "-1", "2147483648", "-2147483649", "1900", "2200", "2201", "1899", "3.5", "0.1", "100000000000000.01",
      "NaN", "Infinity", "-Infinity", "01", "1.", ".5", "+1", "0x10", "1e", "--1", "1_000");
  private static final List<String> INSERTS = List.of("\ud800", "\udc00", "\udc00\ud800", "\u0000", "\ufeff",
      "\u202e", "\u200f", "\u2066", "\u0085", "\u007f", "\u001b[2J", "\u2028", "😀", "e\u0301", "\u00a0",
      "\n", "\t", "\"", "\\", "\u009b", "\udb40\udc41");
  private static final List<String> RAW_IN_STRING = List.of("\\ud800", "\\udfff\\ud800", "\\ud83d\\ude00",
      "\\u0000", "\\uD800\\uDC00", "\\ud800x", "\u0000", "\u0001", "\u001f", "\n", "\\x", "\\u12", "\\u00G0");
  private static final int[][] ILL_FORMED = {{0xC0, 0xAF}, {0xC1, 0xBF}, {0xE0, 0x80, 0xAF}, {0xED, 0xA0, 0x80},
      {0xED, 0xBF, 0xBF}, {0xF0, 0x80, 0x80, 0xAF}, {0xF4, 0x90, 0x80, 0x80}, {0xF8, 0x88, 0x80, 0x80, 0x80},
      {0xFF}, {0xFE}, {0x80}, {0xBF}, {0xC3}, {0xE2, 0x82}, {0xF0, 0x9F, 0x98}};

  private final Random r;
  private final JsonNode tree;
  private final String text;
  /** Values written as given text instead of their node's (a number a tree cannot hold, a raw string). */
  private final Map<JsonNode, String> raw = new IdentityHashMap<>();
  /** Members written a second time after an object's own. */
  private final Map<JsonNode, List<Map.Entry<String, JsonNode>>> extra = new IdentityHashMap<>();

  private DocumentMutator(Random r, String base) {
    this.r = r;
    this.text = base;
    try {
      this.tree = TREES.readTree(base);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param kind the class of mutation
   * @param base a readable document
   * @param r the source of every choice
   * @return the mutated input
   */
  static Input mutate(Kind kind, String base, Random r) {
    return new DocumentMutator(r, base).apply(kind);
  }

  private Input apply(Kind kind) {
    StringBuilder what = new StringBuilder(kind.name());
    switch (kind) {
      case TRUNCATION -> {
        if (r.nextBoolean()) {
          int end = r.nextInt(text.length() + 1);
          return new Input(kind, text.substring(0, end), null, what.append(" text at ").append(end).toString());
        }
        byte[] b = utf8(text);
        int end = r.nextInt(b.length + 1);
        return new Input(kind, null, java.util.Arrays.copyOf(b, end), what.append(" bytes at ").append(end)
            .toString());
      }
      case BYTE_FLIP -> {
        byte[] b = utf8(text);
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
          int at = r.nextInt(b.length);
          b[at] = r.nextBoolean() ? (byte) (b[at] ^ (1 << r.nextInt(8))) : (byte) r.nextInt(256);
          what.append(' ').append(at);
        }
        return new Input(kind, null, b, what.toString());
      }
      case BOM_AND_ENCODING -> {
        return encoding(what);
      }
      case NUL_BYTES -> {
        byte[] b = utf8(text);
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
          int at = r.nextInt(b.length + 1);
          b = insert(b, at, new byte[] {0});
          what.append(' ').append(at);
        }
        return new Input(kind, null, b, what.toString());
      }
      case INVALID_UTF8 -> {
        byte[] b = utf8(text);
        int[] seq = ILL_FORMED[r.nextInt(ILL_FORMED.length)];
        byte[] s = new byte[seq.length];
        for (int i = 0; i < seq.length; i++) {
          s[i] = (byte) seq[i];
        }
        int at = r.nextInt(4) == 0 ? b.length : afterAQuote(b);
        return new Input(kind, null, insert(b, at, s), what.append(' ').append(hex(s)).append(" at ").append(at)
            .toString());
      }
      case SYNTAX -> {
        return new Input(kind, syntax(render(tree), what), null, what.toString());
      }
      default -> {
        int edits = 1 + (r.nextInt(4) == 0 ? r.nextInt(3) : 0);
        for (int i = 0; i < edits; i++) {
          structural(kind, what);
        }
        return new Input(kind, render(tree), null, what.toString());
      }
    }
  }

  // --- structure-aware mutations ---

  /** A value in the tree: its container (null for the root), its name or index, and the value. */
  private record Slot(JsonNode parent, String name, int index, JsonNode value, String pointer) {}

  private List<Slot> slots() {
    List<Slot> out = new ArrayList<>();
    collect(null, null, -1, tree, "", out);
    return out;
  }

  private static void collect(JsonNode parent, String name, int index, JsonNode n, String ptr, List<Slot> out) {
    out.add(new Slot(parent, name, index, n, ptr));
    if (n.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        collect(n, e.getKey(), -1, e.getValue(), ptr + "/" + e.getKey(), out);
      }
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        collect(n, null, i, n.get(i), ptr + "/" + i, out);
      }
    }
  }

  private Slot pick(Predicate<Slot> p) {
    List<Slot> s = slots().stream().filter(p).toList();
    return s.isEmpty() ? null : s.get(r.nextInt(s.size()));
  }

  private static void set(Slot s, JsonNode v) {
    if (s.parent() instanceof ObjectNode o) {
      o.set(s.name(), v);
    } else if (s.parent() instanceof ArrayNode a) {
      a.set(s.index(), v);
    }
  }

  /** Replaces a value by text written as is. */
  private void setRaw(Slot s, String json) {
    TextNode placeholder = new TextNode("raw");
    raw.put(placeholder, json);
    set(s, placeholder);
  }

  private JsonNode parsed(String json) {
    try {
      return TREES.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> T any(List<T> from) {
    return from.get(r.nextInt(from.size()));
  }

  private void structural(Kind kind, StringBuilder what) {
    Slot s;
    switch (kind) {
      case DELETE_FIELD -> {
        s = pick(x -> x.value().isObject() && x.value().size() > 0);
        if (s != null) {
          List<String> names = new ArrayList<>();
          s.value().fieldNames().forEachRemaining(names::add);
          String name = any(names);
          ((ObjectNode) s.value()).remove(name);
          what.append(' ').append(s.pointer()).append('/').append(name);
        }
      }
      case DUPLICATE_FIELD -> {
        s = pick(x -> x.value().isObject() && x.value().size() > 0);
        if (s != null) {
          List<String> names = new ArrayList<>();
          s.value().fieldNames().forEachRemaining(names::add);
          String name = any(names);
          JsonNode again = r.nextBoolean() ? s.value().get(name).deepCopy() : parsed(any(ODD_VALUES));
          extra.computeIfAbsent(s.value(), k -> new ArrayList<>()).add(Map.entry(name, again));
          what.append(' ').append(s.pointer()).append('/').append(name);
        }
      }
      case SWAP_FIELDS -> {
        s = pick(x -> x.value().isObject() && x.value().size() > 1);
        if (s != null) {
          ObjectNode o = (ObjectNode) s.value();
          List<String> names = new ArrayList<>();
          o.fieldNames().forEachRemaining(names::add);
          if (r.nextInt(3) == 0) { // reorder the members: a reader must not care
            java.util.Collections.shuffle(names, r);
            ObjectNode copy = o.deepCopy();
            o.removeAll();
            names.forEach(n -> o.set(n, copy.get(n)));
            what.append(" reorder ").append(s.pointer());
          } else {
            String a = any(names);
            String b = any(names);
            JsonNode va = o.get(a);
            o.set(a, o.get(b));
            o.set(b, va);
            what.append(' ').append(s.pointer()).append(' ').append(a).append('/').append(b);
          }
        }
      }
      case CHANGE_TYPE -> {
        s = pick(x -> x.parent() != null);
        if (s != null) {
          String v = any(ODD_VALUES);
          set(s, parsed(v));
          what.append(' ').append(s.pointer()).append('=').append(v);
        }
      }
      case BAD_ENUM -> {
        s = pick(x -> x.value().isTextual() && ENUM.matcher(x.value().asText()).matches());
        if (s == null) {
          structural(Kind.CHANGE_TYPE, what);
          return;
        }
        String v = s.value().asText();
        String bad = any(List.of(v.toLowerCase(java.util.Locale.ROOT), v + "S", v.substring(1), "", " " + v,
            v + "\u00a0", "COPIL_COTECH", "UNKNOWN", v.replace('O', 'О'), v.replace("_", "-")));
        set(s, new TextNode(bad));
        what.append(' ').append(s.pointer()).append('=').append(bad);
      }
      case BAD_DATE -> {
        s = pick(x -> x.value().isTextual() && DATE.matcher(x.value().asText()).matches()
            || x.value().isIntegralNumber() && x.name() != null && x.name().toLowerCase().endsWith("year"));
        if (s == null) {
          structural(Kind.CHANGE_TYPE, what);
          return;
        }
        if (s.value().isTextual()) {
          String bad = any(BAD_DATES);
          set(s, new TextNode(bad));
          what.append(' ').append(s.pointer()).append('=').append(bad);
        } else {
          String bad = any(List.of("1899", "2201", "0", "-1", "99999999999", "2024.5", "2024.0", "2e3"));
          setRaw(s, bad);
          what.append(' ').append(s.pointer()).append('=').append(bad);
        }
      }
      case BAD_ID -> {
        List<String> ids = new ArrayList<>();
        slots().stream().filter(x -> "id".equals(x.name()) && x.value().isTextual())
            .forEach(x -> ids.add(x.value().asText()));
        s = pick(x -> "id".equals(x.name()));
        if (s == null) {
          return;
        }
        String root = tree.path("id").asText("");
        String v = s.value().asText("");
        String bad = any(List.of("", " ", "\t", any(ids), root, "x".repeat(300), v + "\u0000", v + "\u202e",
            v + "\n", v + "\ud800", v.toUpperCase(java.util.Locale.ROOT), " " + v));
        set(s, new TextNode(bad));
        what.append(' ').append(s.pointer()).append('=').append(Texts.quote(bad));
      }
      case DANGLING_REFERENCE -> {
        List<String> ids = new ArrayList<>();
        slots().stream().filter(x -> "id".equals(x.name()) && x.value().isTextual())
            .forEach(x -> ids.add(x.value().asText()));
        s = pick(x -> x.value().isTextual() && x.name() != null && x.name().endsWith("Id") && !x.name().equals("id")
            || x.parent() != null && x.parent().isArray() && x.value().isTextual() && x.pointer().matches(".*Ids/\\d+"));
        String bad = ids.isEmpty() ? "nope" : any(List.of("nope-" + r.nextInt(100), any(ids), "",
            tree.path("id").asText(""), any(ids) + " "));
        if (s == null) {
          ObjectNode sig = ((ObjectNode) tree).putArray("signatories").addObject();
          sig.put("organisationId", bad);
          what.append(" /signatories/0/organisationId=").append(Texts.quote(bad));
          return;
        }
        set(s, new TextNode(bad));
        what.append(' ').append(s.pointer()).append('=').append(Texts.quote(bad));
      }
      case NUMBER -> {
        s = pick(x -> x.value().isNumber());
        if (s == null) {
          s = pick(x -> x.parent() != null);
        }
        if (s != null) {
          String n = any(NUMBERS);
          setRaw(s, n);
          what.append(' ').append(s.pointer()).append('=').append(Texts.shorten(n));
        }
      }
      case HOSTILE_TEXT -> {
        s = pick(x -> x.value().isTextual());
        if (s == null) {
          return;
        }
        String v = s.value().asText();
        int at = r.nextInt(v.length() + 1);
        if (r.nextInt(4) == 0) { // as written in the JSON text: escapes, raw controls, bad escapes
          String ins = any(RAW_IN_STRING);
          setRaw(s, "\"" + escape(v.substring(0, at)) + ins + escape(v.substring(at)) + "\"");
          what.append(' ').append(s.pointer()).append(" raw ").append(Texts.quote(ins));
        } else {
          String ins = r.nextInt(40) == 0 ? "x".repeat(r.nextInt(200) == 0 ? 1_000_001 : 5_000) : any(INSERTS);
          set(s, new TextNode(v.substring(0, at) + ins + v.substring(at)));
          what.append(' ').append(s.pointer()).append(" + ").append(Texts.quote(ins));
        }
      }
      case FIELD_NAME -> {
        s = pick(x -> x.value().isObject());
        ObjectNode o = (ObjectNode) s.value();
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        if (names.isEmpty() || r.nextInt(3) == 0) {
          String name = any(List.of("@class", "$type", "__proto__", "sirne", "", "x\ncls: ok", "\u001b[2J",
              "\ud800", "id\u0000", "\u202eid", "format"));
          o.put(name, "java.lang.ProcessBuilder");
          what.append(" add ").append(s.pointer()).append('/').append(Texts.quote(name));
        } else {
          String name = any(names);
          String renamed = name.length() < 2 ? name + "x" : any(List.of(
              name.substring(1, 2) + name.charAt(0) + name.substring(2), name.substring(1),
              name.toUpperCase(java.util.Locale.ROOT), name + "\n", name + "\u200b", name + "\ud800", " " + name));
          JsonNode v = o.remove(name);
          o.set(renamed, v);
          what.append(" rename ").append(s.pointer()).append('/').append(name).append(" to ")
              .append(Texts.quote(renamed));
        }
      }
      default -> throw new IllegalArgumentException(kind.name());
    }
  }

  // --- text and byte mutations ---

  private String syntax(String doc, StringBuilder what) {
    int choice = r.nextInt(10);
    int at = r.nextInt(doc.length() + 1);
    switch (choice) {
      case 0 -> {
        List<Integer> structural = new ArrayList<>();
        for (int i = 0; i < doc.length(); i++) {
          if ("{}[],:\"".indexOf(doc.charAt(i)) >= 0) {
            structural.add(i);
          }
        }
        int i = any(structural);
        what.append(" delete ").append(doc.charAt(i)).append(" at ").append(i);
        return doc.substring(0, i) + doc.substring(i + 1);
      }
      case 1 -> {
        char c = "{}[],:\"'/#".charAt(r.nextInt(10));
        what.append(" insert ").append(c).append(" at ").append(at);
        return doc.substring(0, at) + c + doc.substring(at);
      }
      case 2 -> {
        int len = r.nextInt(Math.min(200, doc.length() - at) + 1);
        what.append(" repeat ").append(len).append(" at ").append(at);
        return doc.substring(0, at + len) + doc.substring(at);
      }
      case 3 -> {
        int depth = 60 + r.nextInt(10);
        what.append(" nest ").append(depth);
        return doc.replaceFirst("\"name\": ", "\"name\": " + "[".repeat(depth) + "\"x\"" + "]".repeat(depth)
            + ", \"nested\": ");
      }
      case 4 -> {
        String tail = any(List.of("{}", " x", "\u0000", " null", "]", "}", ",", "\n\n", " // c", "\"s\""));
        what.append(" tail ").append(Texts.quote(tail));
        return doc + tail;
      }
      case 5 -> {
        String head = any(List.of("x", "[", ",", "// c\n", "/* c */", "\u0000", "\u00a0", "\u2028", " \n\t"));
        what.append(" head ").append(Texts.quote(head));
        return head + doc;
      }
      case 6 -> {
        what.append(" single quotes");
        return doc.replaceFirst("\"", "'");
      }
      case 7 -> {
        what.append(" CRLF and tabs");
        return doc.replace("\n", "\r\n").replace("  ", "\t");
      }
      case 8 -> {
        what.append(" no whitespace outside strings");
        return TREES.valueToTree(tree).toString();
      }
      default -> {
        what.append(" comment at ").append(at);
        return doc.substring(0, at) + "/* c */" + doc.substring(at);
      }
    }
  }

  private Input encoding(StringBuilder what) {
    Kind k = Kind.BOM_AND_ENCODING;
    byte[] utf8 = utf8(text);
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    switch (r.nextInt(9)) {
      case 0:
        return new Input(k, null, insert(utf8, 0, bom), what.append(" UTF-8 BOM").toString());
      case 1:
        return new Input(k, null, insert(insert(utf8, 0, bom), 0, bom), what.append(" two UTF-8 BOMs").toString());
      case 2:
        return new Input(k, "\ufeff" + text, null, what.append(" U+FEFF before the text").toString());
      case 3: {
        Charset cs = any(List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE));
        return new Input(k, null, (r.nextBoolean() ? "\ufeff" + text : text).getBytes(cs), what.append(' ')
            .append(cs).toString());
      }
      case 4: {
        Charset cs = Charset.forName(any(List.of("UTF-32LE", "UTF-32BE")));
        return new Input(k, null, (r.nextBoolean() ? "\ufeff" + text : text).getBytes(cs), what.append(' ')
            .append(cs).toString());
      }
      case 5: {
        int at = afterAQuote(utf8);
        return new Input(k, null, insert(utf8, at, bom), what.append(" BOM in a string at ").append(at)
            .toString());
      }
      case 6: {
        int at = text.indexOf(',');
        return new Input(k, null, insert(utf8, Math.max(at, 0), bom), what.append(" BOM between tokens")
            .toString());
      }
      case 7:
        return new Input(k, null, text.getBytes(StandardCharsets.ISO_8859_1), what.append(" ISO-8859-1").toString());
      default:
        return new Input(k, null, text.getBytes(Charset.forName("windows-1252")), what.append(" windows-1252")
            .toString());
    }
  }

  private int afterAQuote(byte[] b) {
    List<Integer> quotes = new ArrayList<>();
    for (int i = 0; i < b.length; i++) {
      if (b[i] == '"') {
        quotes.add(i + 1);
      }
    }
    return quotes.isEmpty() ? r.nextInt(b.length + 1) : any(quotes);
  }

  // --- rendering ---

  /** Renders the tree as JSON text, with the raw values and repeated members it cannot hold. */
  String render(JsonNode n) {
    StringBuilder b = new StringBuilder();
    render(n, b, 0);
    return b.append('\n').toString();
  }

  private void render(JsonNode n, StringBuilder b, int depth) {
    String rawText = raw.get(n);
    if (rawText != null) {
      b.append(rawText);
    } else if (n.isObject()) {
      List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
      n.fields().forEachRemaining(members::add);
      members.addAll(extra.getOrDefault(n, List.of()));
      if (members.isEmpty()) {
        b.append("{}");
        return;
      }
      b.append('{');
      for (int i = 0; i < members.size(); i++) {
        b.append(i == 0 ? "\n" : ",\n").append("  ".repeat(depth + 1)).append('"')
            .append(escape(members.get(i).getKey())).append("\": ");
        render(members.get(i).getValue(), b, depth + 1);
      }
      b.append('\n').append("  ".repeat(depth)).append('}');
    } else if (n.isArray()) {
      b.append('[');
      for (int i = 0; i < n.size(); i++) {
        b.append(i == 0 ? "" : ", ");
        render(n.get(i), b, depth + 1);
      }
      b.append(']');
    } else if (n.isTextual()) {
      b.append('"').append(escape(n.asText())).append('"');
    } else if (n.isNumber()) {
      b.append(n.numberValue().toString());
    } else {
      b.append(n.toString()); // true, false, null
    }
  }

  /** JSON's required escapes only: every other character, a lone surrogate included, stays as is. */
  private static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] insert(byte[] b, int at, byte[] what) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + what.length);
    out.write(b, 0, at);
    out.write(what, 0, what.length);
    out.write(b, at, b.length - at);
    return out.toByteArray();
  }

  private static String hex(byte[] b) {
    StringBuilder s = new StringBuilder();
    for (byte x : b) {
      s.append(String.format("%02X", x & 0xff));
    }
    return s.toString();
  }
}
