package io.github.clsante.cls.spi.facts;

import java.time.LocalDate;

/**
 * The contract's end date and the first day of its last 12 months (the days d up to the end date with d + 1 year
 * later than the end date), for the final evaluation's to-do: due on the end date, its window opening on
 * {@code windowOpens}. Derived only when the document holds an end date. Read by NOR-FINAL-EVALUATION.
 *
 * @param end the end date
 * @param windowOpens the first day of the last 12 months
 * @since 0.1.0
 */
public record EndFact(LocalDate end, LocalDate windowOpens) {}
