package io.github.clsante.cls.model;

/** Where a fiche action stands (French: <i>état d'avancement</i>). */
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
