package io.github.clsante.cls.spi.facts;

/**
 * A signatory, signed or planned. Read by NOR-COPIL-MEMBERS and OCC-PROJECT-TEAM.
 *
 * @param organisationId its organisation
 * @param path JSON Pointer of the signatory
 * @param collectivite whether it is a collectivité
 * @param ars whether it is an ARS
 * @param copilMember whether one of its people is a member, on the check date, of a body counting as the COPIL
 *     (the COPIL being the union of those bodies)
 * @param cotechMember whether one of its people is a member, on the check date, of a body counting as the
 *     COTECH (the COTECH being the union of those bodies)
 * @since 0.1.0
 */
public record SignatoryFact(String organisationId, String path, boolean collectivite, boolean ars,
    boolean copilMember, boolean cotechMember) {}
