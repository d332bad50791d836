package io.github.clsante.cls.spi.facts;

import org.jspecify.annotations.Nullable;

/**
 * A fiche action of the plan on the check date (a fiche added by an amendment dated after it gives no fact).
 *
 * @param ficheId the fiche
 * @param path JSON Pointer of the fiche
 * @param hasAxis whether it belongs to an axis
 * @param hasPilot whether it has a pilot
 * @param pilotIsCoordinator whether its pilot holds the coordinator role on the check date
 * @param indicatorCount how many indicators it has
 * @param validated whether it was validated on or before the check date (a later validation date is not a
 *     validation yet)
 * @param validatedByDeadline whether it was so validated, on or before its deadline: the amendment's date for a
 *     fiche added by an amendment, else the signature; true when validated and no deadline is dated yet
 * @param amendmentId the amendment that added it, or null
 * @since 0.1.0
 */
public record FicheFact(String ficheId, String path, boolean hasAxis, boolean hasPilot, boolean pilotIsCoordinator,
    int indicatorCount, boolean validated, boolean validatedByDeadline, @Nullable String amendmentId) {}
