package io.github.clsante.cls.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An evaluation of the CLS (French: <i>évaluation</i>), and the body that supervised it.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ClsStyle
public interface Evaluation {

  /** @return the id, unique in the document */
  String id();

  /** @return its kind */
  EvaluationKind kind();

  /** @return the day it was completed; empty while under way */
  Optional<LocalDate> date();

  /** @return the body that supervised it and when */
  Optional<BodyDecision> supervision();

  /** @return a reference to the document */
  Optional<String> documentRef();

  /** @return a new builder */
  static ImmutableEvaluation.Builder builder() {
    return ImmutableEvaluation.builder();
  }
}
