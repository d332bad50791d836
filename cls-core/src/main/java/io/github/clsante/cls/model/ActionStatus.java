package io.github.clsante.cls.model;

/**
 * Where a fiche action stands (French: <i>état d'avancement</i>).
 *
 * @since 0.1.0
 */
public enum ActionStatus {
  /** Not started. */
  PLANNED,
  /** Under way. */
  IN_PROGRESS,
  /** Done. */
  COMPLETED,
  /** Given up. */
  ABANDONED
}
