package io.github.clsante.cls.spi.facts;

import io.github.clsante.cls.model.EvaluationKind;

/**
 * An evaluation.
 *
 * @param evaluationId the evaluation
 * @param path JSON Pointer of the evaluation
 * @param kind its kind
 * @param monthsBeforeEnd whole months from its date to the contract's end date, when it is dated on or before
 *     both the end date and the check date; null otherwise
 * @param supervisedByCopil whether its supervising body counts as the COPIL and decided on or before the check
 *     date
 */
public record EvaluationFact(String evaluationId, String path, EvaluationKind kind, Integer monthsBeforeEnd,
    boolean supervisedByCopil) {}
