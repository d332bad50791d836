package io.github.clsante.cls.spi.facts;

/**
 * A signatory, signed or planned.
 *
 * @param organisationId its organisation
 * @param path JSON Pointer of the signatory
 * @param collectivite whether it is a collectivité
 * @param ars whether it is an ARS
 */
public record SignatoryFact(String organisationId, String path, boolean collectivite, boolean ars) {}
