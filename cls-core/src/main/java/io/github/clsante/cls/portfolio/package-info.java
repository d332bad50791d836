/**
 * Many contracts checked at once — an ARS délégation's, a département's or a région's portfolio:
 * {@link io.github.clsante.cls.portfolio.Portfolio} checks them in parallel, each against the référentiel of its
 * région (or one forced), and returns a {@link io.github.clsante.cls.portfolio.PortfolioReport} with one report
 * per contract in input order, the totals and the portfolio's agenda. Public API.
 */
@NullMarked
package io.github.clsante.cls.portfolio;

import org.jspecify.annotations.NullMarked;
