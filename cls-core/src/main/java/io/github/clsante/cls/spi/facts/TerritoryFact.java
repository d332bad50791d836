package io.github.clsante.cls.spi.facts;

import io.github.clsante.cls.model.TerritoryKind;

/**
 * The territory. Read by NOR-MERGED-BODIES and OCC-TERRITORY.
 *
 * @param kind its scale
 * @param collectiviteScale whether it is a commune, an EPCI or a groupement of them
 * @param communeDepartements how many distinct départements its communes lie in
 * @param politiqueDeLaVille whether it is in the politique de la ville
 * @param asvProgrammingIntegrated whether the Atelier santé ville programming is fully integrated
 * @since 0.1.0
 */
public record TerritoryFact(TerritoryKind kind, boolean collectiviteScale, int communeDepartements,
    boolean politiqueDeLaVille, boolean asvProgrammingIntegrated) {}
