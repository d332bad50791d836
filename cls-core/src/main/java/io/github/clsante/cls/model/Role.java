package io.github.clsante.cls.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dated role held by a person. Roles change over time (élus after elections, coordinators leaving), so a
 * rule reads the roles held on the check date.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ClsStyle
public interface Role {

  /** @return the kind of role */
  RoleKind kind();

  /** @return when the role is held; always by default */
  @Value.Default
  default DateRange period() {
    return DateRange.always();
  }

  /** @return an élu's délégations, e.g. "santé", "solidarités" */
  List<String> delegations();

  /** @return a coordinator's full-time equivalent (0.8 for four days a week); never negative */
  Optional<BigDecimal> fte();

  /** @return the organisation employing a coordinator, when it differs from the person's organisation */
  Optional<String> employerId();

  /** @return a new builder */
  static ImmutableRole.Builder builder() {
    return ImmutableRole.builder();
  }
}
