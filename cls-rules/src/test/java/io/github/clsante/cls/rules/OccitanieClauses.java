package io.github.clsante.cls.rules;

import static io.github.clsante.cls.rules.oracle.SharedOracle.sink;

import io.github.clsante.cls.calendar.JudgedYears;
import io.github.clsante.cls.model.GovernanceBody;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.Person;
import io.github.clsante.cls.model.Portrait;
import io.github.clsante.cls.model.PolicyFramework;
import io.github.clsante.cls.model.Programming;
import io.github.clsante.cls.model.TerritoryKind;
import io.github.clsante.cls.report.Severity;
import io.github.clsante.cls.rules.oracle.ClauseOracle;
import io.github.clsante.cls.rules.oracle.SharedFinding;
import io.github.clsante.cls.rules.oracle.SharedOracle;
import io.github.clsante.cls.rules.oracle.SharedOracle.Sink;
import io.github.clsante.cls.rules.oracle.SharedOracle.When;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The oracle functions of the 9 Occitanie clauses of CLAUSES.md (« Les contrats locaux de santé en Occitanie –
 * référentiel 2018 »), beside their properties in {@link OccitanieProperties}: each is named by its clause id and
 * returns, for a contract and a check date, the exact findings the OCC-* rule must give, stated on the contract
 * model — independent of the DRL and of the derived facts. Stateless, thread-safe.
 */
public final class OccitanieClauses {

  private OccitanieClauses() {}

  /** « Est infra départemental : communes et EPCI …»: a commune, an EPCI or a groupement of them. */
  public static final Set<TerritoryKind> INFRA_DEPARTEMENTAL = EnumSet.of(TerritoryKind.COMMUNE,
      TerritoryKind.COMMUNAUTE_DE_COMMUNES, TerritoryKind.COMMUNAUTE_D_AGGLOMERATION,
      TerritoryKind.COMMUNAUTE_URBAINE, TerritoryKind.METROPOLE, TerritoryKind.PETR, TerritoryKind.PAYS,
      TerritoryKind.SYNDICAT_MIXTE);

  /** The département of an INSEE commune code: 3 characters overseas (97x), else 2 (2A/2B in Corsica). */
  static String departementOf(String insee) {
    return insee.startsWith("97") ? insee.substring(0, 3) : insee.substring(0, 2);
  }

  // « Est infra départemental : communes et EPCI (CC, CA, métropoles) »: the territory is a commune, an EPCI
  // or a groupement of them (not a département or larger), and all its communes lie in one département;
  // always; ERROR. One finding for the scale, one for the communes spread over départements.
  @ClauseOracle(asserts = {"variant", "kind", "departements"})
  public static List<SharedFinding> OCC_TERRITORY(LocalHealthContract c, LocalDate asOf) {
    Sink s = sink("OCC-TERRITORY", Severity.ERROR, When.ALWAYS, c, asOf);
    TerritoryKind kind = c.territory().kind();
    if (!INFRA_DEPARTEMENTAL.contains(kind)) {
      s.unmet(c.id(), "/territory/kind", null, "variant", "scale", "kind", kind);
    }
    Set<String> depts = new HashSet<>();
    c.territory().communes().forEach(code -> depts.add(departementOf(code)));
    if (depts.size() > 1) {
      s.unmet(c.id(), "/territory/communes", null, "variant", "departements", "departements", depts.size());
    }
    return s.findings();
  }

  // « Portrait de territoire » ; « Portrait de santé » ; « Portrait des ressources et des réponses »: a
  // completed diagnosis holds the three portraits; one finding per missing portrait; always; ERROR.
  @ClauseOracle(asserts = {"portrait"})
  public static List<SharedFinding> OCC_DIAGNOSIS_PORTRAITS(LocalHealthContract c, LocalDate asOf) {
    Sink s = sink("OCC-DIAGNOSIS-PORTRAITS", Severity.ERROR, When.ALWAYS, c, asOf);
    if (SharedOracle.diagnosisCompleted(c, asOf)) {
      for (Portrait p : List.of(Portrait.TERRITORY, Portrait.HEALTH, Portrait.RESOURCES_AND_RESPONSES)) {
        if (!c.diagnosis().portraits().contains(p)) {
          s.unmet(c.id(), "/diagnosis/portraits", null, "portrait", p.name());
        }
      }
    }
    return s.findings();
  }

