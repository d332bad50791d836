package io.github.clsante.cls.cli;

import io.github.clsante.cls.render.YearGrid;
import io.github.clsante.cls.report.Severity;

/** ANSI colours for the text output, or none at all (when stdout is not a terminal, and always in tests). */
final class Ansi {

  private final boolean on;

  Ansi(boolean on) {
    this.on = on;
  }

  String bold(String s) {
    return wrap("1", s);
  }

  String dim(String s) {
    return wrap("2", s);
  }

  String green(String s) {
    return wrap("32", s);
  }

  String red(String s) {
    return wrap("31", s);
  }

  /**
   * @param severity a severity
   * @param s a text
   * @return the text in the severity's colour: red, yellow, blue
   */
  String severity(Severity severity, String s) {
    return wrap(switch (severity) {
      case ERROR -> "1;31";
      case WARNING -> "1;33";
      case INFO -> "1;34";
    }, s);
  }

  /**
   * @param mark a grid mark
   * @param s a text
   * @return the text in the mark's colour
   */
  String mark(YearGrid.Mark mark, String s) {
    return switch (mark) {
      case OK -> wrap("32", s);
      case FAIL -> wrap("31", s);
      case WARN -> wrap("33", s);
      case TODO -> wrap("34", s);
      case NONE -> s;
    };
  }

  private String wrap(String code, String s) {
    return on ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
  }
}
