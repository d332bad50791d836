package io.github.clsante.cls.model;

import java.util.Objects;

/**
 * Why a contract is meaningless: where (the JSON Pointer of the element in the canonical JSON form, e.g.
 * {@code /organisations/2/siren}), what was expected and what was found. Plain data, immutable.
 *
 * @param path JSON Pointer of the offending value
 * @param expected what a meaningful value looks like
 * @param found what the document holds (already quoted and shortened for display)
 * @since 0.1.0
 */
public record ModelProblem(String path, String expected, String found) {

  /**
   * @param path JSON Pointer of the offending value
   * @param expected what a meaningful value looks like
   * @param found what the document holds
   */
  public ModelProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(found, "found");
  }

  /**
   * @return the problem as one line, every control or invisible character of the document shown as an escape
   */
  @Override
  public String toString() {
    return io.github.clsante.cls.internal.Printable.escape(path + ": expected " + expected + ", found " + found);
  }
}
