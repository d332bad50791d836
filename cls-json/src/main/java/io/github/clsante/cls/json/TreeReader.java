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
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads JSON text into {@link Node}s that remember where each value starts, turning every failure of the
 * text (syntax, truncation, bounds, encoding) into a {@link DocumentProblem} at the pointer being read.
 * The reading bounds are checked here too, whatever the parser's own constraints, so that a document read
 * through an {@code ObjectMapper} meets the same bounds as through {@link ContractReader}.
 * Internal; one instance reads one document, on one thread.
 */
final class TreeReader {

  /** The deepest nesting of objects and arrays a document may have. */
  static final int MAX_DEPTH = 64;

  private static final Pattern CONTROL = Pattern.compile("\\(CTRL-CHAR, code (\\d+)\\)");
  /** The parser's advice to enable one of its features: not for a document's author. */
  private static final Pattern PARSER_FEATURE = Pattern.compile(
      ": enable `[^`]*` to allow|\\s*\\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)");
  /** The parser's description of where an object or array started. */
  private static final Pattern STARTING_AT = Pattern.compile(
      "\\(for (Object|Array|root) starting at \\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)]\\)");

  private final JsonParser p;
  private final List<DocumentProblem> problems;
  /**
   * Whether each value's line and column are asked of the parser. Without them a node's are 0, and every problem
   * has them 0 too: for a reading whose problems are thrown away (the whole-input reading of a
   * {@link ContractReader}, which reads a document again, with positions, when it has one).
   */
  private final boolean positions;
  /**
   * The pointer being read, as segments: {@code names[i]} a field's name, or null for the array index
   * {@code indices[i]}; {@link #top} of them are in use. Its text is built only for a problem, not for every value
   * (issue #16: the pointers of a document's values were most of what reading it allocated).
   */
  private final String[] names = new String[MAX_DEPTH + 1];
  private final int[] indices = new int[MAX_DEPTH + 1];
  private int top;

  private TreeReader(JsonParser p, List<DocumentProblem> problems, boolean positions) {
    this.p = p;
    this.problems = problems;
    this.positions = positions;
  }

  /**
   * Reads a whole document: one value, then the end of the input.
   *
   * @return the root, or null when the text could not be read (the problems say why)
   */
  static @Nullable Node readDocument(JsonParser p, List<DocumentProblem> problems) {
    return readDocument(p, problems, true);
  }

  /**
   * Reads a whole document, as {@link #readDocument(JsonParser, List)} does; without {@code positions}, every
   * line and column is 0.
   */
  static @Nullable Node readDocument(JsonParser p, List<DocumentProblem> problems, boolean positions) {
    TreeReader r = new TreeReader(p, problems, positions);
    try {
      JsonToken t = p.nextToken();
      if (t == null) {
        problems.add(new DocumentProblem("", 1, 1, "a JSON object (a cls/1 document)", "an empty document"));
        return null;
      }
      return r.root(t);
    } catch (IOException | RuntimeException e) {
      r.failure(e);
      return null;
    }
  }

  /**
   * Reads the value at the parser's current token (used by the Jackson module). When that value is the root of
   * the input, reads on to the end of the input and refuses whatever follows, as {@link #readDocument} does; a
   * value nested in a larger document leaves the rest to the caller.
   *
   * @return the value, or null when the text could not be read (the problems say why)
   */
  static @Nullable Node readCurrent(JsonParser p, List<DocumentProblem> problems) {
    TreeReader r = new TreeReader(p, problems, true);
    try {
      JsonToken t = p.currentToken();
      boolean atRoot = t != null && (t.isStructStart() ? p.getParsingContext().getParent() != null
          && p.getParsingContext().getParent().inRoot() : p.getParsingContext().inRoot());
      return atRoot ? r.root(t) : r.value(t, 1);
    } catch (IOException | RuntimeException e) {
      r.failure(e);
      return null;
    }
  }

