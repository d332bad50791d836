package io.github.clsante.cls.spi.facts;

/**
 * A person holding the coordinator role on the check date.
 *
 * @param personId the person
 * @param path JSON Pointer of the person
 * @param employerId the employer (the role's, else the person's organisation), or null
 * @param employedBySignatoryCollectivite whether the employer is a signatory collectivité
 */
public record CoordinatorFact(String personId, String path, String employerId,
    boolean employedBySignatoryCollectivite) {}
