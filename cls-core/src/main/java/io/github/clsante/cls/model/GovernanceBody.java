package io.github.clsante.cls.model;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A governance body of the CLS (French: <i>instance de gouvernance</i>): COPIL, COTECH, working group or a
 * merged COPIL+COTECH, each with an optional chair and facilitator, dated members and meetings.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ClsStyle
public interface GovernanceBody {

  /** @return the id, unique in the document, e.g. "copil" */
  String id();

  /** @return the name, e.g. "Comité de pilotage du CLS" */
  String name();

  /** @return the kind of body */
  BodyKind kind();

  /** @return the person who chairs it (French: <i>président, pilote</i>) */
  Optional<String> chairId();

  /** @return the person who facilitates it (French: <i>animateur</i>) */
  Optional<String> facilitatorId();

  /** @return its members, each dated */
  List<Membership> members();

  /** @return its meetings */
  List<Meeting> meetings();

  /**
   * @param date a day
   * @return ids of the people who are members on that day, in document order, without repeats
   */
  default List<String> membersOn(LocalDate date) {
    Set<String> ids = new LinkedHashSet<>(); // each person once, in document order
    for (Membership m : members()) {
      if (m.period().contains(date)) {
        ids.add(m.personId());
      }
    }
    return List.copyOf(ids);
  }

  /** @return a new builder */
  static ImmutableGovernanceBody.Builder builder() {
    return ImmutableGovernanceBody.builder();
  }
}
