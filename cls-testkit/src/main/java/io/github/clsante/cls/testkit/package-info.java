/**
 * jqwik generators of whole Contrats locaux de santé for property tests: random but meaningful contracts,
 * contracts at check dates that hit every phase, contracts conforming to a regional référentiel, and
 * {@link io.github.clsante.cls.testkit.Breakage named ways} to break them clause by clause, and each clause's
 * {@link io.github.clsante.cls.testkit.Counterexamples minimal counter-example}. Entry point:
 * {@link io.github.clsante.cls.testkit.Contracts}.
 */
@NullMarked
package io.github.clsante.cls.testkit;

import org.jspecify.annotations.NullMarked;
