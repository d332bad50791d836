/**
 * Service provider interface for référentiel packs, and the facts packs reason on ({@code spi.facts}).
 * Stable for pack authors; not needed by applications that only check contracts.
 */
@NullMarked
package io.github.clsante.cls.spi;

import org.jspecify.annotations.NullMarked;
