package io.github.clsante.cls.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The coordination of the CLS (French: <i>coordination</i>): who funds the coordinator's post. The
 * coordinators themselves are people holding the {@link RoleKind#COORDINATOR} role.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ClsStyle
public interface Coordination {

  /** @return the fundings of the coordination post, each dated; the employer counts only if listed */
  List<Funding> funding();

  /**
   * @param date a day
   * @return the distinct organisations funding the post on that day, in document order
   */
  default Set<String> fundersOn(LocalDate date) {
    return funding().stream()
        .filter(f -> f.period().contains(date))
        .map(Funding::organisationId)
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  /** @return a coordination with no funding recorded */
  static Coordination none() {
    return builder().build();
  }

  /** @return a new builder */
  static ImmutableCoordination.Builder builder() {
    return ImmutableCoordination.builder();
  }
}
