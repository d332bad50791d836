/**
 * The yearly follow-up of a contract as it stood on a check date: per calendar year, the COPIL and COTECH
 * meetings held, the activity and financial reports issued, whether a validated programming covers the year, and
 * whether the référentiel's convention judges the year, looks at it as the year in progress, or leaves it aside
 * as partial ({@link io.github.clsante.cls.followup.YearlyFollowUp}). It holds no threshold of any référentiel:
 * views put it beside the numbers of the clauses ({@link io.github.clsante.cls.referentiel.Clause#parameters()}).
 * Public API; immutable and thread-safe.
 */
@NullMarked
package io.github.clsante.cls.followup;

import org.jspecify.annotations.NullMarked;
