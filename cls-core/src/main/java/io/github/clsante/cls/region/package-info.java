/**
 * The eighteen régions of the Agences régionales de santé: a small public register (COG région code, official
 * name, usual aliases, time zone), so that a contract's {@code region} picks its référentiel
 * ({@link io.github.clsante.cls.referentiel.Referentiels#forRegion(String)}). Public API.
 */
@NullMarked
package io.github.clsante.cls.region;

import org.jspecify.annotations.NullMarked;
