package io.github.clsante.cls.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A partner organisation (French: <i>structure partenaire</i>): a collectivité, the ARS, the préfecture, a
 * caisse, an establishment, an association. Identifiers follow the public registers: SIREN for legal entities
 * (checked with its Luhn digit), FINESS for health establishments, INSEE code for a commune.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ClsStyle
public interface Organisation {

  /** @return the id, unique in the document, e.g. "ars-normandie" */
  String id();

  /** @return the name, e.g. "Agence régionale de santé de Normandie" */
  String name();

  /** @return what the organisation is */
  OrganisationKind kind();

  /** @return the SIREN number (9 digits, valid check digit) */
  Optional<String> siren();

  /** @return the FINESS number of a health establishment (9 characters) */
  Optional<String> finess();

  /** @return the INSEE code of a commune (5 characters) */
  Optional<String> inseeCode();

  /** @return a new builder */
  static ImmutableOrganisation.Builder builder() {
    return ImmutableOrganisation.builder();
  }
}
