package io.github.clsante.cls.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of the diagnosis's stakeholder analysis (French: <i>analyse des acteurs</i>).
 *
 * @since 0.1.0
 */
@Value.Immutable
@ClsStyle
public interface StakeholderAnalysis {

  /** @return the actor, as named in the analysis */
  String actor();

  /** @return the organisation, when it is one of the document's */
  Optional<String> organisationId();

  /** @return its role on the territory */
  Optional<String> role();

  /** @return its assets (French: <i>atouts</i>) */
  Optional<String> assets();

  /** @return its interest in the CLS */
  Optional<String> interest();

  /** @return the risk it carries */
  Optional<String> risk();

  /** @return a new builder */
  static ImmutableStakeholderAnalysis.Builder builder() {
    return ImmutableStakeholderAnalysis.builder();
  }
}
