package io.github.clsante.cls.rules;

import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.rules.spi.PackPart;
import java.util.List;

/**
 * The national baseline ({@value Referentiels#SOCLE_ID}): the socle clauses only, for every CLS in France. It
 * serves no région by declaration: {@link Referentiels#forRegion(String)} falls back to it for the régions no
 * regional pack serves. Registered through {@code ServiceLoader}.
 *
 * @since 0.1.0
 */
public final class SocleProvider extends DroolsReferentielProvider {

  /** Called by {@code ServiceLoader}. */
  public SocleProvider() {}

  @Override
  public String id() {
    return Referentiels.SOCLE_ID;
  }

  @Override
  protected String title() {
    return "Socle national — la loi (CSP art. L1434-10), la fiche nationale de la Fédération Addiction "
        + "et le tronc commun des référentiels régionaux";
  }

  @Override
  protected String version() {
    return "2026.12";
  }

  @Override
  protected List<PackPart> parts() {
    return List.of(Packs.SOCLE);
  }
}
