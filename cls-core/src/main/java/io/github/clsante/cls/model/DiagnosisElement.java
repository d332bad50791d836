package io.github.clsante.cls.model;

/**
 * The four elements of the Normandie diagnosis method (French: <i>étapes du diagnostic</i>).
 *
 * @since 0.1.0
 */
public enum DiagnosisElement {
  /** Recueillir les données quantitatives et qualitatives. */
  QUANTITATIVE_AND_QUALITATIVE_DATA,
  /** Croiser avec les politiques déjà existantes sur le territoire (PRS, PRSE, PTSM…). */
  POLICY_CROSSING,
  /** Identifier les ressources locales. */
  LOCAL_RESOURCES,
  /** Recueillir les avis et les attentes des acteurs du territoire. */
  ACTORS_CONSULTATION
}
