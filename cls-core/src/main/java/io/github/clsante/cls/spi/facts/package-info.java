/**
 * The facts référentiel packs reason on, derived by {@link io.github.clsante.cls.spi.facts.Facts} from a
 * contract and a check date. They hold no threshold of any référentiel: the rules do. Service provider
 * interface: stable for pack authors.
 */
@NullMarked
package io.github.clsante.cls.spi.facts;

import org.jspecify.annotations.NullMarked;