  // « … des cadres de référence (départementaux, régionaux, nationaux…) dont le PRS »: a completed diagnosis
  // references the PRS; always; WARNING.
  @ClauseOracle
  public static List<SharedFinding> OCC_DIAGNOSIS_PRS(LocalHealthContract c, LocalDate asOf) {
    Sink s = sink("OCC-DIAGNOSIS-PRS", Severity.WARNING, When.ALWAYS, c, asOf);
    if (SharedOracle.diagnosisCompleted(c, asOf) && !c.diagnosis().frameworks().contains(PolicyFramework.PRS)) {
      s.unmet(c.id(), "/diagnosis/frameworks", null);
    }
    return s.findings();
  }

  // « La mise en place d'un coordinateur est repérée comme une condition critique »: at least one
  // coordinator of the CLS (a COORDINATOR role held on the check date); diagnosis; ERROR.
  @ClauseOracle
  public static List<SharedFinding> OCC_COORDINATOR_DEDICATED(LocalHealthContract c, LocalDate asOf) {
    Sink s = sink("OCC-COORDINATOR-DEDICATED", Severity.ERROR, When.DIAGNOSIS, c, asOf);
    if (SharedOracle.coordinatorRolesOn(c, asOf).isEmpty()) {
      s.unmet(c.id(), "/people", null);
    }
    return s.findings();
  }

  // « Son financement est partagé par les signataires »: the coordination post has ≥ 2 distinct funders
  // (listed as funding the post on the check date) among the signatories; diagnosis; WARNING.
  // « Son » is the coordinator's: « A rule about an element that does not exist says nothing … the rule that
  // requires the element reports its absence » — without a coordinator there is no post whose funding to
  // judge, and OCC-COORDINATOR-DEDICATED reports the absence (as SOC-COORDINATOR-FTE says nothing then).
  @ClauseOracle(asserts = {"funders", "minimum"})
  public static List<SharedFinding> OCC_COORDINATOR_FUNDING(LocalHealthContract c, LocalDate asOf) {
    Sink s = sink("OCC-COORDINATOR-FUNDING", Severity.WARNING, When.DIAGNOSIS, c, asOf);
    if (SharedOracle.coordinatorRolesOn(c, asOf).isEmpty()) {
      return s.findings();
    }
    Set<String> signatories = SharedOracle.signatoryOrgs(c);
    Set<String> funders = new LinkedHashSet<>();
    c.coordination().funding().forEach(f -> {
      boolean on = f.period().from().map(d -> !asOf.isBefore(d)).orElse(true)
          && f.period().until().map(d -> !asOf.isAfter(d)).orElse(true);
      if (on && signatories.contains(f.organisationId())) {
        funders.add(f.organisationId());
      }
    });
    if (funders.size() < 2) {
      s.unmet(c.id(), "/coordination/funding", null, "funders", funders.size(), "minimum", 2);
    }
    return s.findings();
  }

  // « Le niveau décisionnaire : COPIL »: a COPIL is instituted (a merged COPIL+COTECH counts);
  // signature (to-do); ERROR.
  @ClauseOracle
  public static List<SharedFinding> OCC_COPIL_EXISTS(LocalHealthContract c, LocalDate asOf) {
    Sink s = sink("OCC-COPIL-EXISTS", Severity.ERROR, When.SIGNATURE_TODO, c, asOf);
    if (c.governance().bodies().stream().noneMatch(b -> SharedOracle.isCopil(b.kind()))) {
      s.unmet(c.id(), "/governance/bodies", null);
    }
    return s.findings();
  }

  // « Le niveau technique : COTECH »: a COTECH is instituted (a merged COPIL+COTECH counts);
  // signature (to-do); ERROR.
  @ClauseOracle
  public static List<SharedFinding> OCC_COTECH_EXISTS(LocalHealthContract c, LocalDate asOf) {
    Sink s = sink("OCC-COTECH-EXISTS", Severity.ERROR, When.SIGNATURE_TODO, c, asOf);
    if (c.governance().bodies().stream().noneMatch(b -> SharedOracle.isCotech(b.kind()))) {
      s.unmet(c.id(), "/governance/bodies", null);
    }
    return s.findings();
  }

