package io.github.clsante.cls.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An annual or multi-year programming (French: <i>programmation</i>) covering the calendar years
 * {@link #fromYear()} to {@link #toYear()} inclusive, with the signatories' financial commitments and its
 * validation.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ClsStyle
public interface Programming {

  /** @return the id, unique in the document */
  String id();

  /** @return the first year covered */
  int fromYear();

  /** @return the last year covered (inclusive); not before {@link #fromYear()} */
  int toYear();

  /** @return the financial commitments */
  List<FinancialCommitment> commitments();

  /** @return the body that validated it and when */
  Optional<BodyDecision> validation();

  /**
   * @param year a calendar year
   * @return whether the programming covers it
   */
  default boolean covers(int year) {
    return fromYear() <= year && year <= toYear();
  }

  /** @return a new builder */
  static ImmutableProgramming.Builder builder() {
    return ImmutableProgramming.builder();
  }
}
