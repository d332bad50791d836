package io.github.clsante.cls.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * The action plan (French: <i>plan d'action</i>): strategic axes and fiches actions.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ClsStyle
public interface ActionPlan {

  /** @return the axes, in document order */
  List<Axis> axes();

  /** @return the fiches actions, in document order */
  List<ActionSheet> fiches();

  /** @return a plan with no axis and no fiche */
  static ActionPlan empty() {
    return builder().build();
  }

  /** @return a new builder */
  static ImmutableActionPlan.Builder builder() {
    return ImmutableActionPlan.builder();
  }
}
