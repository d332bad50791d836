package io.github.clsante.cls.render;

import io.github.clsante.cls.model.ActionSheet;
import io.github.clsante.cls.model.Amendment;
import io.github.clsante.cls.model.Axis;
import io.github.clsante.cls.model.GovernanceBody;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.Meeting;
import io.github.clsante.cls.model.Organisation;
import io.github.clsante.cls.model.Person;
import java.util.HashMap;
import java.util.Map;

/**
 * The elements of a contract a finding may be about, by id: each one's human name (a fiche's title, a body's
 * name, a person's name…) and what kind of element it is, in the page's language. Immutable once built.
 */
final class Elements {

  /**
   * @param kind what kind of element, in words: « Fiche action », « Instance »
   * @param name its human name, from the document
   */
  record Element(String kind, String name) {}

  private final Map<String, Element> byId = new HashMap<>();
  private final Map<String, String> people = new HashMap<>();
  private final Element contract;

  Elements(LocalHealthContract c, Texts t) {
    Map<String, String> orgs = new HashMap<>();
    for (Organisation o : c.organisations()) {
      orgs.put(o.id(), o.name());
      byId.put(o.id(), new Element(t.get("element.organisation"), o.name()));
    }
    for (Person p : c.people()) {
      String name = p.organisationId().map(orgs::get).map(o -> t.get("element.personOf", p.name(), o))
          .orElse(p.name());
      people.put(p.id(), name);
      byId.put(p.id(), new Element(t.get("element.person"), p.name()));
    }
    for (GovernanceBody b : c.governance().bodies()) {
      byId.put(b.id(), new Element(t.get("element.body", b.kind().name()), b.name()));
      for (Meeting m : b.meetings()) {
        byId.put(m.id(), new Element(t.get("element.meeting"), t.get("element.meetingOf", b.name(),
            t.date(m.date()))));
      }
    }
    for (Axis a : c.actionPlan().axes()) {
      byId.put(a.id(), new Element(t.get("element.axis"), a.title()));
    }
    for (ActionSheet f : c.actionPlan().fiches()) {
      byId.put(f.id(), new Element(t.get("element.fiche"), f.title()));
    }
    for (Amendment a : c.amendments()) {
      byId.put(a.id(), new Element(t.get("element.amendment"), a.subject().orElse(a.id())));
    }
    contract = new Element(t.get("element.contract"), c.name());
    byId.put(c.id(), contract);
  }

  /**
   * @param id an element's id, as a finding names it
   * @return the element; the contract itself for an id the document does not hold
   */
  Element of(String id) {
    return byId.getOrDefault(id, contract);
  }

  /**
   * @param personId a person's id
   * @return « Name (Organisation) », the name alone without an organisation, the id for an unknown person
   */
  String person(String personId) {
    return people.getOrDefault(personId, personId);
  }
}
