package io.github.clsante.cls.rules.oracle;

import io.github.clsante.cls.calendar.JudgedYears;
import io.github.clsante.cls.calendar.Phase;
import io.github.clsante.cls.calendar.Phases;
import io.github.clsante.cls.calendar.ReportDue;
import io.github.clsante.cls.model.ActionSheet;
import io.github.clsante.cls.model.Amendment;
import io.github.clsante.cls.model.AmendmentSignature;
import io.github.clsante.cls.model.AnnualReport;
import io.github.clsante.cls.model.DiagnosisElement;
import io.github.clsante.cls.model.Evaluation;
import io.github.clsante.cls.model.EvaluationKind;
import io.github.clsante.cls.model.GovernanceBody;
import io.github.clsante.cls.model.Indicator;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.Meeting;
import io.github.clsante.cls.model.Milestones;
import io.github.clsante.cls.model.Person;
import io.github.clsante.cls.model.Role;
import io.github.clsante.cls.model.RoleKind;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The 26 Normandie clauses of CLAUSES.md restated directly on the contract model, independently of the DRL and
 * of the SPI facts: for a contract and a check date, the exact findings each rule should give. Reads only the
 * model, the calendar helpers (phases, judged years, month counts, due dates) and the binding conventions:
 * <ul>
 *   <li>{@code always} judges in every phase; {@code diagnosis} from {@code DIAGNOSIS_AND_PLANNING} on;
 *       {@code signature} from {@code IMPLEMENTATION_AND_EVALUATION} on; {@code signature (to-do)} likewise,
 *       with an {@code INFO} to-do during {@code DIAGNOSIS_AND_PLANNING}; {@code end (to-do)} once
 *       {@code ENDED}, a to-do in the last 12 months (after end − 1 year, up to the end);</li>
 *   <li>{@code years: SPAN}: once per judged year; reports and indicator values of year Y are a to-do until
 *       30 June Y+1;</li>
 *   <li>composition, roles and funding are read on the check date; a body declared merged counts as the
 *       COPIL and as the COTECH; a rule about an absent element says nothing.</li>
 * </ul>
 * Naming conventions follow the DRL (contract-level findings name the contract id; year findings about
 * meetings name the first body counting as COPIL / COTECH).
 */
public final class NormandieOracle {

  /** The 26 Normandie clause ids, in CLAUSES.md order. */
  public static final List<String> CLAUSES = List.of("NOR-LETTER-OF-INTENT", "NOR-PRESIGNATURE-PERIOD",
      "NOR-COPIL-EXISTS", "NOR-COPIL-CHAIR", "NOR-COPIL-MEMBERS", "NOR-COPIL-ANNUAL", "NOR-COTECH-EXISTS",
      "NOR-COTECH-FACILITATOR", "NOR-COTECH-ANNUAL", "NOR-COTECH-IDEAL", "NOR-MERGED-BODIES", "NOR-MINUTES",
      "NOR-COORDINATION", "NOR-ELU-REFERENT", "NOR-COORDINATOR-EMPLOYER", "NOR-DIAGNOSIS-CONTENT", "NOR-AXES",
      "NOR-ACTION-PILOT", "NOR-PILOT-NOT-COORDINATOR", "NOR-ACTION-INDICATORS", "NOR-FICHES-VALIDATED",
      "NOR-AMENDMENT-SIGNED", "NOR-ANNUAL-REPORT", "NOR-ANNUAL-FINANCIAL", "NOR-INDICATOR-FOLLOW-UP",
      "NOR-FINAL-EVALUATION");

  /** When a clause judges (the applies column), for the clauses not about years. */
  private enum Gate {
    ALWAYS, DIAGNOSIS, SIGNATURE, SIGNATURE_TODO
  }

  private final LocalHealthContract c;
  private final LocalDate asOf;
  private final Phase phase;
  private final Milestones m;
  private List<SharedFinding> out;
  private String rule;

