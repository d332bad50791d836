package io.github.clsante.cls.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value read from a document, with where it starts in the text (and, for an object member, where its
 * name starts). Internal; built once by {@link TreeReader}, then only read.
 */
final class Node {

  enum Type { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

  final Type type;
  final int line;
  final int column;
  /** For a member of an object: where its name starts; else the value's position. */
  int nameLine;
  int nameColumn;
  /** String text; for a number, its text as written (shortened); else null. */
  final String text;
  /** Number value (exact), or null (also for a number too large for a {@link BigDecimal}). */
  final BigDecimal number;
  /** Whether a number was written without fraction or exponent. */
  final boolean integral;
  final boolean bool;
  final Map<String, Node> fields;
  final List<Node> items;

  private Node(Type type, int line, int column, String text, BigDecimal number, boolean integral, boolean bool) {
    this.type = type;
    this.line = line;
    this.column = column;
    this.nameLine = line;
    this.nameColumn = column;
    this.text = text;
    this.number = number;
    this.integral = integral;
    this.bool = bool;
    this.fields = type == Type.OBJECT ? new LinkedHashMap<>() : Map.of();
    this.items = type == Type.ARRAY ? new ArrayList<>() : List.of();
  }

  static Node object(int line, int column) {
    return new Node(Type.OBJECT, line, column, null, null, false, false);
  }

  static Node array(int line, int column) {
    return new Node(Type.ARRAY, line, column, null, null, false, false);
  }

  static Node string(String s, int line, int column) {
    return new Node(Type.STRING, line, column, s, null, false, false);
  }

  static Node number(BigDecimal n, boolean integral, String written, int line, int column) {
    return new Node(Type.NUMBER, line, column, written, n, integral, false);
  }

  static Node bool(boolean b, int line, int column) {
    return new Node(Type.BOOLEAN, line, column, null, null, false, b);
  }

  static Node nul(int line, int column) {
    return new Node(Type.NULL, line, column, null, null, false, false);
  }

  /** @return how the value is shown in a problem's "found" */
  String describe() {
    switch (type) {
      case OBJECT:
        return "an object";
      case ARRAY:
        return "an array";
      case STRING:
        return Texts.quote(text);
      case NUMBER:
        return text;
      case BOOLEAN:
        return String.valueOf(bool);
      default:
        return "null";
    }
  }

  /**
   * @param pointer a JSON Pointer
   * @return the node there, or the deepest node on the way when the pointer goes further than the document
   */
  Node locate(String pointer) {
    Node n = this;
    if (pointer.isEmpty()) {
      return n;
    }
    for (String raw : pointer.substring(1).split("/", -1)) {
      String seg = raw.replace("~1", "/").replace("~0", "~");
      Node next = null;
      if (n.type == Type.OBJECT) {
        next = n.fields.get(seg);
      } else if (n.type == Type.ARRAY && seg.matches("\\d{1,9}")) {
        int i = Integer.parseInt(seg);
        next = i < n.items.size() ? n.items.get(i) : null;
      }
      if (next == null) {
        return n;
      }
      n = next;
    }
    return n;
  }
}
