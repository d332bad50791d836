package io.github.clsante.cls.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An evaluation indicator of a fiche action (French: <i>indicateur</i>) with its yearly values.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ClsStyle
public interface Indicator {

  /** @return the id, unique in the document */
  String id();

  /** @return what it measures, e.g. "Nombre de personnes formées aux premiers secours en santé mentale" */
  String name();

  /** @return the target, e.g. "60 par an" */
  Optional<String> target();

  /** @return the yearly values */
  List<IndicatorValue> values();

  /** @return a new builder */
  static ImmutableIndicator.Builder builder() {
    return ImmutableIndicator.builder();
  }
}