  /** @return the JSON Pointer of the first {@code n} segments */
  private String pointer(int n) {
    if (n == 0) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append('/');
      if (names[i] != null) {
        b.append(Texts.escapePointer(names[i]));
      } else {
        b.append(indices[i]);
      }
    }
    return b.toString();
  }

  /** @return the pointer of the value being read, for a failure of the text */
  private String current() {
    return pointer(top);
  }

  private Node root(JsonToken t) throws IOException {
    Node root = value(t, 1);
    top = 0;
    JsonToken more = p.nextToken();
    if (more != null) {
      JsonLocation l = p.currentTokenLocation();
      problems.add(new DocumentProblem("", l.getLineNr(), l.getColumnNr(),
          "the end of the document after the root object", "more content"));
      return null;
    }
    JsonLocation end = p.currentLocation();
    long length = end.getCharOffset() >= 0 ? end.getCharOffset() : end.getByteOffset();
    if (length > ContractReader.MAX_DOCUMENT_LENGTH) {
      problems.add(lengthProblem(end.getLineNr(), end.getColumnNr()));
      return null;
    }
    return root;
  }

  /** Reads the value at {@code depth} (the root's is 1), whose pointer is the first {@code depth - 1} segments. */
  private Node value(JsonToken t, int depth) throws IOException {
    if (t == null) {
      throw new JsonEOFException(p, null, "end of input");
    }
    int line = 0;
    int col = 0;
    if (positions) {
      JsonLocation loc = p.currentTokenLocation();
      line = loc.getLineNr();
      col = loc.getColumnNr();
    }
    int here = depth - 1;
    switch (t) {
      case START_OBJECT: {
        tooDeep(depth, line, col);
        Node n = Node.object(line, col);
        for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
          if (k == null) {
            throw new JsonEOFException(p, null, "end of input");
          }
          String name = p.currentName();
          int nameLine = 0;
          int nameCol = 0;
          if (positions) {
            JsonLocation nl = p.currentTokenLocation();
            nameLine = nl.getLineNr();
            nameCol = nl.getColumnNr();
          }
          if (name.length() > ContractReader.MAX_NAME_LENGTH) {
            throw new Bound(new DocumentProblem(pointer(here), nameLine, nameCol,
                "a field name of at most " + ContractReader.MAX_NAME_LENGTH + " characters", "a longer field name"));
          }
          names[here] = name;
          top = depth;
          Node v = value(p.nextToken(), depth + 1);
          v.nameLine = nameLine;
          v.nameColumn = nameCol;
          if (n.fields.containsKey(name)) {
            problems.add(new DocumentProblem(pointer(depth), nameLine, nameCol,
                "each field once in an object", Texts.quote(name) + " a second time"));
          } else {
            n.fields.put(name, v);
          }
          top = here;
        }
        return n;
      }
      case START_ARRAY: {
        tooDeep(depth, line, col);
        Node n = Node.array(line, col);
        int i = 0;
        for (;;) {
          names[here] = null;
          indices[here] = i;
          top = depth;
          JsonToken k = p.nextToken();
          if (k == JsonToken.END_ARRAY) {
            break;
          }
          n.items.add(value(k, depth + 1));
          i++;
        }
        top = here;
        return n;
      }
      case VALUE_STRING: {
        if (p.getTextLength() > ContractReader.MAX_STRING_LENGTH) {
          throw new Bound(new DocumentProblem(pointer(here), line, col, "a string of at most "
              + ContractReader.MAX_STRING_LENGTH + " characters", "a longer string"));
        }
        return Node.string(p.getText(), line, col);
      }
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return number(t, here, line, col);
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

  /**
   * A number, kept exactly; one the parser cannot hold (an exponent past the range of {@link BigDecimal}'s
   * scale, a non-numeric value a mapper may allow) keeps only its text, for the value's kind to refuse.
   */
  private Node number(JsonToken t, int here, int line, int col) throws IOException {
    String written = p.getText();
    if (written.length() > ContractReader.MAX_NUMBER_LENGTH) {
      throw new Bound(new DocumentProblem(pointer(here), line, col, "a number of at most "
          + ContractReader.MAX_NUMBER_LENGTH + " characters", "a longer number"));
    }
    BigDecimal value;
    try {
      value = t == JsonToken.VALUE_NUMBER_INT ? new BigDecimal(p.getBigIntegerValue()) : p.getDecimalValue();
    } catch (NumberFormatException | ArithmeticException e) {
      value = null;
    }
    return Node.number(value, t == JsonToken.VALUE_NUMBER_INT, Texts.shorten(written), line, col);
  }

  private void tooDeep(int depth, int line, int col) throws Bound {
    if (depth > MAX_DEPTH) {
      throw new Bound(depthProblem(pointer(depth - 1), line, col, MAX_DEPTH));
    }
  }

  /** Thrown past a reading bound, whatever the parser's own constraints: reading stops there. */
  private static final class Bound extends IOException {
    private static final long serialVersionUID = 1L;
    final transient DocumentProblem problem;

    Bound(DocumentProblem problem) {
      super(problem.expected());
      this.problem = problem;
    }
  }

  static DocumentProblem depthProblem(String ptr, int line, int col, int max) {
    return new DocumentProblem(ptr, line, col, "at most " + max + " levels of nested objects and arrays",
        "a deeper nesting");
  }

  private static DocumentProblem lengthProblem(int line, int col) {
    return new DocumentProblem("", line, col, "a document of at most " + ContractReader.MAX_DOCUMENT_LENGTH
        + " characters", "a longer document");
  }

  private void failure(Exception e) {
    if (e instanceof Bound b) {
      problems.add(b.problem);
      return;
    }
    if (e instanceof Utf8Input.NotUtf8 n) {
      problems.add(n.problem(current()));
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
      problems.add(new DocumentProblem(current(), line, col, "the rest of the document (" + what + ")",
          "the end of the input"));
    } else if (e instanceof JsonProcessingException) {
      problems.add(syntax(((JsonProcessingException) e).getOriginalMessage(), line, col));
    } else if (e instanceof CharacterCodingException) {
      problems.add(new DocumentProblem(current(), line, col, "a UTF-8 document", "bytes that are not UTF-8"));
    } else if (e instanceof IOException) {
      problems.add(new DocumentProblem(current(), line, col, "a readable input",
          "an input that failed while being read" + (e.getMessage() == null ? "" : " (" + Texts.shorten(
              e.getMessage()) + ")")));
    } else {
      problems.add(new DocumentProblem(current(), line, col, "well-formed JSON", "text the parser could not read"));
    }
  }

  /** A syntax error, in the reader's terms where the parser's would name its internals. */
  private DocumentProblem syntax(String message, int line, int col) {
    String m = message == null ? "" : message;
    int nl = m.indexOf('\n');
    String first = nl >= 0 ? m.substring(0, nl) : m;
    Matcher control = CONTROL.matcher(first);
    if (control.find()) {
      String c = String.format(Locale.ROOT, "U+%04X", Integer.parseInt(control.group(1)));
      return first.startsWith("Illegal unquoted character")
          ? new DocumentProblem(current(), line, col, "a string whose control characters are escaped (\\n, \\t, "
              + "\\u0000…)", "the control character " + c + " as is")
          : new DocumentProblem(current(), line, col > 1 ? col - 1 : col, // the parser is one past the character
              "well-formed JSON (only spaces, tabs and line breaks between values)", "the control character " + c);
    }
    String plain = STARTING_AT.matcher(PARSER_FEATURE.matcher(first).replaceAll(""))
        .replaceAll(r -> "(for the " + r.group(1).toLowerCase(Locale.ROOT) + " starting at line " + r.group(2)
            + ", column " + r.group(3) + ")");
    return new DocumentProblem(current(), line, col, "well-formed JSON",
        plain.isEmpty() ? "text the parser could not read" : Texts.shorten(plain, Texts.MAX_FOUND));
  }

  private DocumentProblem bound(StreamConstraintsException e, int line, int col) {
    StreamReadConstraints c = p.streamReadConstraints();
    String m = String.valueOf(e.getOriginalMessage()).toLowerCase(java.util.Locale.ROOT);
    if (m.contains("nesting depth")) {
      return depthProblem(current(), line, col, c.getMaxNestingDepth());
    }
    if (m.contains("string value length")) {
      return new DocumentProblem(current(), line, col, "a string of at most " + c.getMaxStringLength() + " characters",
          "a longer string");
    }
    if (m.contains("document length")) {
      return new DocumentProblem(current(), line, col,
          "a document of at most " + c.getMaxDocumentLength() + " characters", "a longer document");
    }
    if (m.contains("number value length")) {
      return new DocumentProblem(current(), line, col, "a number of at most " + c.getMaxNumberLength() + " characters",
          "a longer number");
    }
    if (m.contains("name length")) {
      return new DocumentProblem(current(), line, col, "a field name of at most " + c.getMaxNameLength()
          + " characters", "a longer field name");
    }
    return new DocumentProblem(current(), line, col, "a document within the reading bounds",
        Texts.shorten(String.valueOf(e.getOriginalMessage()), Texts.MAX_FOUND));
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
