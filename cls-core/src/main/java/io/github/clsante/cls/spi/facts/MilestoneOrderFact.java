package io.github.clsante.cls.spi.facts;

import java.time.LocalDate;

/**
 * Two milestones that are consecutive among the dated ones, in the order engagement, letter of intent,
 * diagnosis start, diagnosis completion, signature, end.
 *
 * @param earlier the earlier milestone's field name, e.g. "letterOfIntent"
 * @param later the later milestone's field name
 * @param earlierDate its date
 * @param laterDate its date
 * @param path JSON Pointer of the later milestone
 * @param sameDay whether both are the same day
 * @param laterBeforeEarlier whether the later milestone is dated strictly before the earlier one
 * @since 0.1.0
 */
public record MilestoneOrderFact(String earlier, String later, LocalDate earlierDate, LocalDate laterDate,
    String path, boolean sameDay, boolean laterBeforeEarlier) {}
