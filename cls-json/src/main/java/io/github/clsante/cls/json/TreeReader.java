package io.github.clsante.cls.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.util.List;

/**
 * Reads JSON text into {@link Node}s that remember where each value starts, turning every failure of the
 * text (syntax, truncation, bounds, encoding) into a {@link DocumentProblem} at the pointer being read.
 * Internal; one instance reads one document, on one thread.
 */
final class TreeReader {

  /** The deepest nesting of objects and arrays a document may have. */
  static final int MAX_DEPTH = 64;

  private final JsonParser p;
  private final List<DocumentProblem> problems;
  private String current = "";

  private TreeReader(JsonParser p, List<DocumentProblem> problems) {
    this.p = p;
    this.problems = problems;
  }

  /**
   * Reads a whole document: one value, then the end of the input.
   *
   * @return the root, or null when the text could not be read (the problems say why)
   */
  static Node readDocument(JsonParser p, List<DocumentProblem> problems) {
    TreeReader r = new TreeReader(p, problems);
    try {
      JsonToken t = p.nextToken();
      if (t == null) {
        problems.add(new DocumentProblem("", 1, 1, "a JSON object (a cls/1 document)", "an empty document"));
        return null;
      }
      Node root = r.value(t, "", 1);
      r.current = "";
      JsonToken more = p.nextToken();
      if (more != null) {
        JsonLocation l = p.currentTokenLocation();
        problems.add(new DocumentProblem("", l.getLineNr(), l.getColumnNr(),
            "the end of the document after the root object", "more content"));
        return null;
      }
      return root;
    } catch (IOException | RuntimeException e) {
      r.failure(e);
      return null;
    }
  }

  /**
   * Reads the value at the parser's current token (used by the Jackson module; the caller owns the rest of the
   * input).
   *
   * @return the value, or null when the text could not be read (the problems say why)
   */
  static Node readCurrent(JsonParser p, List<DocumentProblem> problems) {
    TreeReader r = new TreeReader(p, problems);
    try {
      return r.value(p.currentToken(), "", 1);
    } catch (IOException | RuntimeException e) {
      r.failure(e);
      return null;
    }
  }

