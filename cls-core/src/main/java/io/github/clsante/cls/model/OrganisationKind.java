package io.github.clsante.cls.model;

/**
 * What an organisation is (French: <i>type de structure</i>).
 *
 * @since 0.1.0
 */
public enum OrganisationKind {
  /** Commune. */
  COMMUNE,
  /** Communauté de communes (EPCI). */
  COMMUNAUTE_DE_COMMUNES,
  /** Communauté d'agglomération (EPCI). */
  COMMUNAUTE_D_AGGLOMERATION,
  /** Communauté urbaine (EPCI). */
  COMMUNAUTE_URBAINE,
  /** Métropole (EPCI). */
  METROPOLE,
  /** Pôle d'équilibre territorial et rural. */
  PETR,
  /** Pays. */
  PAYS,
  /** Syndicat mixte. */
  SYNDICAT_MIXTE,
  /** Agence régionale de santé (or one of its délégations départementales). */
  ARS,
  /** Préfecture (or sous-préfecture). */
  PREFECTURE,
  /** Caisse primaire d'assurance maladie. */
  CPAM,
  /** Caisse d'allocations familiales. */
  CAF,
  /** Mutualité sociale agricole. */
  MSA,
  /** Conseil départemental. */
  CONSEIL_DEPARTEMENTAL,
  /** Conseil régional. */
  CONSEIL_REGIONAL,
  /** Éducation nationale (rectorat, DSDEN). */
  EDUCATION_NATIONALE,
  /** Direction départementale de l'emploi, du travail et des solidarités. */
  DDETS,
  /** Établissement de santé or médico-social, identified by FINESS. */
  HEALTH_ESTABLISHMENT,
  /** Union régionale des professionnels de santé. */
  URPS,
  /** Communauté professionnelle territoriale de santé. */
  CPTS,
  /** Dispositif d'appui à la coordination. */
  DAC,
  /** Observatoire régional de la santé. */
  ORS,
  /** Instance régionale d'éducation et de promotion de la santé. */
  IREPS,
  /** Association. */
  ASSOCIATION,
  /** Anything else. */
  OTHER;

  /** @return true for the four natures of EPCI */
  public boolean isEpci() {
    return this == COMMUNAUTE_DE_COMMUNES || this == COMMUNAUTE_D_AGGLOMERATION
        || this == COMMUNAUTE_URBAINE || this == METROPOLE;
  }

  /**
   * A <i>collectivité</i> in the sense of the référentiels: a commune, an EPCI or a groupement of them
   * (PETR, pays, syndicat mixte).
   *
   * @return whether this kind is a collectivité
   */
  public boolean isCollectivite() {
    return this == COMMUNE || isEpci() || this == PETR || this == PAYS || this == SYNDICAT_MIXTE;
  }
}
