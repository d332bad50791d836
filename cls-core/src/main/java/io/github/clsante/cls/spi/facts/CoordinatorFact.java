package io.github.clsante.cls.spi.facts;

import org.jspecify.annotations.Nullable;

/**
 * A person holding the coordinator role on the check date (one fact per person, whatever the number of their
 * coordinator roles). Read by NOR-COORDINATOR-EMPLOYER.
 *
 * @param personId the person
 * @param path JSON Pointer of the person
 * @param employerId the employer (a role's own, else the person's organisation): the first one that is not a
 *     signatory collectivité if any, else the first one; null when none is known
 * @param employedBySignatoryCollectivite whether every coordinator role the person holds is employed by a
 *     signatory collectivité
 * @since 0.1.0
 */
public record CoordinatorFact(String personId, String path, @Nullable String employerId,
    boolean employedBySignatoryCollectivite) {}
