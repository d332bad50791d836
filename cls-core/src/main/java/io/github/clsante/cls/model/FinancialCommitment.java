package io.github.clsante.cls.model;

import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * An organisation's financial commitment in a programming (French: <i>engagement financier</i>).
 *
 * @since 0.1.0
 */
@Value.Immutable
@ClsStyle
public interface FinancialCommitment {

  /** @return the committing organisation */
  String organisationId();

  /** @return the amount in euros */
  BigDecimal amount();

  /** @return a new builder */
  static ImmutableFinancialCommitment.Builder builder() {
    return ImmutableFinancialCommitment.builder();
  }
}