  /**
   * @param contract the contract
   * @param asOf the check date
   */
  public NormandieOracle(LocalHealthContract contract, LocalDate asOf) {
    this.c = contract;
    this.asOf = asOf;
    this.m = contract.milestones();
    this.phase = Phases.at(m, asOf);
  }

  /**
   * @param ruleId a Normandie clause id
   * @return the argument names the oracle asserts for it
   */
  public static List<String> argKeys(String ruleId) {
    return switch (ruleId) {
      case "NOR-LETTER-OF-INTENT" -> List.of("present");
      case "NOR-PRESIGNATURE-PERIOD" -> List.of("from", "months", "days", "minimumMonths", "maximumMonths");
      case "NOR-COPIL-MEMBERS" -> List.of("organisation", "variant");
      case "NOR-COPIL-ANNUAL", "NOR-COTECH-ANNUAL" -> List.of("held", "minimum");
      case "NOR-COTECH-IDEAL" -> List.of("held", "idealMinimum", "idealMaximum");
      case "NOR-FINAL-EVALUATION" -> List.of("windowOpens");
      case "NOR-MERGED-BODIES" -> List.of("politiqueDeLaVille", "asvProgrammingIntegrated");
      case "NOR-MINUTES" -> List.of("body");
      case "NOR-ELU-REFERENT" -> List.of("referents");
      case "NOR-COORDINATOR-EMPLOYER" -> List.of("employer");
      case "NOR-DIAGNOSIS-CONTENT" -> List.of("element");
      case "NOR-AXES" -> List.of("variant");
      case "NOR-FICHES-VALIDATED" -> List.of("validated", "amendment");
      case "NOR-AMENDMENT-SIGNED" -> List.of("missing");
      case "NOR-ANNUAL-FINANCIAL" -> List.of("funders");
      default -> List.of();
    };
  }

  /**
   * @param report the report of the "normandie" référentiel on the same contract and date
   * @param ruleId a clause id
   * @return the report's findings of that rule, reduced as the oracle states them, sorted
   */
  public static List<SharedFinding> actual(ConformityReport report, String ruleId) {
    return SharedFinding.ofAll(report.findings(ruleId), argKeys(ruleId));
  }

  /** @return the contract's phase on the check date */
  public Phase phase() {
    return phase;
  }

  /**
   * The oracle in the form every pack's oracle takes ({@link ClauseCheck.Oracle}).
   *
   * @param ruleId a Normandie clause id
   * @param c the contract
   * @param asOf the check date
   * @return the findings the clause gives on the contract at the check date, sorted
   */
  public static List<SharedFinding> expected(String ruleId, LocalHealthContract c, LocalDate asOf) {
    return new NormandieOracle(c, asOf).expected(ruleId);
  }

