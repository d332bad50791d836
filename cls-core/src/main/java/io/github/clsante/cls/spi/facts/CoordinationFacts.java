package io.github.clsante.cls.spi.facts;

import io.github.clsante.cls.model.Person;
import io.github.clsante.cls.model.Role;
import io.github.clsante.cls.model.RoleKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The family of the coordination on the check date: the coordination as a whole (coordinators, FTE, funders,
 * élus référents) and each coordinator. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CoordinationFacts {

  private final CoordinationFact coordination;
  private final List<CoordinatorFact> coordinators = new ArrayList<>();

  CoordinationFacts(OnCheckDate on) {
    BigDecimal fte = BigDecimal.ZERO;
    int referents = 0;
    int referentsOfSignatory = 0;
    List<Person> people = on.contract.people();
    for (int i = 0; i < people.size(); i++) {
      Person p = people.get(i);
      boolean coordinator = false;
      boolean referent = false;
      String employer = null; // the first employer that is not a signatory collectivité, else the first one
      boolean allBySignatoryCollectivite = true;
      for (Role r : p.roles()) {
        if (!r.period().contains(on.asOf)) {
          continue;
        }
        if (r.kind() == RoleKind.COORDINATOR) {
          fte = fte.add(r.fte().orElse(BigDecimal.ZERO)); // a person's concurrent coordinator roles add up
          String e = r.employerId().or(p::organisationId).orElse(null);
          boolean ok = on.isSignatoryCollectivite(e);
          if (!coordinator || (allBySignatoryCollectivite && !ok)) {
            employer = e;
          }
          allBySignatoryCollectivite &= ok;
          coordinator = true;
        } else if (r.kind() == RoleKind.ELU_REFERENT) {
          referent = true;
        }
      }
      if (coordinator) {
        coordinators.add(new CoordinatorFact(p.id(), "/people/" + i, employer, allBySignatoryCollectivite));
      }
      if (referent) {
        referents++;
        referentsOfSignatory += on.isSignatoryCollectivite(p.organisationId().orElse(null)) ? 1 : 0;
      }
    }
    Set<String> funders = on.contract.coordination().fundersOn(on.asOf);
    int signatoryFunders = (int) funders.stream().filter(on.signatoryIds()::contains).count();
    coordination = new CoordinationFact(coordinators.size(), fte.doubleValue(), funders.size(), signatoryFunders,
        referents, referentsOfSignatory);
  }

  /** @return the coordination as a whole */
  public CoordinationFact coordination() {
    return coordination;
  }

  /** @return one fact per person holding the coordinator role on the check date, in document order */
  public List<CoordinatorFact> coordinators() {
    return List.copyOf(coordinators);
  }

  void addTo(List<Object> all) {
    all.addAll(coordinators);
    all.add(coordination);
  }
}
