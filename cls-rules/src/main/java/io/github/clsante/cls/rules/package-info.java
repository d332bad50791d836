/**
 * The référentiel packs shipped with cls: {@code normandie} and {@code occitanie}, each including the
 * {@code socle}. Applications use them through {@link io.github.clsante.cls.referentiel.Referentiels}; this
 * package only names the {@link io.github.clsante.cls.rules.Packs} that third-party packs may reuse.
 */
@NullMarked
package io.github.clsante.cls.rules;

import org.jspecify.annotations.NullMarked;
