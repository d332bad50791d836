package io.github.clsante.cls.followup;

import io.github.clsante.cls.referentiel.Applies;
import java.util.Objects;
import java.util.Optional;

/**
 * The span of a contract's life a yearly clause follows, as its {@linkplain Applies applies} column says: the
 * governance meetings from the diagnosis start, the reports and the programming from the signature, both to the
 * end date (or open when there is none).
 *
 * @since 0.1.0
 */
public enum FollowUpSpan {
  /** From the diagnosis start to the end: {@link Applies#YEARS_DIAGNOSIS_TO_END}. */
  DIAGNOSIS_TO_END,
  /** From the signature to the end: {@link Applies#YEARS_SIGNATURE_TO_END}. */
  SIGNATURE_TO_END;

  /**
   * @param applies when a clause applies
   * @return the span a yearly clause follows; empty for a clause that is not yearly
   * @throws NullPointerException when {@code applies} is null
   */
  public static Optional<FollowUpSpan> of(Applies applies) {
    switch (Objects.requireNonNull(applies, "applies")) {
      case YEARS_DIAGNOSIS_TO_END:
        return Optional.of(DIAGNOSIS_TO_END);
      case YEARS_SIGNATURE_TO_END:
        return Optional.of(SIGNATURE_TO_END);
      default:
        return Optional.empty();
    }
  }
}
