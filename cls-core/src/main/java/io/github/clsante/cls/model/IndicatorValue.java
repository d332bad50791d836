package io.github.clsante.cls.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The value an indicator took for a calendar year (French: <i>valeur annuelle</i>).
 *
 * @since 0.1.0
 */
@Value.Immutable
@ClsStyle
public interface IndicatorValue {

  /** @return the calendar year measured */
  int year();

  /** @return the value as reported, e.g. "42" or "85 %" */
  String value();

  /** @return a comment */
  Optional<String> comment();

  /** @return a new builder */
  static ImmutableIndicatorValue.Builder builder() {
    return ImmutableIndicatorValue.builder();
  }
}
