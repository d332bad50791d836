package io.github.clsante.cls.referentiel;

/**
 * When a rule judges, as the {@code applies} column of the référentiel's clause table says. Before that it says
 * nothing, except for the to-do forms, which give one {@code INFO} « à prévoir » finding instead.
 */
public enum Applies {
  /** In every phase, on whatever the document holds. */
  ALWAYS("always"),
  /** From {@code DIAGNOSIS_AND_PLANNING} on. */
  DIAGNOSIS("diagnosis"),
  /** From {@code IMPLEMENTATION_AND_EVALUATION} on. */
  SIGNATURE("signature"),
  /** From {@code IMPLEMENTATION_AND_EVALUATION} on; a to-do during {@code DIAGNOSIS_AND_PLANNING}. */
  SIGNATURE_TODO("signature (to-do)"),
  /** Once per judged year from the diagnosis start to the end. */
  YEARS_DIAGNOSIS_TO_END("years: diagnosis start → end"),
  /** Once per judged year from the signature to the end. */
  YEARS_SIGNATURE_TO_END("years: signature → end"),
  /** Once {@code ENDED}; a to-do during the last 12 months before the end date. */
  END_TODO("end (to-do)");

  private final String label;

  Applies(String label) {
    this.label = label;
  }

  /** @return the wording of the référentiel's clause table, e.g. "signature (to-do)" */
  public String label() {
    return label;
  }

  /**
   * @param label a wording of the clause table
   * @return the matching value
   * @throws IllegalArgumentException naming the wordings that exist, if none matches
   */
  public static Applies ofLabel(String label) {
    for (Applies a : values()) {
      if (a.label.equals(label)) {
        return a;
      }
    }
    StringBuilder known = new StringBuilder();
    for (Applies a : values()) {
      known.append(known.length() == 0 ? "" : ", ").append('"').append(a.label).append('"');
    }
    throw new IllegalArgumentException("unknown applies \"" + label + "\"; expected one of " + known);
  }
}
