package io.github.clsante.cls.rules;

import io.github.clsante.cls.rules.spi.PackPart;
import java.util.List;
import java.util.Set;

/** The Normandie référentiel: socle + Normandie clauses. Registered through {@code ServiceLoader}. *
 * @since 0.1.0
 */
public final class NormandieProvider extends DroolsReferentielProvider {

  /** Called by {@code ServiceLoader}. */
  public NormandieProvider() {}

  @Override
  public String id() {
    return "normandie";
  }

  /** @return the COG code of the région this référentiel serves */
  @Override
  public Set<String> regionCodes() {
    return Set.of("28");
  }

  @Override
  protected String title() {
    return "ARS Normandie — fiche n°3 « Gouvernance et coordination » (02.2025) et méthodologie CLS";
  }

  @Override
  protected String version() {
    return "2025.02";
  }

  @Override
  protected List<PackPart> parts() {
    return List.of(Packs.SOCLE, Packs.NORMANDIE);
  }
}
