package io.github.clsante.cls.spi.facts;

import io.github.clsante.cls.calendar.JudgedYears;
import io.github.clsante.cls.calendar.Phase;
import io.github.clsante.cls.calendar.Phases;
import io.github.clsante.cls.model.ActionSheet;
import io.github.clsante.cls.model.Amendment;
import io.github.clsante.cls.model.GovernanceBody;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.Organisation;
import io.github.clsante.cls.model.OrganisationKind;
import io.github.clsante.cls.model.Person;
import io.github.clsante.cls.model.Role;
import io.github.clsante.cls.model.RoleKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A contract as it stood on the check date, with the look-ups every deriver shares, each read once: the phase,
 * organisations and people by id, the roles each person holds on the date, the signatories, each body's members
 * on the date, the organisations in the COPIL and in the COTECH, and which fiches exist yet. What the contract
 * dates after the check date has not happened yet (CLAUSES.md, « As of the check date »). Built once per check,
 * confined to the thread that derives; not shared.
 */
final class OnCheckDate {

  final LocalHealthContract contract;
  final LocalDate asOf;
  /** The phase on the check date, computed once per check. */
  final Phase phase;
  private final Map<String, Organisation> orgs = new HashMap<>();
  private final Map<String, Person> people = new HashMap<>();
  private final Set<String> signatoryIds = new LinkedHashSet<>();
  private final Map<String, GovernanceBody> bodies = new HashMap<>();
  /** The amendment that adds a fiche: the first, in document order, that lists it. */
  private final Map<String, Amendment> addedBy = new HashMap<>();
  /** The kinds of role each person holds on the check date. */
  private final Map<String, Set<RoleKind>> rolesOn = new HashMap<>();
  /** Each body's members on the check date, by body index. */
  private final List<List<String>> membersOn = new ArrayList<>();
  /** Organisations with a member, on the check date, in a body counting as the COPIL. */
  private final Set<String> copilOrgs = new HashSet<>();
  /** Organisations with a member, on the check date, in a body counting as the COTECH. */
  private final Set<String> cotechOrgs = new HashSet<>();
  private final Map<LocalDate, List<Integer>> judgedYears = new HashMap<>();

  OnCheckDate(LocalHealthContract c, LocalDate asOf) {
    this.contract = c;
    this.asOf = asOf;
    this.phase = Phases.at(c.milestones(), asOf);
    for (Amendment a : c.amendments()) {
      a.addedFicheIds().forEach(f -> addedBy.putIfAbsent(f, a));
    }
    c.organisations().forEach(o -> orgs.put(o.id(), o));
    c.people().forEach(p -> people.put(p.id(), p));
    c.signatories().forEach(s -> signatoryIds.add(s.organisationId()));
    c.governance().bodies().forEach(b -> bodies.put(b.id(), b));
    for (Person p : c.people()) {
      Set<RoleKind> held = EnumSet.noneOf(RoleKind.class);
      for (Role r : p.roles()) {
        if (r.period().contains(asOf)) {
          held.add(r.kind());
        }
      }
      rolesOn.put(p.id(), held);
    }
    // the COPIL (resp. COTECH) is judged as the union of the bodies that count as it: one pass over memberships
    for (GovernanceBody b : c.governance().bodies()) {
      List<String> members = b.membersOn(asOf);
      membersOn.add(members);
      for (String pid : members) {
        Optional<String> org = people.get(pid).organisationId();
        if (org.isPresent() && b.kind().countsAsCopil()) {
          copilOrgs.add(org.get());
        }
        if (org.isPresent() && b.kind().countsAsCotech()) {
          cotechOrgs.add(org.get());
        }
      }
    }
  }

  /** Whether a person holds a role of that kind on the check date; false for no person. */
  boolean holds(String personId, RoleKind kind) {
    return personId != null && rolesOn.getOrDefault(personId, Set.of()).contains(kind);
  }

  /** The kind of an organisation, or null for no or an unknown organisation. */
  OrganisationKind kind(String orgId) {
    Organisation o = orgId == null ? null : orgs.get(orgId);
    return o == null ? null : o.kind();
  }

  boolean isSignatoryCollectivite(String orgId) {
    OrganisationKind k = kind(orgId);
    return orgId != null && signatoryIds.contains(orgId) && k != null && k.isCollectivite();
  }

  Set<String> signatoryIds() {
    return signatoryIds;
  }

  Person person(String id) {
    return people.get(id);
  }

  Optional<GovernanceBody> body(String id) {
    return Optional.ofNullable(bodies.get(id));
  }

  List<String> membersOn(int bodyIndex) {
    return membersOn.get(bodyIndex);
  }

  boolean inCopil(String orgId) {
    return copilOrgs.contains(orgId);
  }

  boolean inCotech(String orgId) {
    return cotechOrgs.contains(orgId);
  }

  /** The amendment that added a fiche, or null for a fiche of the signed plan. */
  Amendment addedBy(String ficheId) {
    return addedBy.get(ficheId);
  }

  /**
   * Whether a fiche exists on the check date: one added by an amendment dated after it does not exist yet, for
   * any rule (an undated amendment counts as it stands).
   */
  boolean exists(ActionSheet f) {
    Amendment a = addedBy.get(f.id());
    if (a == null) {
      return true;
    }
    Optional<LocalDate> d = a.date();
    return d.isEmpty() || !d.get().isAfter(asOf);
  }

  /** The judged years of the span from {@code start} to the contract's end, computed once per start date. */
  List<Integer> judgedFrom(LocalDate start) {
    return judgedYears.computeIfAbsent(start, s -> JudgedYears.of(s, contract.milestones().end(), asOf));
  }
}
