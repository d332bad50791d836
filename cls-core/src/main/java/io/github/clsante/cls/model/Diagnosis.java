package io.github.clsante.cls.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The shared local health diagnosis (French: <i>diagnostic local de santé partagé</i>): what it holds. Its
 * start and completion dates are {@link Milestones}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ClsStyle
public interface Diagnosis {

  /** @return a reference to the diagnosis document */
  Optional<String> documentRef();

  /** @return the Occitanie portraits it holds */
  Set<Portrait> portraits();

  /** @return the elements of the Normandie method it records */
  Set<DiagnosisElement> elements();

  /** @return the policy frameworks it crosses or refers to */
  Set<PolicyFramework> frameworks();

  /** @return the health themes it covers */
  Set<HealthTheme> themes();

  /** @return the stakeholder analysis rows */
  List<StakeholderAnalysis> stakeholders();

  /** @return a diagnosis that records nothing yet */
  static Diagnosis none() {
    return builder().build();
  }

  /** @return a new builder */
  static ImmutableDiagnosis.Builder builder() {
    return ImmutableDiagnosis.builder();
  }
}