  /**
   * @param ruleId a Normandie clause id
   * @return the findings the clause gives on the contract at the check date, sorted
   */
  public List<SharedFinding> expected(String ruleId) {
    out = new ArrayList<>();
    rule = ruleId;
    switch (ruleId) {
      case "NOR-LETTER-OF-INTENT" -> NOR_LETTER_OF_INTENT();
      case "NOR-PRESIGNATURE-PERIOD" -> NOR_PRESIGNATURE_PERIOD();
      case "NOR-COPIL-EXISTS" -> exists(b -> b.kind().countsAsCopil());
      case "NOR-COPIL-CHAIR" -> NOR_COPIL_CHAIR();
      case "NOR-COPIL-MEMBERS" -> NOR_COPIL_MEMBERS();
      case "NOR-COPIL-ANNUAL" -> annualMeetings(b -> b.kind().countsAsCopil(), false);
      case "NOR-COTECH-EXISTS" -> exists(b -> b.kind().countsAsCotech());
      case "NOR-COTECH-FACILITATOR" -> NOR_COTECH_FACILITATOR();
      case "NOR-COTECH-ANNUAL" -> annualMeetings(b -> b.kind().countsAsCotech(), false);
      case "NOR-COTECH-IDEAL" -> annualMeetings(b -> b.kind().countsAsCotech(), true);
      case "NOR-MERGED-BODIES" -> NOR_MERGED_BODIES();
      case "NOR-MINUTES" -> NOR_MINUTES();
      case "NOR-COORDINATION" -> NOR_COORDINATION();
      case "NOR-ELU-REFERENT" -> NOR_ELU_REFERENT();
      case "NOR-COORDINATOR-EMPLOYER" -> NOR_COORDINATOR_EMPLOYER();
      case "NOR-DIAGNOSIS-CONTENT" -> NOR_DIAGNOSIS_CONTENT();
      case "NOR-AXES" -> NOR_AXES();
      case "NOR-ACTION-PILOT" -> perFiche(Gate.SIGNATURE_TODO, Severity.ERROR, f -> f.pilotId().isEmpty());
      case "NOR-PILOT-NOT-COORDINATOR" -> perFiche(Gate.ALWAYS, Severity.WARNING,
          f -> f.pilotId().map(p -> holds(p, RoleKind.COORDINATOR)).orElse(false));
      case "NOR-ACTION-INDICATORS" -> perFiche(Gate.SIGNATURE_TODO, Severity.ERROR, f -> f.indicators().isEmpty());
      case "NOR-FICHES-VALIDATED" -> NOR_FICHES_VALIDATED();
      case "NOR-AMENDMENT-SIGNED" -> NOR_AMENDMENT_SIGNED();
      case "NOR-ANNUAL-REPORT" -> annualReports(c.followUp().activityReports(), "/followUp/activityReports",
          Severity.ERROR, Map.of());
      case "NOR-ANNUAL-FINANCIAL" -> {
        int funders = c.coordination().fundersOn(asOf).size();
        annualReports(c.followUp().financialReports(), "/followUp/financialReports",
            funders >= 2 ? Severity.ERROR : Severity.WARNING, Map.of("funders", funders));
      }
      case "NOR-INDICATOR-FOLLOW-UP" -> NOR_INDICATOR_FOLLOW_UP();
      case "NOR-FINAL-EVALUATION" -> NOR_FINAL_EVALUATION();
      default -> throw new IllegalArgumentException("not a Normandie clause: " + ruleId);
    }
    List<SharedFinding> result = out.stream().sorted(SharedFinding.ORDER).toList();
    out = null;
    return result;
  }

  // ------------------------------------------------------------------ emitting

