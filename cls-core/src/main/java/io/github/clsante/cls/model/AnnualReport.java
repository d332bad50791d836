package io.github.clsante.cls.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A yearly report about calendar year {@link #year()}: activity report (<i>rapport d'activité</i>) or
 * financial report (<i>bilan financier</i>), according to the list that holds it.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ClsStyle
public interface AnnualReport {

  /** @return the id, unique in the document */
  String id();

  /** @return the calendar year reported on */
  int year();

  /** @return the day it was issued */
  Optional<LocalDate> issuedOn();

  /** @return a reference to the document */
  Optional<String> documentRef();

  /** @return a new builder */
  static ImmutableAnnualReport.Builder builder() {
    return ImmutableAnnualReport.builder();
  }
}
