package io.github.clsante.cls.spi.facts;

/**
 * The coordination on the check date. Read by SOC-COORDINATOR-FTE, NOR-COORDINATION, NOR-ELU-REFERENT,
 * NOR-COPIL-MEMBERS (whether there is an élu référent), NOR-ANNUAL-FINANCIAL (co-financed or not),
 * OCC-COORDINATOR-DEDICATED and OCC-COORDINATOR-FUNDING.
 *
 * @param coordinatorCount people holding the coordinator role
 * @param totalFte their full-time equivalents added up
 * @param funderCount distinct organisations funding the coordination post
 * @param signatoryFunderCount of those, how many are signatories
 * @param eluReferentCount people holding the élu référent role
 * @param eluReferentsOfSignatoryCollectivite of those, how many belong to a signatory collectivité
 * @since 0.1.0
 */
public record CoordinationFact(int coordinatorCount, double totalFte, int funderCount, int signatoryFunderCount,
    int eluReferentCount, int eluReferentsOfSignatoryCollectivite) {}
