package io.github.clsante.cls.rules;

import io.github.clsante.cls.rules.spi.PackPart;
import java.util.List;
import java.util.Set;

/** The Occitanie référentiel: socle + Occitanie clauses. Registered through {@code ServiceLoader}. *
 * @since 0.1.0
 */
public final class OccitanieProvider extends DroolsReferentielProvider {

  /** Called by {@code ServiceLoader}. */
  public OccitanieProvider() {}

  @Override
  public String id() {
    return "occitanie";
  }

  /** @return the COG code of the région this référentiel serves */
  @Override
  public Set<String> regionCodes() {
    return Set.of("76");
  }

  @Override
  protected String title() {
    return "« Les contrats locaux de santé en Occitanie — référentiel 2018 »";
  }

  @Override
  protected String version() {
    return "2018";
  }

  @Override
  protected List<PackPart> parts() {
    return List.of(Packs.SOCLE, Packs.OCCITANIE);
  }
}
