package io.github.clsante.cls.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dated funding of the coordination post (French: <i>financement du poste de coordination</i>).
 *
 * @since 0.1.0
 */
@Value.Immutable
@ClsStyle
public interface Funding {

  /** @return the funding organisation */
  String organisationId();

  /** @return when it funds; always by default */
  @Value.Default
  default DateRange period() {
    return DateRange.always();
  }

  /** @return the yearly amount in euros, if known */
  Optional<BigDecimal> annualAmount();

  /** @return a new builder */
  static ImmutableFunding.Builder builder() {
    return ImmutableFunding.builder();
  }
}
