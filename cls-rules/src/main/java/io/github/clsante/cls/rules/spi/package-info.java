/**
 * Service provider interface for référentiel packs written as Drools rules: extend
 * {@link io.github.clsante.cls.rules.spi.DroolsReferentielProvider}, describe each DRL package as a
 * {@link io.github.clsante.cls.rules.spi.PackPart}, and report through
 * {@link io.github.clsante.cls.rules.spi.FindingSink}. Stable for pack authors.
 */
@NullMarked
package io.github.clsante.cls.rules.spi;

import org.jspecify.annotations.NullMarked;