  private static Map<String, String> args(Object... kv) {
    Map<String, String> a = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      a.put((String) kv[i], String.valueOf(kv[i + 1]));
    }
    return a;
  }

  private void judged(Severity s, String element, String path, Integer year, Map<String, ?> a) {
    Map<String, String> strings = new LinkedHashMap<>();
    a.forEach((k, v) -> strings.put(k, String.valueOf(v)));
    out.add(new SharedFinding(rule, s, false, element, path, year, strings));
  }

  private void toDo(String element, String path, Integer year, Map<String, ?> a) {
    Map<String, String> strings = new LinkedHashMap<>();
    a.forEach((k, v) -> strings.put(k, String.valueOf(v)));
    out.add(new SharedFinding(rule, Severity.INFO, true, element, path, year, strings));
  }

  /** An unmet check of a clause that is not about years, following its applies column. */
  private void unmet(Gate g, Severity s, String element, String path, Map<String, ?> a) {
    boolean fromDiagnosis = phase.compareTo(Phase.DIAGNOSIS_AND_PLANNING) >= 0;
    boolean fromSignature = phase.compareTo(Phase.IMPLEMENTATION_AND_EVALUATION) >= 0;
    switch (g) {
      case ALWAYS -> judged(s, element, path, null, a);
      case DIAGNOSIS -> {
        if (fromDiagnosis) {
          judged(s, element, path, null, a);
        }
      }
      case SIGNATURE -> {
        if (fromSignature) {
          judged(s, element, path, null, a);
        }
      }
      case SIGNATURE_TODO -> {
        if (fromSignature) {
          judged(s, element, path, null, a);
        } else if (phase == Phase.DIAGNOSIS_AND_PLANNING) {
          toDo(element, path, null, a);
        }
      }
      default -> throw new IllegalStateException();
    }
  }

  /** A missing report or value of a judged year: the table's severity once due (30 June Y+1), a to-do before. */
  private void missingForYear(Severity s, String element, String path, int year, Map<String, ?> a) {
    if (asOf.isAfter(ReportDue.dueDate(year))) {
      judged(s, element, path, year, a);
    } else {
      toDo(element, path, year, a);
    }
  }

  // ------------------------------------------------------------------ reading the model

  private boolean holds(String personId, RoleKind kind) {
    return c.person(personId).map(p -> p.holds(kind, asOf)).orElse(false);
  }

  private boolean isCollectivite(String orgId) {
    return orgId != null && c.organisation(orgId).map(o -> o.kind().isCollectivite()).orElse(false);
  }

  /** The signatories' organisations, in document order, without repeats. */
  private Set<String> signatoryOrgs() {
    Set<String> s = new LinkedHashSet<>();
    c.signatories().forEach(sig -> s.add(sig.organisationId()));
    return s;
  }

  private boolean isSignatoryCollectivite(String orgId) {
    return orgId != null && signatoryOrgs().contains(orgId) && isCollectivite(orgId);
  }

  private static String bodyPath(int i) {
    return "/governance/bodies/" + i;
  }

  private static String fichePath(int i) {
    return "/actionPlan/fiches/" + i;
  }

  /** The amendment that adds a fiche (the first in document order that lists it), if any. */
  private Optional<Amendment> addedBy(String ficheId) {
    return c.amendments().stream().filter(a -> a.addedFicheIds().contains(ficheId)).findFirst();
  }

  // ------------------------------------------------------------------ the clauses

  /** « lettre d'intention des élus »: a letter of intent dated on or before the diagnosis start. */
  private void NOR_LETTER_OF_INTENT() {
    Optional<LocalDate> loi = m.letterOfIntent();
    boolean ok = loi.isPresent() && m.diagnosisStart().map(ds -> !loi.get().isAfter(ds)).orElse(true);
    if (!ok) {
      unmet(Gate.DIAGNOSIS, Severity.ERROR, c.id(), "/milestones/letterOfIntent", args("present", loi.isPresent()));
    }
  }

  /** « Avant la signature : 6 mois à 1 an »: engagement (else letter, else diagnosis start) → signature. */
  private void NOR_PRESIGNATURE_PERIOD() {
    if (m.signature().isEmpty()) {
      return;
    }
    String from;
    LocalDate start;
    if (m.engagement().isPresent()) {
      from = "engagement";
      start = m.engagement().get();
    } else if (m.letterOfIntent().isPresent()) {
      from = "letterOfIntent";
      start = m.letterOfIntent().get();
    } else if (m.diagnosisStart().isPresent()) {
      from = "diagnosisStart";
      start = m.diagnosisStart().get();
    } else {
      return; // no period to measure
    }
    // « 6 mois à 1 an bounds the elapsed time to the day and includes both bounds »: at least 6 months when
    // start + 6 months ≤ signature, at most 12 when signature ≤ start + 12 months (the one rule for months)
    LocalDate sig = m.signature().get();
    boolean atLeast6 = !SharedOracle.plusMonths(start, 6).isAfter(sig);
    boolean atMost12 = !sig.isAfter(SharedOracle.plusMonths(start, 12));
    if (!(atLeast6 && atMost12)) {
      SharedOracle.Elapsed e = SharedOracle.Elapsed.between(start, sig);
      unmet(Gate.SIGNATURE, Severity.WARNING, c.id(), "/milestones/signature",
          args("from", from, "months", e.months(), "days", e.days(), "minimumMonths", 6, "maximumMonths", 12));
    }
  }

  /** « a COPIL / a COTECH is instituted ». */
  private void exists(Predicate<GovernanceBody> counts) {
    if (c.governance().bodies().stream().noneMatch(counts)) {
      unmet(Gate.SIGNATURE_TODO, Severity.ERROR, c.id(), "/governance/bodies", Map.of());
    }
  }

  /** « piloté par la collectivité (élu référent du CLS) »: each body counting as COPIL. */
  private void NOR_COPIL_CHAIR() {
    List<GovernanceBody> bodies = c.governance().bodies();
    for (int i = 0; i < bodies.size(); i++) {
      GovernanceBody b = bodies.get(i);
      if (b.kind().countsAsCopil() && !b.chairId().map(p -> holds(p, RoleKind.ELU_REFERENT)).orElse(false)) {
        unmet(Gate.SIGNATURE_TODO, Severity.WARNING, b.id(), bodyPath(i), Map.of());
      }
    }
  }

  /**
   * « composé à minima des partenaires signataires … dont … (élu référent du CLS) », on the check date. The
   * clause speaks of the COPIL: when several bodies count as the COPIL, it is all of them together (the union of
   * their members on the check date). One finding per signatory with no member in it, and one when an élu
   * référent exists but none is a member; each names the first body counting as the COPIL.
   */
  private void NOR_COPIL_MEMBERS() {
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
      return; // no COPIL: NOR-COPIL-EXISTS reports it
    }
    Set<String> memberOrgs = new LinkedHashSet<>();
    for (String pid : members) {
      c.person(pid).flatMap(Person::organisationId).ifPresent(memberOrgs::add);
    }
    for (String org : signatoryOrgs()) {
      if (!memberOrgs.contains(org)) {
        unmet(Gate.SIGNATURE, Severity.WARNING, bodies.get(first).id(), bodyPath(first), args("organisation", org));
      }
    }
    List<String> referents = c.people().stream().filter(p -> p.holds(RoleKind.ELU_REFERENT, asOf))
        .map(Person::id).toList();
    if (!referents.isEmpty() && referents.stream().noneMatch(members::contains)) {
      unmet(Gate.SIGNATURE, Severity.WARNING, bodies.get(first).id(), bodyPath(first), args("variant", "referent"));
    }
  }

  /**
   * « se réunit … à minima une fois par an » / « idéalement 2 à 3 fois par an »: the meetings of every body
   * counting as COPIL (COTECH) in each judged year from the diagnosis start to the end, named after the first
   * such body.
   */
  private void annualMeetings(Predicate<GovernanceBody> counts, boolean ideal) {
    List<GovernanceBody> bodies = c.governance().bodies();
    int first = -1;
    for (int i = 0; i < bodies.size() && first < 0; i++) {
      if (counts.test(bodies.get(i))) {
        first = i;
      }
    }
    if (first < 0 || m.diagnosisStart().isEmpty()) {
      return;
    }
    for (int y : JudgedYears.of(m.diagnosisStart().get(), m.end(), asOf)) {
      final int year = y;
      long held = bodies.stream().filter(counts).flatMap(b -> b.meetings().stream())
          .filter(mt -> mt.date().getYear() == year).count();
      if (!ideal && held < 1) {
        judged(Severity.ERROR, bodies.get(first).id(), bodyPath(first), y, meetingArgs(held, ideal));
      } else if (ideal && held == 1) {
        judged(Severity.WARNING, bodies.get(first).id(), bodyPath(first), y, meetingArgs(held, ideal));
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
        toDo(bodies.get(first).id(), bodyPath(first), y, meetingArgs(soFar, ideal));
      }
    }
  }

  /** « à minima 1 fois par an » (minimum 1), « idéalement 2 à 3 fois par an » (ideally 2 to 3). */
  private static Map<String, String> meetingArgs(long held, boolean ideal) {
    return ideal ? args("held", held, "idealMinimum", 2, "idealMaximum", 3) : args("held", held, "minimum", 1);
  }

  /** « Il est animé par le Coordinateur »: each body counting as COTECH. */
  private void NOR_COTECH_FACILITATOR() {
    List<GovernanceBody> bodies = c.governance().bodies();
    for (int i = 0; i < bodies.size(); i++) {
      GovernanceBody b = bodies.get(i);
      if (b.kind().countsAsCotech()
          && !b.facilitatorId().map(p -> holds(p, RoleKind.COORDINATOR)).orElse(false)) {
        unmet(Gate.SIGNATURE_TODO, Severity.WARNING, b.id(), bodyPath(i), Map.of());
      }
    }
  }

  /** « possibilité de mutualiser … politique de la ville … programmation de l'ASV complétement intégrée ». */
  private void NOR_MERGED_BODIES() {
    var t = c.territory();
    boolean allowed = t.politiqueDeLaVille() && t.asvProgrammingIntegrated();
    List<GovernanceBody> bodies = c.governance().bodies();
    for (int i = 0; i < bodies.size(); i++) {
      GovernanceBody b = bodies.get(i);
      if (b.kind().countsAsCopil() && b.kind().countsAsCotech() && !allowed) {
        unmet(Gate.ALWAYS, Severity.ERROR, b.id(), bodyPath(i), args("politiqueDeLaVille", t.politiqueDeLaVille(),
            "asvProgrammingIntegrated", t.asvProgrammingIntegrated()));
      }
    }
  }

  /** « formalise les comptes-rendus »: each COPIL / COTECH meeting before the check date has minutes. */
  private void NOR_MINUTES() {
    List<GovernanceBody> bodies = c.governance().bodies();
    for (int i = 0; i < bodies.size(); i++) {
      GovernanceBody b = bodies.get(i);
      if (!b.kind().countsAsCopil() && !b.kind().countsAsCotech()) {
        continue;
      }
      for (int j = 0; j < b.meetings().size(); j++) {
        Meeting mt = b.meetings().get(j);
        if (mt.date().isBefore(asOf) && mt.minutesRef().isEmpty()) {
          unmet(Gate.ALWAYS, Severity.WARNING, mt.id(), bodyPath(i) + "/meetings/" + j, args("body", b.id()));
        }
      }
    }
  }

  /** « une coordination portée par un Coordinateur »: at least one coordinator on the check date. */
  private void NOR_COORDINATION() {
    if (c.people().stream().noneMatch(p -> p.holds(RoleKind.COORDINATOR, asOf))) {
      unmet(Gate.DIAGNOSIS, Severity.ERROR, c.id(), "/people", Map.of());
    }
  }

  /** « un élu désigné comme référent du CLS »: an élu of a signatory collectivité holds the role. */
  private void NOR_ELU_REFERENT() {
    long referents = c.people().stream().filter(p -> p.holds(RoleKind.ELU_REFERENT, asOf)).count();
    boolean ok = c.people().stream().anyMatch(p -> p.holds(RoleKind.ELU_REFERENT, asOf)
        && isSignatoryCollectivite(p.organisationId().orElse(null)));
    if (!ok) {
      unmet(Gate.DIAGNOSIS, Severity.ERROR, c.id(), "/people", args("referents", referents));
    }
  }

  /**
   * « sous la responsabilité de la collectivité territoriale »: one finding per coordinator (a person holding
   * a coordinator role on the check date) unless each of their coordinator roles on that date is employed by
   * a signatory collectivité (the role's employer, else the person's organisation); the argument names the
   * first employer that is not. Independent of the order in which the document lists a person's roles.
   */
  private void NOR_COORDINATOR_EMPLOYER() {
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
        if (wrong.isEmpty() && !isSignatoryCollectivite(employer)) {
          wrong = Optional.of(employer == null ? "" : employer);
        }
      }
      if (coordinator && wrong.isPresent()) {
        unmet(Gate.DIAGNOSIS, Severity.WARNING, p.id(), "/people/" + i, args("employer", wrong.get()));
      }
    }
  }

  /** The four elements of the method, for a diagnosis completed on or before the check date. */
  private void NOR_DIAGNOSIS_CONTENT() {
    boolean completed = m.diagnosisCompletion().map(d -> !d.isAfter(asOf)).orElse(false);
    if (!completed) {
      return;
    }
    for (DiagnosisElement e : DiagnosisElement.values()) {
      if (!c.diagnosis().elements().contains(e)) {
        unmet(Gate.ALWAYS, Severity.WARNING, c.id(), "/diagnosis/elements", args("element", e.name()));
      }
    }
  }

  /** « des priorités (axes) »: one finding if no axis, else one per fiche without an axis. */
  private void NOR_AXES() {
    if (c.actionPlan().axes().isEmpty()) {
      unmet(Gate.SIGNATURE_TODO, Severity.ERROR, c.id(), "/actionPlan/axes", args("variant", "plan"));
      return;
    }
    perFiche(Gate.SIGNATURE_TODO, Severity.ERROR, f -> f.axisId().isEmpty(), args("variant", "fiche"));
  }

  private void perFiche(Gate g, Severity s, Predicate<ActionSheet> unmet) {
    perFiche(g, s, unmet, Map.of());
  }

  /** Each fiche of the plan on the check date (one added by an amendment dated later does not exist yet). */
  private void perFiche(Gate g, Severity s, Predicate<ActionSheet> failing, Map<String, String> a) {
    List<ActionSheet> fiches = c.actionPlan().fiches();
    for (int i = 0; i < fiches.size(); i++) {
      if (SharedOracle.ficheExists(c, fiches.get(i), asOf) && failing.test(fiches.get(i))) {
        unmet(g, s, fiches.get(i).id(), fichePath(i), a);
      }
    }
  }

  /**
   * Validated on or before the signature, or the adding amendment's date; a validation dated after the check
   * date has not happened yet (« a validation … that starts later … does not count »).
   */
  private void NOR_FICHES_VALIDATED() {
    List<ActionSheet> fiches = c.actionPlan().fiches();
    for (int i = 0; i < fiches.size(); i++) {
      ActionSheet f = fiches.get(i);
      if (!SharedOracle.ficheExists(c, f, asOf)) {
        continue;
      }
      Optional<Amendment> a = addedBy(f.id());
      Optional<LocalDate> deadline = a.isPresent() ? a.get().date() : m.signature();
      Optional<LocalDate> validated = f.validatedOn().filter(v -> SharedOracle.happened(v, asOf));
      boolean ok = validated.isPresent() && deadline.map(d -> !validated.get().isAfter(d)).orElse(true);
      if (!ok) {
        unmet(Gate.SIGNATURE_TODO, Severity.ERROR, f.id(), fichePath(i), args("validated",
            validated.isPresent(), "amendment", a.map(Amendment::id).orElse("")));
      }
    }
  }

  /**
   * « paraphé par l'ensemble des signataires »: one finding per amendment, naming the missing ones. An amendment
   * dated after the check date is not judged yet; a signature dated after it is not given yet; undated ones
   * count as they stand.
   */
  private void NOR_AMENDMENT_SIGNED() {
    for (int i = 0; i < c.amendments().size(); i++) {
      Amendment a = c.amendments().get(i);
      if (a.date().filter(d -> !SharedOracle.happened(d, asOf)).isPresent()) {
        continue;
      }
      Set<String> signed = new LinkedHashSet<>();
      for (AmendmentSignature s : a.signatures()) {
        if (s.signedOn().map(d -> SharedOracle.happened(d, asOf)).orElse(true)) {
          signed.add(s.organisationId());
        }
      }
      List<String> missing = signatoryOrgs().stream().filter(o -> !signed.contains(o)).toList();
      if (!missing.isEmpty()) {
        unmet(Gate.ALWAYS, Severity.ERROR, a.id(), "/amendments/" + i, args("missing", missing));
      }
    }
  }

  /**
   * A report for each judged year from signature to end, issued on or before the check date (« a report issued
   * … after the check date has not happened yet »); an undated report counts as it stands.
   */
  private void annualReports(List<AnnualReport> reports, String path, Severity s, Map<String, ?> a) {
    if (m.signature().isEmpty()) {
      return;
    }
    for (int y : JudgedYears.of(m.signature().get(), m.end(), asOf)) {
      final int year = y;
      if (reports.stream().noneMatch(r -> r.year() == year
          && r.issuedOn().map(d -> SharedOracle.happened(d, asOf)).orElse(true))) {
        missingForYear(s, c.id(), path, y, a);
      }
    }
  }

  /**
   * ≥ 1 indicator value of each fiche for each judged year from signature (or its amendment) to end. « A rule
   * about an element that does not exist says nothing (… no indicator follow-up for a fiche that has no
   * indicator) »: NOR-ACTION-INDICATORS reports such a fiche.
   */
  private void NOR_INDICATOR_FOLLOW_UP() {
    List<ActionSheet> fiches = c.actionPlan().fiches();
    for (int i = 0; i < fiches.size(); i++) {
      ActionSheet f = fiches.get(i);
      if (f.indicators().isEmpty() || !SharedOracle.ficheExists(c, f, asOf)) {
        continue;
      }
      Optional<Amendment> a = addedBy(f.id());
      Optional<LocalDate> start = a.isPresent() ? a.get().date() : m.signature();
      if (start.isEmpty()) {
        continue;
      }
      for (int y : JudgedYears.of(start.get(), m.end(), asOf)) {
        final int year = y;
        boolean valued = f.indicators().stream().map(Indicator::values)
            .anyMatch(vs -> vs.stream().anyMatch(v -> v.year() == year));
        if (!valued) {
          missingForYear(Severity.WARNING, f.id(), fichePath(i), y, Map.of());
        }
      }
    }
  }

  /**
   * A final evaluation dated in the last 12 months up to the end, supervised by a body counting as COPIL, both
   * on or before the check date (what is dated later is planned, not done). « “The last 12 months” of a
   * contract are the days d up to and including the end date with d + 1 year later than the end date » (the
   * one rule for adding years): a to-do on those days, an ERROR once ended.
   */
  private void NOR_FINAL_EVALUATION() {
    if (m.end().isEmpty()) {
      return;
    }
    LocalDate end = m.end().get();
    Predicate<LocalDate> lastTwelveMonths = d -> !d.isAfter(end) && SharedOracle.plusMonths(d, 12).isAfter(end);
    boolean done = false;
    for (Evaluation e : c.followUp().evaluations()) {
      // done on the check date: dated (and supervised) on or before it; a later date is a plan
      boolean inLastYear = e.date().map(d -> lastTwelveMonths.test(d) && !d.isAfter(asOf)).orElse(false);
      boolean byCopil = e.supervision().filter(s -> !s.date().isAfter(asOf)).flatMap(s -> c.governance().bodies().stream()
          .filter(b -> b.id().equals(s.bodyId())).findFirst()).map(b -> b.kind().countsAsCopil()).orElse(false);
      done |= e.kind() == EvaluationKind.FINAL && inLastYear && byCopil;
    }
    if (done) {
      return;
    }
    if (phase == Phase.ENDED) {
      judged(Severity.ERROR, c.id(), "/followUp/evaluations", null, Map.of());
    } else if (lastTwelveMonths.test(asOf)) {
      // the window opens on the first of the last 12 months: the earliest day the predicate holds
      LocalDate opens = end.minusMonths(13);
      while (!lastTwelveMonths.test(opens)) {
        opens = opens.plusDays(1);
      }
      toDo(c.id(), "/followUp/evaluations", null, args("windowOpens", opens));
    }
  }
}
