package io.github.clsante.cls.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person involved in the CLS (French: <i>acteur</i>), with their organisation and dated roles.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ClsStyle
public interface Person {

  /** @return the id, unique in the document */
  String id();

  /** @return the name as the documents give it, e.g. "Claire Lemonnier" */
  String name();

  /** @return the organisation the person belongs to */
  Optional<String> organisationId();

  /** @return the roles held, each dated */
  List<Role> roles();

  /**
   * @param kind a role kind
   * @param date a day
   * @return whether the person holds a role of that kind on that day
   */
  default boolean holds(RoleKind kind, LocalDate date) {
    return roles().stream().anyMatch(r -> r.kind() == kind && r.period().contains(date));
  }

  /** @return a new builder */
  static ImmutablePerson.Builder builder() {
    return ImmutablePerson.builder();
  }
}