  // « une équipe dédiée (groupe projet) formée de professionnels appartenant à chaque institution
  // signataire »: every signatory has a member (on the check date) in the COTECH (a merged body counts); when
  // several bodies count as the COTECH, it is all of them together (the union of their members). One finding per
  // signatory missing, naming the first body counting as the COTECH; signature; WARNING. No COTECH, nothing to
  // say.
  @ClauseOracle(asserts = {"organisation"})
  public static List<SharedFinding> OCC_PROJECT_TEAM(LocalHealthContract c, LocalDate asOf) {
    Sink s = sink("OCC-PROJECT-TEAM", Severity.WARNING, When.SIGNATURE, c, asOf);
    List<GovernanceBody> bodies = c.governance().bodies();
    int first = -1;
    Set<String> memberOrgs = new HashSet<>();
    for (int i = 0; i < bodies.size(); i++) {
      GovernanceBody b = bodies.get(i);
      if (SharedOracle.isCotech(b.kind())) {
        first = first < 0 ? i : first;
        for (Person p : SharedOracle.membersOn(c, b, asOf)) {
          p.organisationId().ifPresent(memberOrgs::add);
        }
      }
    }
    if (first < 0) {
      return s.findings();
    }
    for (String org : SharedOracle.signatoryOrgs(c)) {
      if (!memberOrgs.contains(org)) {
        s.unmet(bodies.get(first).id(), "/governance/bodies/" + first, null, "organisation", org);
      }
    }
    return s.findings();
  }

  // « Définir les axes stratégiques et opérationnels, annuels et financiers » ; « valide les
  // programmations »: each judged year of signature → end is covered by a programming (one or several
  // years) with financial commitments, validated by the COPIL (a merged body counts) on or before the check
  // date; one finding per judged year; WARNING.
  @ClauseOracle
  public static List<SharedFinding> OCC_ANNUAL_PROGRAMMING(LocalHealthContract c, LocalDate asOf) {
    Sink s = sink("OCC-ANNUAL-PROGRAMMING", Severity.WARNING, When.ALWAYS, c, asOf);
    Optional<LocalDate> sig = c.milestones().signature();
    if (sig.isEmpty()) {
      return s.findings();
    }
    for (int y : JudgedYears.of(sig.get(), c.milestones().end(), asOf)) {
      boolean covered = false;
      for (Programming p : c.followUp().programmings()) {
        boolean validatedByCopil = p.validation()
            .filter(v -> !v.date().isAfter(asOf))
            .flatMap(v -> c.governance().bodies().stream().filter(b -> b.id().equals(v.bodyId())).findFirst())
            .map(b -> SharedOracle.isCopil(b.kind()))
            .orElse(false);
        covered |= p.fromYear() <= y && y <= p.toYear() && !p.commitments().isEmpty() && validatedByCopil;
      }
      if (!covered) {
        s.unmet(c.id(), "/followUp/programmings", y);
      }
    }
    // « The year in progress » (settled 2026-12-02): the check date's year, when 1 January and 31 December both
    // lie in signature → end (open without an end), not covered so far → a to-do.
    int y = asOf.getYear();
    if (!sig.get().isAfter(LocalDate.of(y, 1, 1))
        && c.milestones().end().map(e -> !e.isBefore(LocalDate.of(y, 12, 31))).orElse(true)) {
      boolean covered = false;
      for (Programming p : c.followUp().programmings()) {
        boolean validatedByCopil = p.validation()
            .filter(v -> !v.date().isAfter(asOf))
            .flatMap(v -> c.governance().bodies().stream().filter(b -> b.id().equals(v.bodyId())).findFirst())
            .map(b -> SharedOracle.isCopil(b.kind()))
            .orElse(false);
        covered |= p.fromYear() <= y && y <= p.toYear() && !p.commitments().isEmpty() && validatedByCopil;
      }
      if (!covered) {
        s.toDo(c.id(), "/followUp/programmings", y);
      }
    }
    return s.findings();
  }
}
