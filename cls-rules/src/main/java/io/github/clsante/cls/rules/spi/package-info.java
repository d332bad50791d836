/**
 * Service provider interface for référentiel packs written as Drools rules: extend
 * {@link io.github.clsante.cls.rules.DroolsReferentielProvider}, describe each DRL package as a
 * {@link io.github.clsante.cls.rules.spi.PackPart}, read the référentiel's numbers through
 * {@link io.github.clsante.cls.rules.spi.ClauseParameters}, and report through
 * {@link io.github.clsante.cls.rules.spi.FindingSink}. Depends on no implementation package. Stable for pack
 * authors.
 */
@NullMarked
package io.github.clsante.cls.rules.spi;

import org.jspecify.annotations.NullMarked;
