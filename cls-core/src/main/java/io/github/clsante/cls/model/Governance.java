package io.github.clsante.cls.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * The governance of the CLS (French: <i>gouvernance</i>): its bodies.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ClsStyle
public interface Governance {

  /** @return the bodies, in document order */
  List<GovernanceBody> bodies();

  /** @return a governance with no body */
  static Governance none() {
    return builder().build();
  }

  /** @return a new builder */
  static ImmutableGovernance.Builder builder() {
    return ImmutableGovernance.builder();
  }
}
