package io.github.clsante.cls.rules;

import static io.github.clsante.cls.rules.oracle.SharedOracle.sink;

import io.github.clsante.cls.calendar.JudgedYears;
import io.github.clsante.cls.calendar.Phase;
import io.github.clsante.cls.model.ActionSheet;
import io.github.clsante.cls.model.Amendment;
import io.github.clsante.cls.model.AmendmentSignature;
import io.github.clsante.cls.model.AnnualReport;
import io.github.clsante.cls.model.DiagnosisElement;
import io.github.clsante.cls.model.Evaluation;
import io.github.clsante.cls.model.EvaluationKind;
import io.github.clsante.cls.model.Indicator;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.Milestones;
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
 * The oracle functions of the 13 Normandie clauses of the contract's course and plan (letter of intent,
 * pre-signature period, diagnosis, axes and fiches, amendments, annual reports, indicators, final evaluation),
 * beside their properties in {@link NormandiePlanProperties}: each is named by its clause id and returns, for a
 * contract and a check date, the exact findings the clause gives, stated directly on the contract model and
 * CLAUSES.md — independently of the DRL and of the derived facts. Conventions (CLAUSES.md): the applies column
 * is {@link SharedOracle#outcome}; {@code years: SPAN} judges once per judged year, and the reports and
 * indicator values of year Y are a to-do until 30 June Y+1; what is dated after the check date has not happened
 * yet; a rule about an absent element says nothing. Stateless, thread-safe.
 */
public final class NormandiePlanClauses {

  private NormandiePlanClauses() {}

  // « lettre d'intention des élus »: a letter of intent dated on or before the diagnosis start; diagnosis; ERROR.
  @ClauseOracle(asserts = {"present"})
  public static List<SharedFinding> NOR_LETTER_OF_INTENT(LocalHealthContract c, LocalDate asOf) {
    Sink s = sink("NOR-LETTER-OF-INTENT", Severity.ERROR, When.DIAGNOSIS, c, asOf);
    Milestones m = c.milestones();
    Optional<LocalDate> loi = m.letterOfIntent();
    boolean ok = loi.isPresent() && m.diagnosisStart().map(ds -> !loi.get().isAfter(ds)).orElse(true);
    if (!ok) {
      s.unmet(c.id(), "/milestones/letterOfIntent", null, "present", loi.isPresent());
    }
    return s.findings();
  }

  // « Avant la signature : 6 mois à 1 an »: engagement (else letter, else diagnosis start) → signature lasts 6 to
  // 12 months; signature; WARNING. « 6 mois à 1 an bounds the elapsed time to the day and includes both bounds »:
  // at least 6 months when start + 6 months ≤ signature, at most 12 when signature ≤ start + 12 months (the one
  // rule for months).
  @ClauseOracle(asserts = {"from", "months", "days", "minimumMonths", "maximumMonths"})
  public static List<SharedFinding> NOR_PRESIGNATURE_PERIOD(LocalHealthContract c, LocalDate asOf) {
    Sink s = sink("NOR-PRESIGNATURE-PERIOD", Severity.WARNING, When.SIGNATURE, c, asOf);
    Milestones m = c.milestones();
    if (m.signature().isEmpty()) {
      return s.findings();
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
      return s.findings(); // no period to measure
    }
    LocalDate sig = m.signature().get();
    boolean atLeast6 = !SharedOracle.plusMonths(start, 6).isAfter(sig);
    boolean atMost12 = !sig.isAfter(SharedOracle.plusMonths(start, 12));
    if (!(atLeast6 && atMost12)) {
      SharedOracle.Elapsed e = SharedOracle.Elapsed.between(start, sig);
      s.unmet(c.id(), "/milestones/signature", null, "from", from, "months", e.months(), "days", e.days(),
          "minimumMonths", 6, "maximumMonths", 12);
    }
    return s.findings();
  }

  // The four elements of the method, for a diagnosis completed on or before the check date; one finding per
  // element missing; always; WARNING.
  @ClauseOracle(asserts = {"element"})
  public static List<SharedFinding> NOR_DIAGNOSIS_CONTENT(LocalHealthContract c, LocalDate asOf) {
    Sink s = sink("NOR-DIAGNOSIS-CONTENT", Severity.WARNING, When.ALWAYS, c, asOf);
    if (!SharedOracle.diagnosisCompleted(c, asOf)) {
      return s.findings();
    }
    for (DiagnosisElement e : DiagnosisElement.values()) {
      if (!c.diagnosis().elements().contains(e)) {
        s.unmet(c.id(), "/diagnosis/elements", null, "element", e.name());
      }
    }
    return s.findings();
  }

  // « des priorités (axes) »: one finding if the plan has no axis, else one per fiche without an axis;
  // signature (to-do); ERROR.
  @ClauseOracle(asserts = {"variant"})
  public static List<SharedFinding> NOR_AXES(LocalHealthContract c, LocalDate asOf) {
    Sink s = sink("NOR-AXES", Severity.ERROR, When.SIGNATURE_TODO, c, asOf);
    if (c.actionPlan().axes().isEmpty()) {
      return s.unmet(c.id(), "/actionPlan/axes", null, "variant", "plan").findings();
    }
    return perFiche(s, c, asOf, f -> f.axisId().isEmpty(), "variant", "fiche");
  }

  // Each fiche has a pilot; signature (to-do); ERROR.
  @ClauseOracle
  public static List<SharedFinding> NOR_ACTION_PILOT(LocalHealthContract c, LocalDate asOf) {
    return perFiche(sink("NOR-ACTION-PILOT", Severity.ERROR, When.SIGNATURE_TODO, c, asOf), c, asOf,
        f -> f.pilotId().isEmpty());
  }

  // A fiche's pilot is not the coordinator (on the check date); always; WARNING.
  @ClauseOracle
  public static List<SharedFinding> NOR_PILOT_NOT_COORDINATOR(LocalHealthContract c, LocalDate asOf) {
    return perFiche(sink("NOR-PILOT-NOT-COORDINATOR", Severity.WARNING, When.ALWAYS, c, asOf), c, asOf,
        f -> f.pilotId().map(p -> c.person(p).map(x -> x.holds(RoleKind.COORDINATOR, asOf)).orElse(false))
            .orElse(false));
  }

  // Each fiche has at least one indicator; signature (to-do); ERROR.
  @ClauseOracle
  public static List<SharedFinding> NOR_ACTION_INDICATORS(LocalHealthContract c, LocalDate asOf) {
    return perFiche(sink("NOR-ACTION-INDICATORS", Severity.ERROR, When.SIGNATURE_TODO, c, asOf), c, asOf,
        f -> f.indicators().isEmpty());
  }

  // Each fiche is validated on or before the signature, or its adding amendment's date; a validation dated after
  // the check date has not happened yet (« a validation … that starts later … does not count »); signature
  // (to-do); ERROR.
  @ClauseOracle(asserts = {"validated", "amendment"})
  public static List<SharedFinding> NOR_FICHES_VALIDATED(LocalHealthContract c, LocalDate asOf) {
    Sink s = sink("NOR-FICHES-VALIDATED", Severity.ERROR, When.SIGNATURE_TODO, c, asOf);
    List<ActionSheet> fiches = c.actionPlan().fiches();
    for (int i = 0; i < fiches.size(); i++) {
      ActionSheet f = fiches.get(i);
      if (!SharedOracle.ficheExists(c, f, asOf)) {
        continue;
      }
      Optional<Amendment> a = SharedOracle.addedBy(c, f.id());
      Optional<LocalDate> deadline = a.isPresent() ? a.get().date() : c.milestones().signature();
      Optional<LocalDate> validated = f.validatedOn().filter(v -> SharedOracle.happened(v, asOf));
      boolean ok = validated.isPresent() && deadline.map(d -> !validated.get().isAfter(d)).orElse(true);
      if (!ok) {
        s.unmet(f.id(), fichePath(i), null, "validated", validated.isPresent(), "amendment",
            a.map(Amendment::id).orElse(""));
      }
    }
    return s.findings();
  }

  // « paraphé par l'ensemble des signataires »: one finding per amendment, naming the missing signatories. An
  // amendment dated after the check date is not judged yet; a signature dated after it is not given yet; undated
  // ones count as they stand; always; ERROR.
  @ClauseOracle(asserts = {"missing"})
  public static List<SharedFinding> NOR_AMENDMENT_SIGNED(LocalHealthContract c, LocalDate asOf) {
    Sink s = sink("NOR-AMENDMENT-SIGNED", Severity.ERROR, When.ALWAYS, c, asOf);
    for (int i = 0; i < c.amendments().size(); i++) {
      Amendment a = c.amendments().get(i);
      if (a.date().filter(d -> !SharedOracle.happened(d, asOf)).isPresent()) {
        continue;
      }
      Set<String> signed = new LinkedHashSet<>();
      for (AmendmentSignature sig : a.signatures()) {
        if (sig.signedOn().map(d -> SharedOracle.happened(d, asOf)).orElse(true)) {
          signed.add(sig.organisationId());
        }
      }
      List<String> missing = SharedOracle.signatoryOrgs(c).stream().filter(o -> !signed.contains(o)).toList();
      if (!missing.isEmpty()) {
        s.unmet(a.id(), "/amendments/" + i, null, "missing", missing);
      }
    }
    return s.findings();
  }

  // An activity report for each judged year from signature to end; ERROR once due, a to-do before.
  @ClauseOracle
  public static List<SharedFinding> NOR_ANNUAL_REPORT(LocalHealthContract c, LocalDate asOf) {
    return annualReports(sink("NOR-ANNUAL-REPORT", Severity.ERROR, When.ALWAYS, c, asOf), c, asOf,
        c.followUp().activityReports(), "/followUp/activityReports");
  }

  // A financial report for each judged year from signature to end; ERROR with ≥ 2 funders of the coordination
  // on the check date, else WARNING; a to-do before it is due.
  @ClauseOracle(asserts = {"funders"})
  public static List<SharedFinding> NOR_ANNUAL_FINANCIAL(LocalHealthContract c, LocalDate asOf) {
    int funders = c.coordination().fundersOn(asOf).size();
    return annualReports(sink("NOR-ANNUAL-FINANCIAL", funders >= 2 ? Severity.ERROR : Severity.WARNING,
        When.ALWAYS, c, asOf), c, asOf, c.followUp().financialReports(), "/followUp/financialReports",
        "funders", funders);
  }

  // ≥ 1 indicator value of each fiche for each judged year from signature (or its amendment) to end; WARNING
  // once due, a to-do before. « A rule about an element that does not exist says nothing (… no indicator
  // follow-up for a fiche that has no indicator) »: NOR-ACTION-INDICATORS reports such a fiche.
  @ClauseOracle
  public static List<SharedFinding> NOR_INDICATOR_FOLLOW_UP(LocalHealthContract c, LocalDate asOf) {
    Sink s = sink("NOR-INDICATOR-FOLLOW-UP", Severity.WARNING, When.ALWAYS, c, asOf);
    List<ActionSheet> fiches = c.actionPlan().fiches();
    for (int i = 0; i < fiches.size(); i++) {
      ActionSheet f = fiches.get(i);
      if (f.indicators().isEmpty() || !SharedOracle.ficheExists(c, f, asOf)) {
        continue;
      }
      Optional<Amendment> a = SharedOracle.addedBy(c, f.id());
      Optional<LocalDate> start = a.isPresent() ? a.get().date() : c.milestones().signature();
      if (start.isEmpty()) {
        continue;
      }
      for (int y : JudgedYears.of(start.get(), c.milestones().end(), asOf)) {
        final int year = y;
        boolean valued = f.indicators().stream().map(Indicator::values)
            .anyMatch(vs -> vs.stream().anyMatch(v -> v.year() == year));
        if (!valued) {
          s.missingForYear(asOf, f.id(), fichePath(i), y);
        }
      }
    }
    return s.findings();
  }

  // A final evaluation dated in the last 12 months up to the end, supervised by a body counting as COPIL, both
  // on or before the check date (what is dated later is planned, not done). « “The last 12 months” of a
  // contract are the days d up to and including the end date with d + 1 year later than the end date » (the
  // one rule for adding years): a to-do on those days, an ERROR once ended.
  @ClauseOracle(asserts = {"windowOpens"})
  public static List<SharedFinding> NOR_FINAL_EVALUATION(LocalHealthContract c, LocalDate asOf) {
    Sink s = sink("NOR-FINAL-EVALUATION", Severity.ERROR, When.ALWAYS, c, asOf);
    if (c.milestones().end().isEmpty()) {
      return s.findings();
    }
    LocalDate end = c.milestones().end().get();
    Predicate<LocalDate> lastTwelveMonths = d -> !d.isAfter(end) && SharedOracle.plusMonths(d, 12).isAfter(end);
    boolean done = false;
    for (Evaluation e : c.followUp().evaluations()) {
      // done on the check date: dated (and supervised) on or before it; a later date is a plan
      boolean inLastYear = e.date().map(d -> lastTwelveMonths.test(d) && !d.isAfter(asOf)).orElse(false);
      boolean byCopil = e.supervision().filter(sv -> !sv.date().isAfter(asOf))
          .flatMap(sv -> c.governance().bodies().stream().filter(b -> b.id().equals(sv.bodyId())).findFirst())
          .map(b -> b.kind().countsAsCopil()).orElse(false);
      done |= e.kind() == EvaluationKind.FINAL && inLastYear && byCopil;
    }
    if (done) {
      return s.findings();
    }
    if (SharedOracle.phase(c, asOf) == Phase.ENDED) {
      s.judged(c.id(), "/followUp/evaluations", null);
    } else if (lastTwelveMonths.test(asOf)) {
      // the window opens on the first of the last 12 months: the earliest day the predicate holds
      LocalDate opens = end.minusMonths(13);
      while (!lastTwelveMonths.test(opens)) {
        opens = opens.plusDays(1);
      }
      s.toDo(c.id(), "/followUp/evaluations", null, "windowOpens", opens);
    }
    return s.findings();
  }

  // ------------------------------------------------------------------ shared by the clauses above

  /** Each fiche of the plan on the check date (one added by an amendment dated later does not exist yet). */
  private static List<SharedFinding> perFiche(Sink s, LocalHealthContract c, LocalDate asOf,
      Predicate<ActionSheet> failing, Object... args) {
    List<ActionSheet> fiches = c.actionPlan().fiches();
    for (int i = 0; i < fiches.size(); i++) {
      if (SharedOracle.ficheExists(c, fiches.get(i), asOf) && failing.test(fiches.get(i))) {
        s.unmet(fiches.get(i).id(), fichePath(i), null, args);
      }
    }
    return s.findings();
  }

  /**
   * A report for each judged year from signature to end, issued on or before the check date (« a report issued
   * … after the check date has not happened yet »); an undated report counts as it stands.
   */
  private static List<SharedFinding> annualReports(Sink s, LocalHealthContract c, LocalDate asOf,
      List<AnnualReport> reports, String path, Object... args) {
    if (c.milestones().signature().isEmpty()) {
      return s.findings();
    }
    for (int y : JudgedYears.of(c.milestones().signature().get(), c.milestones().end(), asOf)) {
      final int year = y;
      if (reports.stream().noneMatch(r -> r.year() == year
          && r.issuedOn().map(d -> SharedOracle.happened(d, asOf)).orElse(true))) {
        s.missingForYear(asOf, c.id(), path, y, args);
      }
    }
    return s.findings();
  }

  private static String fichePath(int i) {
    return "/actionPlan/fiches/" + i;
  }
}
