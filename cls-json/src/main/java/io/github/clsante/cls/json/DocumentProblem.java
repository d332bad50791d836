package io.github.clsante.cls.json;

import io.github.clsante.cls.internal.Printable;
import java.util.Objects;

/**
 * One reason a JSON document is not a readable contract: where (the JSON Pointer of the offending value, and
 * its line and column in the text when known), what was expected and what was found. Plain data, immutable and
 * thread-safe.
 *
 * @param pointer the JSON Pointer (RFC 6901) of the offending value or field, {@code ""} for the document root
 * @param line the 1-based line of the offending value in the text, or {@code -1} when unknown
 * @param column the 1-based column (in characters) of the offending value in the text, or {@code -1} when
 *     unknown
 * @param expected what a readable value looks like there
 * @param found what the document holds there (quoted and shortened for display)
 * @since 0.1.0
 */
public record DocumentProblem(String pointer, int line, int column, String expected, String found) {

  /**
   * Checks that no component is null.
   *
   * @param pointer the JSON Pointer of the offending value
   * @param line the 1-based line, or -1
   * @param column the 1-based column, or -1
   * @param expected what was expected
   * @param found what was found
   */
  public DocumentProblem {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(found, "found");
  }

  /**
   * Renders the problem for a reader, e.g. {@code line 12, column 7, /governance/bodies/0/kind: expected one of
   * COPIL, COTECH, WORKING_GROUP, MERGED_COPIL_COTECH; found "COPILL"}. The position is left out when unknown.
   * Whatever the document holds, the text is one line safe to print: line breaks, terminal escapes, other control
   * and invisible characters and lone surrogates (in the pointer too) are shown as {@code \n}, {@code \t},
   * {@code \u001b}…
   *
   * @return the problem as one line of text
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    if (line >= 0) {
      b.append("line ").append(line);
      if (column >= 0) {
        b.append(", column ").append(column);
      }
      b.append(", ");
    }
    return Printable.escape(b.append(pointer.isEmpty() ? "(document)" : pointer).append(": expected ")
        .append(expected).append("; found ").append(found));
  }
}