  private Node value(JsonToken t, String ptr, int depth) throws IOException {
    if (t == null) {
      throw new JsonEOFException(p, null, "end of input");
    }
    JsonLocation loc = p.currentTokenLocation();
    int line = loc.getLineNr();
    int col = loc.getColumnNr();
    switch (t) {
      case START_OBJECT: {
        tooDeep(depth, ptr, line, col);
        Node n = Node.object(line, col);
        for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
          if (k == null) {
            throw new JsonEOFException(p, null, "end of input");
          }
          String name = p.currentName();
          JsonLocation nl = p.currentTokenLocation();
          String cp = Texts.child(ptr, name);
          current = cp;
          Node v = value(p.nextToken(), cp, depth + 1);
          current = ptr;
          v.nameLine = nl.getLineNr();
          v.nameColumn = nl.getColumnNr();
          if (n.fields.containsKey(name)) {
            problems.add(new DocumentProblem(cp, nl.getLineNr(), nl.getColumnNr(), "each field once in an object",
                Texts.quote(name) + " a second time"));
          } else {
            n.fields.put(name, v);
          }
        }
        return n;
      }
      case START_ARRAY: {
        tooDeep(depth, ptr, line, col);
        Node n = Node.array(line, col);
        int i = 0;
        for (;;) {
          String cp = ptr + "/" + i;
          current = cp;
          JsonToken k = p.nextToken();
          if (k == JsonToken.END_ARRAY) {
            break;
          }
          n.items.add(value(k, cp, depth + 1));
          i++;
        }
        current = ptr;
        return n;
      }
      case VALUE_STRING:
        return Node.string(p.getText(), line, col);
      case VALUE_NUMBER_INT:
        return Node.number(new BigDecimal(p.getBigIntegerValue()), true, line, col);
      case VALUE_NUMBER_FLOAT:
        return Node.number(p.getDecimalValue(), false, line, col);
      case VALUE_TRUE:
        return Node.bool(true, line, col);
      case VALUE_FALSE:
        return Node.bool(false, line, col);
      case VALUE_NULL:
        return Node.nul(line, col);
      default:
        throw new JsonParseException(p, "unexpected token " + t);
    }
  }

  private void tooDeep(int depth, String ptr, int line, int col) throws TooDeep {
    if (depth > MAX_DEPTH) {
      throw new TooDeep(ptr, line, col);
    }
  }

  /** Thrown when a document nests deeper than {@link #MAX_DEPTH}, whatever the parser's own bound. */
  private static final class TooDeep extends IOException {
    private static final long serialVersionUID = 1L;
    final transient DocumentProblem problem;

    TooDeep(String ptr, int line, int col) {
      super("too deep");
      this.problem = depthProblem(ptr, line, col, MAX_DEPTH);
    }
  }

  static DocumentProblem depthProblem(String ptr, int line, int col, int max) {
    return new DocumentProblem(ptr, line, col, "at most " + max + " levels of nested objects and arrays",
        "a deeper nesting");
  }

  private void failure(Exception e) {
    if (e instanceof TooDeep) {
      problems.add(((TooDeep) e).problem);
      return;
    }
    JsonLocation l = e instanceof JsonProcessingException && ((JsonProcessingException) e).getLocation() != null
        ? ((JsonProcessingException) e).getLocation() : safeLocation();
    int line = l == null ? -1 : l.getLineNr();
    int col = l == null ? -1 : l.getColumnNr();
    if (e instanceof StreamConstraintsException) {
      JsonLocation tl = safeTokenLocation();
      if (tl != null && tl.getLineNr() > 0) {
        line = tl.getLineNr();
        col = tl.getColumnNr();
      }
      problems.add(bound((StreamConstraintsException) e, line, col));
    } else if (e instanceof JsonEOFException || (e instanceof JsonParseException
        && String.valueOf(((JsonParseException) e).getOriginalMessage()).startsWith("Unexpected end-of-input"))) {
      JsonToken inside = e instanceof JsonEOFException ? ((JsonEOFException) e).getTokenBeingDecoded() : null;
      String what = inside == JsonToken.VALUE_STRING ? "the closing \" of the string"
          : p.getParsingContext() != null && p.getParsingContext().inArray() ? "the closing ] of the array"
          : "the closing } of the object";
      problems.add(new DocumentProblem(current, line, col, "the rest of the document (" + what + ")",
          "the end of the input"));
    } else if (e instanceof JsonProcessingException) {
      String m = ((JsonProcessingException) e).getOriginalMessage();
      int nl = m == null ? -1 : m.indexOf('\n');
      String shown = m == null ? e.getClass().getSimpleName() : nl >= 0 ? m.substring(0, nl) : m;
      problems.add(new DocumentProblem(current, line, col, "well-formed JSON", shown));
    } else if (e instanceof CharacterCodingException) {
      problems.add(new DocumentProblem(current, line, col, "UTF-8 text", "bytes that are not UTF-8"));
    } else {
      problems.add(new DocumentProblem(current, line, col, "a readable input",
          e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
    }
  }

  private DocumentProblem bound(StreamConstraintsException e, int line, int col) {
    StreamReadConstraints c = p.streamReadConstraints();
    String m = String.valueOf(e.getOriginalMessage()).toLowerCase(java.util.Locale.ROOT);
    if (m.contains("nesting depth")) {
      return depthProblem(current, line, col, c.getMaxNestingDepth());
    }
    if (m.contains("string value length")) {
      return new DocumentProblem(current, line, col, "a string of at most " + c.getMaxStringLength() + " characters",
          "a longer string");
    }
    if (m.contains("document length")) {
      return new DocumentProblem(current, line, col,
          "a document of at most " + c.getMaxDocumentLength() + " characters", "a longer document");
    }
    if (m.contains("number value length")) {
      return new DocumentProblem(current, line, col, "a number of at most " + c.getMaxNumberLength() + " characters",
          "a longer number");
    }
    if (m.contains("name length")) {
      return new DocumentProblem(current, line, col, "a field name of at most " + c.getMaxNameLength()
          + " characters", "a longer field name");
    }
    return new DocumentProblem(current, line, col, "a document within the reading bounds", e.getOriginalMessage());
  }

  private JsonLocation safeLocation() {
    try {
      return p.currentLocation();
    } catch (RuntimeException x) {
      return null;
    }
  }

  private JsonLocation safeTokenLocation() {
    try {
      return p.currentTokenLocation();
    } catch (RuntimeException x) {
      return null;
    }
  }
}
