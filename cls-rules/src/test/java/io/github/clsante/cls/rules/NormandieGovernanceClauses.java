package io.github.clsante.cls.rules;

import static io.github.clsante.cls.rules.oracle.SharedOracle.sink;

import io.github.clsante.cls.calendar.JudgedYears;
import io.github.clsante.cls.model.GovernanceBody;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.Meeting;
import io.github.clsante.cls.model.Milestones;
import io.github.clsante.cls.model.Person;
import io.github.clsante.cls.model.Role;
import io.github.clsante.cls.model.RoleKind;
import io.github.clsante.cls.report.Severity;
import io.github.clsante.cls.rules.oracle.ClauseOracle;
import io.github.clsante.cls.rules.oracle.SharedFinding;
import io.github.clsante.cls.rules.oracle.SharedOracle;
import io.github.clsante.cls.rules.oracle.SharedOracle.Sink;
import io.github.clsante.cls.rules.oracle.SharedOracle.When;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The oracle functions of the 13 Normandie governance clauses (COPIL, COTECH, merged bodies, minutes,
 * coordination, élu référent, coordinator's employer), beside their properties in
 * {@link NormandieGovernanceProperties}: each is named by its clause id and returns, for a contract and a check
 * date, the exact findings the clause gives, stated directly on the contract model and CLAUSES.md —
 * independently of the DRL and of the derived facts. Conventions (CLAUSES.md): the applies column is
 * {@link SharedOracle#outcome}; composition and roles are read on the check date; a body declared merged counts
 * as the COPIL and as the COTECH; a rule about an absent element says nothing; contract-level findings name the
 * contract id, year findings about meetings the first body counting as the COPIL / COTECH. Stateless, thread-safe.
 */
public final class NormandieGovernanceClauses {

  private NormandieGovernanceClauses() {}

  // « Un Comité de pilotage (COPIL) : l'instance stratégique, de décision »: a body counting as the COPIL is
  // instituted; signature (to-do); ERROR.
  @ClauseOracle
  public static List<SharedFinding> NOR_COPIL_EXISTS(LocalHealthContract c, LocalDate asOf) {
    return exists("NOR-COPIL-EXISTS", b -> b.kind().countsAsCopil(), c, asOf);
  }

  // « piloté par la collectivité (élu référent du CLS) »: each body counting as the COPIL is chaired by a person
  // holding the élu référent role on the check date; signature (to-do); WARNING.
  @ClauseOracle
  public static List<SharedFinding> NOR_COPIL_CHAIR(LocalHealthContract c, LocalDate asOf) {
    Sink s = sink("NOR-COPIL-CHAIR", Severity.WARNING, When.SIGNATURE_TODO, c, asOf);
    List<GovernanceBody> bodies = c.governance().bodies();
    for (int i = 0; i < bodies.size(); i++) {
      GovernanceBody b = bodies.get(i);
      if (b.kind().countsAsCopil()
          && !b.chairId().map(p -> holds(c, p, RoleKind.ELU_REFERENT, asOf)).orElse(false)) {
        s.unmet(b.id(), bodyPath(i), null);
      }
    }
    return s.findings();
  }

  // « composé à minima des partenaires signataires … dont … (élu référent du CLS) », on the check date. The
  // clause speaks of the COPIL: when several bodies count as the COPIL, it is all of them together (the union of
  // their members on the check date). One finding per signatory with no member in it, and one when an élu
  // référent exists but none is a member; each names the first body counting as the COPIL; signature; WARNING.
  @ClauseOracle(asserts = {"organisation", "variant"})
  public static List<SharedFinding> NOR_COPIL_MEMBERS(LocalHealthContract c, LocalDate asOf) {
    Sink s = sink("NOR-COPIL-MEMBERS", Severity.WARNING, When.SIGNATURE, c, asOf);
    List<GovernanceBody> bodies = c.governance().bodies();
    int first = -1;
    Set<String> members = new LinkedHashSet<>();
    for (int i = 0; i < bodies.size(); i++) {
      if (bodies.get(i).kind().countsAsCopil()) {
        first = first < 0 ? i : first;
        members.addAll(bodies.get(i).membersOn(asOf));
      }
    }
    if (first < 0) {
      return s.findings(); // no COPIL: NOR-COPIL-EXISTS reports it
    }
    Set<String> memberOrgs = new LinkedHashSet<>();
    for (String pid : members) {
      c.person(pid).flatMap(Person::organisationId).ifPresent(memberOrgs::add);
    }
    for (String org : SharedOracle.signatoryOrgs(c)) {
      if (!memberOrgs.contains(org)) {
        s.unmet(bodies.get(first).id(), bodyPath(first), null, "organisation", org);
      }
    }
    List<String> referents = c.people().stream().filter(p -> p.holds(RoleKind.ELU_REFERENT, asOf))
        .map(Person::id).toList();
    if (!referents.isEmpty() && referents.stream().noneMatch(members::contains)) {
      s.unmet(bodies.get(first).id(), bodyPath(first), null, "variant", "referent");
    }
    return s.findings();
  }

  // « Il se réunit durant toute la durée du CLS … à minima une fois par an »: ≥ 1 meeting of the bodies counting
  // as the COPIL in each judged year from the diagnosis start to the end; ERROR; the year in progress a to-do.
  @ClauseOracle(asserts = {"held", "minimum"})
  public static List<SharedFinding> NOR_COPIL_ANNUAL(LocalHealthContract c, LocalDate asOf) {
    return annualMeetings("NOR-COPIL-ANNUAL", Severity.ERROR, b -> b.kind().countsAsCopil(), false, c, asOf);
  }

  // « Un Comité technique (COTECH) »: a body counting as the COTECH is instituted; signature (to-do); ERROR.
  @ClauseOracle
  public static List<SharedFinding> NOR_COTECH_EXISTS(LocalHealthContract c, LocalDate asOf) {
    return exists("NOR-COTECH-EXISTS", b -> b.kind().countsAsCotech(), c, asOf);
  }

  // « Il est animé par le Coordinateur »: each body counting as the COTECH is facilitated by a person holding
  // the coordinator role on the check date; signature (to-do); WARNING.
  @ClauseOracle
  public static List<SharedFinding> NOR_COTECH_FACILITATOR(LocalHealthContract c, LocalDate asOf) {
    Sink s = sink("NOR-COTECH-FACILITATOR", Severity.WARNING, When.SIGNATURE_TODO, c, asOf);
    List<GovernanceBody> bodies = c.governance().bodies();
    for (int i = 0; i < bodies.size(); i++) {
      GovernanceBody b = bodies.get(i);
      if (b.kind().countsAsCotech()
          && !b.facilitatorId().map(p -> holds(c, p, RoleKind.COORDINATOR, asOf)).orElse(false)) {
        s.unmet(b.id(), bodyPath(i), null);
      }
    }
    return s.findings();
  }

  // « à minima 1 fois par an »: ≥ 1 meeting of the bodies counting as the COTECH in each judged year from the
  // diagnosis start to the end; ERROR; the year in progress a to-do.
  @ClauseOracle(asserts = {"held", "minimum"})
  public static List<SharedFinding> NOR_COTECH_ANNUAL(LocalHealthContract c, LocalDate asOf) {
    return annualMeetings("NOR-COTECH-ANNUAL", Severity.ERROR, b -> b.kind().countsAsCotech(), false, c, asOf);
  }

  // « idéalement 2 à 3 fois par an »: a judged year with exactly one COTECH meeting is short of the ideal
  // (none is NOR-COTECH-ANNUAL's); WARNING; the year in progress a to-do.
  @ClauseOracle(asserts = {"held", "idealMinimum", "idealMaximum"})
  public static List<SharedFinding> NOR_COTECH_IDEAL(LocalHealthContract c, LocalDate asOf) {
    return annualMeetings("NOR-COTECH-IDEAL", Severity.WARNING, b -> b.kind().countsAsCotech(), true, c, asOf);
  }

  // « possibilité de mutualiser … politique de la ville … programmation de l'ASV complétement intégrée »: a body
  // counting as both COPIL and COTECH only in a politique de la ville territory whose ASV programming is
  // integrated; always; ERROR.
  @ClauseOracle(asserts = {"politiqueDeLaVille", "asvProgrammingIntegrated"})
  public static List<SharedFinding> NOR_MERGED_BODIES(LocalHealthContract c, LocalDate asOf) {
    Sink s = sink("NOR-MERGED-BODIES", Severity.ERROR, When.ALWAYS, c, asOf);
    var t = c.territory();
    boolean allowed = t.politiqueDeLaVille() && t.asvProgrammingIntegrated();
    List<GovernanceBody> bodies = c.governance().bodies();
    for (int i = 0; i < bodies.size(); i++) {
      GovernanceBody b = bodies.get(i);
      if (b.kind().countsAsCopil() && b.kind().countsAsCotech() && !allowed) {
        s.unmet(b.id(), bodyPath(i), null, "politiqueDeLaVille", t.politiqueDeLaVille(),
            "asvProgrammingIntegrated", t.asvProgrammingIntegrated());
      }
    }
    return s.findings();
  }

  // « formalise les comptes-rendus »: each COPIL / COTECH meeting before the check date has minutes; always;
  // WARNING.
  @ClauseOracle(asserts = {"body"})
  public static List<SharedFinding> NOR_MINUTES(LocalHealthContract c, LocalDate asOf) {
    Sink s = sink("NOR-MINUTES", Severity.WARNING, When.ALWAYS, c, asOf);
    List<GovernanceBody> bodies = c.governance().bodies();
    for (int i = 0; i < bodies.size(); i++) {
      GovernanceBody b = bodies.get(i);
      if (!b.kind().countsAsCopil() && !b.kind().countsAsCotech()) {
        continue;
      }
      for (int j = 0; j < b.meetings().size(); j++) {
        Meeting mt = b.meetings().get(j);
        if (mt.date().isBefore(asOf) && mt.minutesRef().isEmpty()) {
          s.unmet(mt.id(), bodyPath(i) + "/meetings/" + j, null, "body", b.id());
        }
      }
    }
    return s.findings();
  }

  // « une coordination portée par un Coordinateur »: at least one coordinator on the check date; diagnosis;
  // ERROR.
  @ClauseOracle
  public static List<SharedFinding> NOR_COORDINATION(LocalHealthContract c, LocalDate asOf) {
    Sink s = sink("NOR-COORDINATION", Severity.ERROR, When.DIAGNOSIS, c, asOf);
    if (c.people().stream().noneMatch(p -> p.holds(RoleKind.COORDINATOR, asOf))) {
      s.unmet(c.id(), "/people", null);
    }
    return s.findings();
  }

  // « un élu désigné comme référent du CLS »: an élu of a signatory collectivité holds the role on the check
  // date; diagnosis; ERROR.
  @ClauseOracle(asserts = {"referents"})
  public static List<SharedFinding> NOR_ELU_REFERENT(LocalHealthContract c, LocalDate asOf) {
    Sink s = sink("NOR-ELU-REFERENT", Severity.ERROR, When.DIAGNOSIS, c, asOf);
    long referents = c.people().stream().filter(p -> p.holds(RoleKind.ELU_REFERENT, asOf)).count();
    boolean ok = c.people().stream().anyMatch(p -> p.holds(RoleKind.ELU_REFERENT, asOf)
        && isSignatoryCollectivite(c, p.organisationId().orElse(null)));
    if (!ok) {
      s.unmet(c.id(), "/people", null, "referents", referents);
    }
    return s.findings();
  }

  // « sous la responsabilité de la collectivité territoriale »: one finding per coordinator (a person holding
  // a coordinator role on the check date) unless each of their coordinator roles on that date is employed by
  // a signatory collectivité (the role's employer, else the person's organisation); the argument names the
  // first employer that is not. Independent of the order in which the document lists a person's roles;
  // diagnosis; WARNING.
  @ClauseOracle(asserts = {"employer"})
  public static List<SharedFinding> NOR_COORDINATOR_EMPLOYER(LocalHealthContract c, LocalDate asOf) {
    Sink s = sink("NOR-COORDINATOR-EMPLOYER", Severity.WARNING, When.DIAGNOSIS, c, asOf);
    for (int i = 0; i < c.people().size(); i++) {
      Person p = c.people().get(i);
      Optional<String> wrong = Optional.empty();
      boolean coordinator = false;
      for (Role r : p.roles()) {
        if (r.kind() != RoleKind.COORDINATOR || !r.period().contains(asOf)) {
          continue;
        }
        coordinator = true;
        String employer = r.employerId().or(p::organisationId).orElse(null);
        if (wrong.isEmpty() && !isSignatoryCollectivite(c, employer)) {
          wrong = Optional.of(employer == null ? "" : employer);
        }
      }
      if (coordinator && wrong.isPresent()) {
        s.unmet(p.id(), "/people/" + i, null, "employer", wrong.get());
      }
    }
    return s.findings();
  }

  // ------------------------------------------------------------------ shared by the clauses above

  /** « a COPIL / a COTECH is instituted »; signature (to-do); ERROR. */
  private static List<SharedFinding> exists(String id, Predicate<GovernanceBody> counts, LocalHealthContract c,
      LocalDate asOf) {
    Sink s = sink(id, Severity.ERROR, When.SIGNATURE_TODO, c, asOf);
    if (c.governance().bodies().stream().noneMatch(counts)) {
      s.unmet(c.id(), "/governance/bodies", null);
    }
    return s.findings();
  }

  /**
   * « se réunit … à minima une fois par an » / « idéalement 2 à 3 fois par an »: the meetings of every body
   * counting as COPIL (COTECH) in each judged year from the diagnosis start to the end, named after the first
   * such body.
   */
  private static List<SharedFinding> annualMeetings(String id, Severity severity,
      Predicate<GovernanceBody> counts, boolean ideal, LocalHealthContract c, LocalDate asOf) {
    Sink s = sink(id, severity, When.ALWAYS, c, asOf);
    Milestones m = c.milestones();
    List<GovernanceBody> bodies = c.governance().bodies();
    int first = -1;
    for (int i = 0; i < bodies.size() && first < 0; i++) {
      if (counts.test(bodies.get(i))) {
        first = i;
      }
    }
    if (first < 0 || m.diagnosisStart().isEmpty()) {
      return s.findings();
    }
    for (int y : JudgedYears.of(m.diagnosisStart().get(), m.end(), asOf)) {
      final int year = y;
      long held = bodies.stream().filter(counts).flatMap(b -> b.meetings().stream())
          .filter(mt -> mt.date().getYear() == year).count();
      if (!ideal && held < 1 || ideal && held == 1) {
        s.judged(bodies.get(first).id(), bodyPath(first), y, meetingArgs(held, ideal));
      }
    }
    // « The year in progress » (CLAUSES.md, settled 2026-12-02): the check date's year is looked at when
    // 1 January and 31 December both lie in the span diagnosis start → end (open without an end); what has
    // happened so far (meetings on or before the check date) gives a to-do when the condition is not met yet.
    int y = asOf.getYear();
    boolean whole = !m.diagnosisStart().get().isAfter(LocalDate.of(y, 1, 1))
        && m.end().map(e -> !e.isBefore(LocalDate.of(y, 12, 31))).orElse(true);
    if (whole) {
      long soFar = bodies.stream().filter(counts).flatMap(b -> b.meetings().stream())
          .filter(mt -> mt.date().getYear() == y && !mt.date().isAfter(asOf)).count();
      if (!ideal && soFar < 1 || ideal && soFar == 1) {
        s.toDo(bodies.get(first).id(), bodyPath(first), y, meetingArgs(soFar, ideal));
      }
    }
    return s.findings();
  }

  /** « à minima 1 fois par an » (minimum 1), « idéalement 2 à 3 fois par an » (ideally 2 to 3). */
  private static Object[] meetingArgs(long held, boolean ideal) {
    return ideal ? new Object[] {"held", held, "idealMinimum", 2, "idealMaximum", 3}
        : new Object[] {"held", held, "minimum", 1};
  }

  private static boolean holds(LocalHealthContract c, String personId, RoleKind kind, LocalDate asOf) {
    return c.person(personId).map(p -> p.holds(kind, asOf)).orElse(false);
  }

  private static boolean isSignatoryCollectivite(LocalHealthContract c, String orgId) {
    return orgId != null && SharedOracle.signatoryOrgs(c).contains(orgId)
        && c.organisation(orgId).map(o -> o.kind().isCollectivite()).orElse(false);
  }

  private static String bodyPath(int i) {
    return "/governance/bodies/" + i;
  }
}
