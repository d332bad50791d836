package io.github.clsante.cls.model;

/**
 * How a strategic axis is framed (French: <i>approche</i>).
 *
 * @since 0.1.0
 */
public enum AxisApproach {
  /** By theme (santé mentale, addictions…). */
  THEMATIC,
  /** By population (jeunes, personnes âgées…). */
  POPULATION,
  /** Both. */
  MIXED,
  /** Across themes (accès aux droits, coordination…). */
  TRANSVERSAL
}
