package io.github.clsante.cls.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A decision of a governance body on a date: a programming validated, an evaluation supervised. It is a fact
 * of its own; no meeting record is required for it.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ClsStyle
public interface BodyDecision {

  /** @return the body that decided */
  String bodyId();

  /** @return the day it decided */
  LocalDate date();

  /** @return a new builder */
  static ImmutableBodyDecision.Builder builder() {
    return ImmutableBodyDecision.builder();
  }
}
