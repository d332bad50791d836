package io.github.clsante.cls.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An amendment to the contract (French: <i>avenant</i>), its signatures and the fiches it adds.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ClsStyle
public interface Amendment {

  /** @return the id, unique in the document */
  String id();

  /** @return the amendment's date; empty while drafted */
  Optional<LocalDate> date();

  /** @return what it changes, e.g. "Ajout d'un volet santé mentale" */
  Optional<String> subject();

  /** @return the signatures it bears */
  List<AmendmentSignature> signatures();

  /** @return ids of the fiches actions it adds to the plan */
  List<String> addedFicheIds();

  /** @return a new builder */
  static ImmutableAmendment.Builder builder() {
    return ImmutableAmendment.builder();
  }
}
