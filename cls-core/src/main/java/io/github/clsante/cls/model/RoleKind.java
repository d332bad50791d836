package io.github.clsante.cls.model;

/**
 * A role a person holds in the CLS (French: <i>rôle</i>).
 *
 * @since 0.1.0
 */
public enum RoleKind {
  /** Élu of a collectivité, possibly with délégations. */
  ELU,
  /** The élu designated as référent du CLS. */
  ELU_REFERENT,
  /** Coordinator of the CLS (coordinateur / coordinatrice), with an FTE and an employer. */
  COORDINATOR,
  /** Technician of a partner institution. */
  TECHNICIAN,
  /** Health professional. */
  HEALTH_PROFESSIONAL,
  /** Representative of the inhabitants or users. */
  INHABITANT_REPRESENTATIVE,
  /** Délégué du préfet (representative of the préfet). */
  PREFECT_DELEGATE
}
