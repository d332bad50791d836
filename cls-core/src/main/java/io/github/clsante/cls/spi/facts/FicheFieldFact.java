package io.github.clsante.cls.spi.facts;

/**
 * Whether a fiche action states one of its descriptive fields.
 *
 * @param ficheId the fiche
 * @param path JSON Pointer of the field
 * @param field the field, named as in the JSON form: operationalObjective, axisId, stakes, targetPublic,
 *     timeline, expectedResults, partnerIds or means
 * @param present whether it is stated (means: in words or as a budget)
 */
public record FicheFieldFact(String ficheId, String path, String field, boolean present) {}
