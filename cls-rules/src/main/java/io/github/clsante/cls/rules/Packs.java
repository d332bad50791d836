package io.github.clsante.cls.rules;

import io.github.clsante.cls.rules.spi.PackPart;

/**
 * The parts shipped in cls-rules. A third-party pack for another région reuses {@link #SOCLE}, the clauses that
 * apply in every référentiel.
 *
 * @since 0.1.0
 */
public final class Packs {

  private static final String LISTING = "META-INF/kie/io.github.clsante/cls-rules/drools-model";
  private static final String CATALOGUE = "io/github/clsante/cls/rules/catalogue.properties";
  private static final String MESSAGES = "io.github.clsante.cls.rules.ClsRulesMessages";

  /** The socle: clauses that apply in every référentiel pack. */
  public static final PackPart SOCLE =
      new PackPart("socle", "io.github.clsante.cls.rules.socle", LISTING, CATALOGUE, MESSAGES);

  /** The Normandie clauses (ARS Normandie fiche n°3 and methodology). */
  public static final PackPart NORMANDIE =
      new PackPart("normandie", "io.github.clsante.cls.rules.normandie", LISTING, CATALOGUE, MESSAGES);

  /** The Occitanie clauses (référentiel 2018). */
  public static final PackPart OCCITANIE =
      new PackPart("occitanie", "io.github.clsante.cls.rules.occitanie", LISTING, CATALOGUE, MESSAGES);

  private Packs() {}
}
