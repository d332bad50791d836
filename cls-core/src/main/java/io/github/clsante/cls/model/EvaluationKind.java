package io.github.clsante.cls.model;

/**
 * The kind of an evaluation (French: <i>évaluation</i>).
 *
 * @since 0.1.0
 */
public enum EvaluationKind {
  /** Annual evaluation (bilan annuel). */
  ANNUAL,
  /** Mid-term evaluation (évaluation intermédiaire). */
  MID_TERM,
  /** Final evaluation (évaluation finale). */
  FINAL
}
