package io.github.clsante.cls.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A strategic axis of the action plan (French: <i>axe stratégique</i>).
 *
 * @since 0.1.0
 */
@Value.Immutable
@ClsStyle
public interface Axis {

  /** @return the id, unique in the document */
  String id();

  /** @return the title, e.g. "Renforcer l'accès aux soins" */
  String title();

  /** @return how the axis is framed */
  @Value.Default
  default AxisApproach approach() {
    return AxisApproach.THEMATIC;
  }

  /** @return whether this axis is the contract's mental-health component (volet santé mentale) */
  @Value.Default
  default boolean mentalHealthComponent() {
    return false;
  }

  /** @return the reference to the projet territorial de santé mentale the component takes into account */
  Optional<String> ptsmReference();

  /** @return a new builder */
  static ImmutableAxis.Builder builder() {
    return ImmutableAxis.builder();
  }
}
