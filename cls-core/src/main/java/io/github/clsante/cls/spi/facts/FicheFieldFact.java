package io.github.clsante.cls.spi.facts;

/**
 * A descriptive field a fiche action of the plan on the check date does not state (a fiche that states them all
 * gives none). Read by SOC-ACTION-FIELDS.
 *
 * @param ficheId the fiche
 * @param path JSON Pointer of the field
 * @param field the field, named as in the JSON form: operationalObjective, axisId, stakes, targetPublic,
 *     timeline, expectedResults, partnerIds or means (means: in words or as a budget)
 * @since 0.1.0
 */
public record FicheFieldFact(String ficheId, String path, String field) {}
