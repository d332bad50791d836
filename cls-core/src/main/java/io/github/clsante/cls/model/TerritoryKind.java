package io.github.clsante.cls.model;

/**
 * The scale of the territory a contract covers (French: <i>échelle du territoire</i>).
 * EPCI are listed by nature; groupements of collectivités by form.
 *
 * @since 0.1.0
 */
public enum TerritoryKind {
  /** A single commune. */
  COMMUNE,
  /** Communauté de communes (EPCI). */
  COMMUNAUTE_DE_COMMUNES,
  /** Communauté d'agglomération (EPCI). */
  COMMUNAUTE_D_AGGLOMERATION,
  /** Communauté urbaine (EPCI). */
  COMMUNAUTE_URBAINE,
  /** Métropole (EPCI). */
  METROPOLE,
  /** Pôle d'équilibre territorial et rural: a groupement of EPCI. */
  PETR,
  /** Pays: a groupement of collectivités. */
  PAYS,
  /** Syndicat mixte: a groupement of collectivités. */
  SYNDICAT_MIXTE,
  /** A whole département. */
  DEPARTEMENT,
  /** Any other scale (région, ad hoc area). */
  OTHER;

  /** @return true for the four natures of EPCI à fiscalité propre */
  public boolean isEpci() {
    return this == COMMUNAUTE_DE_COMMUNES || this == COMMUNAUTE_D_AGGLOMERATION
        || this == COMMUNAUTE_URBAINE || this == METROPOLE;
  }

  /** @return true for PETR, pays and syndicat mixte */
  public boolean isGroupement() {
    return this == PETR || this == PAYS || this == SYNDICAT_MIXTE;
  }

  /** @return true for a commune, an EPCI or a groupement of them: an infra-départemental collectivité */
  public boolean isCollectiviteScale() {
    return this == COMMUNE || isEpci() || isGroupement();
  }
}
