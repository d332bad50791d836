package io.github.clsante.cls.spi.facts;

/** The spans whose calendar years rules judge. */
public enum YearSpan {
  /** From the diagnosis start to the end date. */
  DIAGNOSIS_TO_END,
  /** From the signature to the end date. */
  SIGNATURE_TO_END
}
