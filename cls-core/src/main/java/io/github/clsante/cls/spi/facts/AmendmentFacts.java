package io.github.clsante.cls.spi.facts;

import io.github.clsante.cls.model.Amendment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The family of the amendments: one fact per amendment dated on or before the check date, or undated, with the
 * signatures it lacks on that date. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AmendmentFacts {

  private final List<AmendmentFact> amendments = new ArrayList<>();

  AmendmentFacts(OnCheckDate on) {
    List<Amendment> all = on.contract.amendments();
    for (int i = 0; i < all.size(); i++) {
      Amendment a = all.get(i);
      if (a.date().filter(d -> d.isAfter(on.asOf)).isPresent()) {
        continue; // an amendment dated after the check date is not judged yet
      }
      Set<String> signed = new HashSet<>();
      a.signatures().stream().filter(s -> s.signedOn().map(d -> !d.isAfter(on.asOf)).orElse(true)) // signed yet
          .forEach(s -> signed.add(s.organisationId()));
      List<String> missing = on.signatoryIds().stream().filter(s -> !signed.contains(s)).toList();
      amendments.add(new AmendmentFact(a.id(), "/amendments/" + i, missing));
    }
  }

  /** @return one fact per amendment judged on the check date, in document order */
  public List<AmendmentFact> amendments() {
    return List.copyOf(amendments);
  }

  void addTo(List<Object> all) {
    all.addAll(amendments);
  }
}
