package io.github.clsante.cls.model;

/**
 * A health theme a diagnosis covers (French: <i>thématique</i>).
 *
 * @since 0.1.0
 */
public enum HealthTheme {
  /** Promotion de la santé. */
  HEALTH_PROMOTION,
  /** Prévention. */
  PREVENTION,
  /** Politiques de soins (offre et accès aux soins). */
  CARE_POLICY,
  /** Accompagnement médico-social. */
  MEDICO_SOCIAL_SUPPORT,
  /** Santé mentale. */
  MENTAL_HEALTH,
  /** Conduites addictives. */
  ADDICTIONS,
  /** Santé environnementale. */
  ENVIRONMENTAL_HEALTH,
  /** Any other theme. */
  OTHER
}
