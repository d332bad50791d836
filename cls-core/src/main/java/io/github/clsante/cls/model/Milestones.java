package io.github.clsante.cls.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The dated milestones of a contract's life (French: <i>jalons</i>). Phases are derived from them, never
 * stored: see {@link io.github.clsante.cls.calendar.Phases}. Every milestone is optional, so drafts are valid.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ClsStyle
public interface Milestones {

  /** @return the collectivité's decision to engage in a CLS (délibération) */
  Optional<LocalDate> engagement();

  /** @return the letter of intent of the élus sent to the ARS (lettre d'intention) */
  Optional<LocalDate> letterOfIntent();

  /** @return the start of the local health diagnosis */
  Optional<LocalDate> diagnosisStart();

  /** @return the completion of the diagnosis */
  Optional<LocalDate> diagnosisCompletion();

  /** @return the signature of the contract */
  Optional<LocalDate> signature();

  /** @return the contract's last day (inclusive) */
  Optional<LocalDate> end();

  /** @return milestones with no date at all */
  static Milestones none() {
    return builder().build();
  }

  /** @return a new builder */
  static ImmutableMilestones.Builder builder() {
    return ImmutableMilestones.builder();
  }
}
