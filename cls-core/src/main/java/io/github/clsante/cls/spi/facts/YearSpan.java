package io.github.clsante.cls.spi.facts;

/**
 * The spans whose calendar years rules judge.
 *
 * @since 0.1.0
 */
public enum YearSpan {
  /** From the diagnosis start to the end date. */
  DIAGNOSIS_TO_END,
  /** From the signature to the end date. */
  SIGNATURE_TO_END
}
