package io.github.clsante.cls.model;

/**
 * The kind of a governance body (French: <i>instance</i>).
 *
 * @since 0.1.0
 */
public enum BodyKind {
  /** Comité de pilotage: the strategic, decision-making body. */
  COPIL,
  /** Comité technique: the technical body. */
  COTECH,
  /** Groupe de travail (thematic working group). */
  WORKING_GROUP,
  /** A body declared as COPIL and COTECH merged (mutualisation des instances). */
  MERGED_COPIL_COTECH;

  /** @return true for a COPIL or a merged body, which counts as the COPIL for every rule */
  public boolean countsAsCopil() {
    return this == COPIL || this == MERGED_COPIL_COTECH;
  }

  /** @return true for a COTECH or a merged body, which counts as the COTECH for every rule */
  public boolean countsAsCotech() {
    return this == COTECH || this == MERGED_COPIL_COTECH;
  }
}
