package io.github.clsante.cls.model;

/**
 * The three portraits of an Occitanie diagnosis (French: <i>portraits</i>).
 *
 * @since 0.1.0
 */
public enum Portrait {
  /** Portrait de territoire. */
  TERRITORY,
  /** Portrait de santé. */
  HEALTH,
  /** Portrait des ressources et des réponses. */
  RESOURCES_AND_RESPONSES
}
