package io.github.clsante.cls.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A fiche action of the plan (French: <i>fiche action</i>): its operational objective, axis, stakes, target
 * public, timeline, expected results, partners, means, pilot and co-pilots, indicators, validation date and
 * status. Every field but id and title is optional: a fiche being drafted is a valid value.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ClsStyle
public interface ActionSheet {

  /** @return the id, unique in the document, e.g. "fa-1-2" */
  String id();

  /** @return the title */
  String title();

  /** @return the operational objective */
  Optional<String> operationalObjective();

  /** @return the axis it belongs to */
  Optional<String> axisId();

  /** @return its stakes (enjeux) */
  Optional<String> stakes();

  /** @return the target public (public cible) */
  Optional<String> targetPublic();

  /** @return the timeline (calendrier de réalisation) */
  Optional<String> timeline();

  /** @return the expected results (résultats attendus) */
  Optional<String> expectedResults();

  /** @return the partner organisations */
  List<String> partnerIds();

  /** @return the means (moyens), in words */
  Optional<String> means();

  /** @return the budget in euros */
  Optional<BigDecimal> budget();

  /** @return the pilot (pilote d'action), a person */
  Optional<String> pilotId();

  /** @return the co-pilots, people */
  List<String> coPilotIds();

  /** @return the indicators */
  List<Indicator> indicators();

  /** @return the day the fiche was validated */
  Optional<LocalDate> validatedOn();

  /** @return where the fiche stands */
  @Value.Default
  default ActionStatus status() {
    return ActionStatus.PLANNED;
  }

  /** @return whether the action existed before the CLS (action pré-existante) */
  @Value.Default
  default boolean preExisting() {
    return false;
  }

  /** @return whether this fiche is (part of) the mental-health component */
  @Value.Default
  default boolean mentalHealthComponent() {
    return false;
  }

  /** @return the reference to the projet territorial de santé mentale it takes into account */
  Optional<String> ptsmReference();

  /** @return a new builder */
  static ImmutableActionSheet.Builder builder() {
    return ImmutableActionSheet.builder();
  }
}
