package io.github.clsante.cls.model;

/**
 * A framework of public policy a diagnosis or plan refers to (French: <i>cadre de référence</i>).
 *
 * @since 0.1.0
 */
public enum PolicyFramework {
  /** Projet régional de santé. */
  PRS,
  /** Plan régional santé environnement. */
  PRSE,
  /** Projet territorial de santé mentale. */
  PTSM,
  /** Contrat de ville. */
  CONTRAT_DE_VILLE,
  /** Any other framework. */
  OTHER
}
