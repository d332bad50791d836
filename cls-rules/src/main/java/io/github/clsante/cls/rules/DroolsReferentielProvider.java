package io.github.clsante.cls.rules;

import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.rules.internal.DroolsReferentiel;
import io.github.clsante.cls.rules.spi.PackPart;
import io.github.clsante.cls.spi.ReferentielProvider;
import java.util.List;

/**
 * Base class for a référentiel made of Drools rules compiled ahead of time by {@code kie-maven-plugin}
 * ({@code generateModel=YES}). A pack for another région extends it in its own jar, lists its parts (usually
 * {@link Packs#SOCLE} plus its own) and registers the subclass in
 * {@code META-INF/services/io.github.clsante.cls.spi.ReferentielProvider}.
 *
 * <p>{@link #create()} loads each part's executable model directly from its own model listing (never through
 * Drools' fixed {@code ProjectModel} class, nor by compiling DRL) and fails with an
 * {@link IllegalStateException} when a catalogued clause has no rule, a rule has no catalogued clause, or a
 * rule's metadata disagree with the catalogue: a pack never silently checks less than it says. It lives beside
 * {@link Packs}, where the shipped packs are assembled, and not in {@code rules.spi}, which holds only what rules
 * use ({@code FindingSink}, {@code ClauseParameters}, {@code PackPart}) and depends on no implementation.
 * Subclasses are immutable; {@link #create()} is thread-safe.
 *
 * @since 0.1.0
 */
public abstract class DroolsReferentielProvider implements ReferentielProvider {

  /** For subclasses. */
  protected DroolsReferentielProvider() {}

  /** @return a human title of the référentiel */
  protected abstract String title();

  /** @return the version of the référentiel pack */
  protected abstract String version();

  /** @return the parts that make up the référentiel, in catalogue order */
  protected abstract List<PackPart> parts();

  @Override
  public final Referentiel create() {
    return DroolsReferentiel.load(id(), title(), version(), parts(), getClass().getClassLoader());
  }
}
