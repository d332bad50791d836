package io.github.clsante.cls.spi.facts;

/**
 * The letter of intent of the élus. One per check. Read by NOR-LETTER-OF-INTENT.
 *
 * @param dated whether the letter of intent is dated
 * @param beforeDiagnosis whether it is dated on or before the diagnosis start (or dated, when there is no
 *     diagnosis start)
 *
 * @since 0.1.0
 */
public record LetterOfIntentFact(boolean dated, boolean beforeDiagnosis) {}
