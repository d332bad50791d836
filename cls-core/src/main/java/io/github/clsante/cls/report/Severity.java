package io.github.clsante.cls.report;

/**
 * How much a finding weighs (French: <i>gravité</i>). In decreasing order.
 *
 * @since 0.1.0
 */
public enum Severity {
  /** The référentiel is not met: « à minima », « doit », « il est essentiel ». */
  ERROR,
  /** A recommendation is not followed: « idéalement », « de préférence », « en priorité ». */
  WARNING,
  /** Descriptive practice, or a to-do (« à prévoir ») before a rule judges. */
  INFO
}
