/**
 * The référentiel API: {@link io.github.clsante.cls.referentiel.Referentiel}, its catalogue of
 * {@link io.github.clsante.cls.referentiel.Clause}s, and {@link io.github.clsante.cls.referentiel.Referentiels}
 * to find the packs on the class path. Public API.
 */
@NullMarked
package io.github.clsante.cls.referentiel;

import org.jspecify.annotations.NullMarked;
