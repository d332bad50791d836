/**
 * The facts référentiel packs reason on, derived by {@link io.github.clsante.cls.spi.facts.FactSet#derive} from
 * a contract and a check date, one family per accessor of the {@link io.github.clsante.cls.spi.facts.FactSet}.
 * They hold no threshold of any référentiel: the rules read those as their clause's parameters. Each fact's
 * Javadoc names the clauses that read it. Service provider interface: stable for pack authors; the command and
 * the renderer never read it (they read {@link io.github.clsante.cls.followup.YearlyFollowUp}).
 */
@NullMarked
package io.github.clsante.cls.spi.facts;

import org.jspecify.annotations.NullMarked;
