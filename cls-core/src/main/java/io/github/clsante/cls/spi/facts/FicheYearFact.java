package io.github.clsante.cls.spi.facts;

/**
 * A fiche action in one judged year of the span signature → end (amendment → end for a fiche added by an
 * amendment). Read by NOR-INDICATOR-FOLLOW-UP.
 *
 * @param ficheId the fiche
 * @param path JSON Pointer of the fiche
 * @param year the judged year
 * @param indicatorCount how many indicators the fiche defines (a fiche without any has no values to follow up)
 * @param indicatorValues how many indicator values of the fiche are for that year
 * @param overdue whether values for that year were due by the check date (after 30 June of the next year)
 * @since 0.1.0
 */
public record FicheYearFact(String ficheId, String path, int year, int indicatorCount, int indicatorValues,
    boolean overdue) {}
