package io.github.clsante.cls.cli;

import io.github.clsante.cls.internal.Printable;
import java.util.List;

/**
 * The job could not be done (unreadable document, unknown référentiel, unreadable file): the lines to print on
 * stderr, without a stack trace; the command exits with status 2. Each line is escaped ({@link Printable}): what
 * a document or a file name holds can neither add a line nor reach the terminal as a control sequence.
 */
final class Failure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The lines to print. */
  private final transient List<String> lines;

  Failure(List<String> lines) {
    super(String.join("\n", escaped(lines)), null, false, false);
    this.lines = escaped(lines);
  }

  Failure(String line) {
    this(List.of(line));
  }

  private static List<String> escaped(List<String> lines) {
    return lines.stream().map(Printable::escape).toList();
  }

  List<String> lines() {
    return lines;
  }
}
