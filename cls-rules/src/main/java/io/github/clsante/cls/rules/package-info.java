/**
 * The référentiel packs shipped with cls: {@code socle}, {@code normandie} and {@code occitanie} (each regional one
 * including the socle). Applications use them through {@link io.github.clsante.cls.referentiel.Referentiels};
 * this package names the {@link io.github.clsante.cls.rules.Packs} third-party packs may reuse and the
 * {@link io.github.clsante.cls.rules.DroolsReferentielProvider} they extend, and holds the shipped providers
 * (registered through {@code ServiceLoader}).
 */
@NullMarked
package io.github.clsante.cls.rules;

import org.jspecify.annotations.NullMarked;
