package io.github.clsante.cls.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A signatory's signature (French: <i>paraphe</i>) on an amendment.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ClsStyle
public interface AmendmentSignature {

  /** @return the organisation that signed the amendment */
  String organisationId();

  /** @return the day it signed */
  Optional<LocalDate> signedOn();

  /** @return a new builder */
  static ImmutableAmendmentSignature.Builder builder() {
    return ImmutableAmendmentSignature.builder();
  }
}
