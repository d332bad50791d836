package io.github.clsante.cls.spi.facts;

/**
 * The governance bodies, counted. One per check. Read by NOR-COPIL-EXISTS and OCC-COPIL-EXISTS
 * ({@code copilCount}), NOR-COTECH-EXISTS and OCC-COTECH-EXISTS ({@code cotechCount}).
 *
 * @param copilCount how many bodies count as a COPIL (a COPIL or a merged body)
 * @param cotechCount how many bodies count as a COTECH (a COTECH or a merged body)
 *
 * @since 0.1.0
 */
public record GovernanceFact(int copilCount, int cotechCount) {}
