package io.github.clsante.cls.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A party to the contract (French: <i>signataire</i>): planned until it signs, then signed on a date.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ClsStyle
public interface Signatory {

  /** @return the organisation that signs */
  String organisationId();

  /** @return the day it signed; empty while planned */
  Optional<LocalDate> signedOn();

  /** @return the person who signed or will sign for it */
  Optional<String> signerId();

  /** @return whether the signatory has signed */
  default boolean isSigned() {
    return signedOn().isPresent();
  }

  /** @return a new builder */
  static ImmutableSignatory.Builder builder() {
    return ImmutableSignatory.builder();
  }
}
