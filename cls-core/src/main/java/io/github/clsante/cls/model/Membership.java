package io.github.clsante.cls.model;

import org.immutables.value.Value;

/**
 * A person's dated membership of a governance body (French: <i>membre d'une instance</i>).
 *
 * @since 0.1.0
 */
@Value.Immutable
@ClsStyle
public interface Membership {

  /** @return the member */
  String personId();

  /** @return from joining to leaving, both inclusive; always by default */
  @Value.Default
  default DateRange period() {
    return DateRange.always();
  }

  /** @return a new builder */
  static ImmutableMembership.Builder builder() {
    return ImmutableMembership.builder();
  }
}
