package io.github.clsante.cls.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The territory a contract covers (French: <i>territoire du CLS</i>): its scale, the communes (INSEE codes of
 * the Code officiel géographique) and EPCI (SIREN) it covers, its département(s), and whether it is in the
 * politique de la ville.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ClsStyle
public interface Territory {

  /** @return the territory's usual name, e.g. "Mont-Saint-Michel Normandie" */
  Optional<String> name();

  /** @return the scale of the territory */
  @Value.Default
  default TerritoryKind kind() {
    return TerritoryKind.OTHER;
  }

  /** @return INSEE codes of the communes covered, e.g. "50025" */
  List<String> communes();

  /** @return SIREN numbers of the EPCI covered */
  List<String> epcis();

  /** @return département codes the territory lies in, e.g. "50", "2A" */
  List<String> departements();

  /** @return whether the territory has quartiers in the politique de la ville */
  @Value.Default
  default boolean politiqueDeLaVille() {
    return false;
  }

  /** @return whether the Atelier santé ville programming is fully integrated into the CLS's */
  @Value.Default
  default boolean asvProgrammingIntegrated() {
    return false;
  }

  /** @return an unnamed territory of kind OTHER covering nothing: a draft's starting point */
  static Territory empty() {
    return builder().build();
  }

  /** @return a new builder */
  static ImmutableTerritory.Builder builder() {
    return ImmutableTerritory.builder();
  }
}
