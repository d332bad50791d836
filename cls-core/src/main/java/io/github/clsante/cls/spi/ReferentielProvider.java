package io.github.clsante.cls.spi;

import io.github.clsante.cls.referentiel.Referentiel;
import java.util.Set;

/**
 * Service provider interface: a pack for a région registers an implementation in
 * {@code META-INF/services/io.github.clsante.cls.spi.ReferentielProvider} (or {@code provides} in its
 * {@code module-info}), and {@link io.github.clsante.cls.referentiel.Referentiels} finds it. Implementations
 * need a public no-argument constructor and must be cheap to instantiate: the work belongs in {@link #create()}.
 *
 * @since 0.1.0
 */
public interface ReferentielProvider {

  /** @return the id of the référentiel this provider builds, e.g. "normandie"; unique on the class path */
  String id();

  /**
   * The régions whose contracts this référentiel judges by default, by COG région code (e.g. {@code "28"} for
   * Normandie; see {@link io.github.clsante.cls.region.Region}). {@link
   * io.github.clsante.cls.referentiel.Referentiels#forRegion(String)} picks this provider for those régions. At
   * most one provider on the class path may serve a région; discovery fails when two claim one, or when a code is
   * no région's. Must not build anything.
   *
   * @return the codes of the régions served; empty by default (a pack found by id only)
   */
  default Set<String> regionCodes() {
    return Set.of();
  }

  /**
   * Builds the référentiel. Called at most once per id by {@code Referentiels}; must fail loudly (with an
   * exception naming what is missing) rather than return a référentiel that checks less than its catalogue.
   *
   * @return the référentiel, immutable and thread-safe
   */
  Referentiel create();
}
