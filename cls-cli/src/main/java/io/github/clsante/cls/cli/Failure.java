package io.github.clsante.cls.cli;

import java.util.List;

/**
 * The job could not be done (unreadable document, unknown référentiel, unreadable file): the lines to print on
 * stderr, without a stack trace; the command exits with status 2.
 */
final class Failure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The lines to print. */
  private final transient List<String> lines;

  Failure(List<String> lines) {
    super(String.join("\n", lines), null, false, false);
    this.lines = List.copyOf(lines);
  }

  Failure(String line) {
    this(List.of(line));
  }

  List<String> lines() {
    return lines;
  }
}
