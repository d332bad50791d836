package io.github.clsante.cls.spi.facts;

import io.github.clsante.cls.calendar.CheckDate;
import io.github.clsante.cls.calendar.JudgedYears;
import io.github.clsante.cls.calendar.MonthCount;
import io.github.clsante.cls.calendar.Phases;
import io.github.clsante.cls.calendar.ReportDue;
import io.github.clsante.cls.followup.FollowUpSpan;
import io.github.clsante.cls.followup.FollowUpYear;
import io.github.clsante.cls.followup.YearlyFollowUp;
import io.github.clsante.cls.model.ActionSheet;
import io.github.clsante.cls.model.Amendment;
import io.github.clsante.cls.model.Axis;
import io.github.clsante.cls.model.DiagnosisElement;
import io.github.clsante.cls.model.Evaluation;
import io.github.clsante.cls.model.GovernanceBody;
import io.github.clsante.cls.model.HealthTheme;
import io.github.clsante.cls.model.Identifiers;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.Meeting;
import io.github.clsante.cls.model.Milestones;
import io.github.clsante.cls.model.Organisation;
import io.github.clsante.cls.model.OrganisationKind;
import io.github.clsante.cls.model.Person;
import io.github.clsante.cls.model.PolicyFramework;
import io.github.clsante.cls.model.Portrait;
import io.github.clsante.cls.model.Role;
import io.github.clsante.cls.model.RoleKind;
import io.github.clsante.cls.model.Signatory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Derives the facts packs reason on from a contract and a check date: generic facts with no threshold of any
 * référentiel (phase, judged years, counts, durations in months, composition on the date, due dates). The
 * rules hold the thresholds and decide. The contract is read as it stood on the check date: what it dates after
 * that day has not happened yet (CLAUSES.md, « As of the check date »). The cost, and the number of facts, are
 * linear in the size of the contract, and in its fiches × judged years for the yearly facts of fiches (bounds in
 * docs/embedding.md, « What a document can make the library do »). Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Facts {

  private final LocalHealthContract c;
  private final LocalDate asOf;
  private final Map<String, Organisation> orgs = new HashMap<>();
  private final Map<String, Person> people = new HashMap<>();
  private final Map<String, Integer> personIndex = new HashMap<>();
  private final Set<String> signatoryIds = new LinkedHashSet<>();
  private final Map<String, GovernanceBody> bodies = new HashMap<>();
  private final List<Object> out = new ArrayList<>();
  private final Map<LocalDate, List<Integer>> judgedYears = new HashMap<>();
  /** The amendment that adds a fiche: the first, in document order, that lists it. */
  private final Map<String, Amendment> addedBy = new HashMap<>();
  /** The kinds of role each person holds on the check date, read once (people are looked up per reference). */
  private final Map<String, Set<RoleKind>> rolesOn = new HashMap<>();
  /** Each body's members on the check date, by body index. */
  private final List<List<String>> membersOn = new ArrayList<>();
  /** Organisations with a member, on the check date, in a body counting as the COPIL. */
  private final Set<String> copilOrgs = new HashSet<>();
  /** Organisations with a member, on the check date, in a body counting as the COTECH. */
  private final Set<String> cotechOrgs = new HashSet<>();

  private Facts(LocalHealthContract c, LocalDate asOf) {
    this.c = c;
    this.asOf = asOf;
    for (Amendment a : c.amendments()) {
      a.addedFicheIds().forEach(f -> addedBy.putIfAbsent(f, a));
    }
    c.organisations().forEach(o -> orgs.put(o.id(), o));
    for (int i = 0; i < c.people().size(); i++) {
      people.put(c.people().get(i).id(), c.people().get(i));
      personIndex.put(c.people().get(i).id(), i);
    }
    c.signatories().forEach(s -> signatoryIds.add(s.organisationId()));
    c.governance().bodies().forEach(b -> bodies.put(b.id(), b));
    for (Person p : c.people()) {
      Set<RoleKind> held = EnumSet.noneOf(RoleKind.class);
      p.roles().stream().filter(r -> r.period().contains(asOf)).forEach(r -> held.add(r.kind()));
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
  private boolean holds(String personId, RoleKind kind) {
    return personId != null && rolesOn.getOrDefault(personId, Set.of()).contains(kind);
  }

  /**
   * @param contract the contract, not null
   * @param asOf the check date, from {@link CheckDate#EARLIEST} to {@link CheckDate#LATEST}
   * @return the facts, in a deterministic order
   * @throws NullPointerException naming the parameter when one is null
   * @throws IllegalArgumentException when {@code asOf} lies outside the years of the model
   */
  public static List<Object> derive(LocalHealthContract contract, LocalDate asOf) {
    Objects.requireNonNull(contract, "contract");
    CheckDate.require(asOf);
    Facts f = new Facts(contract, asOf);
    f.contract();
    f.milestoneOrder();
    f.durations();
    f.diagnosis();
    f.coordination();
    f.signatories();
    f.bodies();
    f.territory();
    f.fiches();
    f.amendments();
    f.years();
    f.end();
    f.evaluations();
    return List.copyOf(f.out);
  }

  private void contract() {
    Milestones m = c.milestones();
    int ars = 0;
    int coll = 0;
    for (Signatory s : c.signatories()) {
      OrganisationKind k = kind(s.organisationId());
      ars += k == OrganisationKind.ARS ? 1 : 0;
      coll += k != null && k.isCollectivite() ? 1 : 0;
    }
    // a completion dated after the check date has not happened yet, even when it is planned before the signature
    boolean completed = m.diagnosisCompletion().map(d -> !d.isAfter(asOf)).orElse(false);
    boolean completedBySignature = completed
        && m.signature().map(s -> !m.diagnosisCompletion().get().isAfter(s)).orElse(true);
    boolean loiBefore = m.letterOfIntent().isPresent()
        && m.diagnosisStart().map(d -> !m.letterOfIntent().get().isAfter(d)).orElse(true);
    int mental = 0;
    for (Axis a : c.actionPlan().axes()) {
      mental += a.mentalHealthComponent() && a.ptsmReference().isPresent() ? 1 : 0;
    }
    int fiches = 0;
    for (ActionSheet f : c.actionPlan().fiches()) {
      if (exists(f)) {
        fiches++;
        mental += f.mentalHealthComponent() && f.ptsmReference().isPresent() ? 1 : 0;
      }
    }
    long copils = c.governance().bodies().stream().filter(b -> b.kind().countsAsCopil()).count();
    long cotechs = c.governance().bodies().stream().filter(b -> b.kind().countsAsCotech()).count();
    out.add(new ContractFact(c.id(), Phases.at(m, asOf), m.signature().orElse(null), asOf, m.end().orElse(null),
        c.signatories().size(), ars, coll, completed, completedBySignature, m.letterOfIntent().isPresent(),
        loiBefore, c.actionPlan().axes().size(), fiches, mental, (int) copils,
        (int) cotechs));
  }

  private void milestoneOrder() {
    Milestones m = c.milestones();
    String[] names = {"engagement", "letterOfIntent", "diagnosisStart", "diagnosisCompletion", "signature", "end"};
    List<Optional<LocalDate>> dates = List.of(m.engagement(), m.letterOfIntent(), m.diagnosisStart(),
        m.diagnosisCompletion(), m.signature(), m.end());
    int prev = -1;
    for (int i = 0; i < names.length; i++) {
      if (dates.get(i).isEmpty()) {
        continue;
      }
      if (prev >= 0) {
        LocalDate a = dates.get(prev).get();
        LocalDate b = dates.get(i).get();
        out.add(new MilestoneOrderFact(names[prev], names[i], a, b, "/milestones/" + names[i], a.equals(b),
            b.isBefore(a)));
      }
      prev = i;
    }
  }

  private void durations() {
    Milestones m = c.milestones();
    if (m.signature().isEmpty()) {
      return;
    }
    LocalDate sig = m.signature().get();
    m.end().ifPresent(e -> {
      LocalDate dayAfterEnd = e.plusDays(1); // the end date is the contract's last day
      MonthCount d = MonthCount.between(sig, dayAfterEnd);
      out.add(new DurationFact(DurationFact.Kind.CONTRACT, "signature", sig, dayAfterEnd, d.months(), d.days()));
    });
    String from = m.engagement().isPresent() ? "engagement"
        : m.letterOfIntent().isPresent() ? "letterOfIntent"
        : m.diagnosisStart().isPresent() ? "diagnosisStart" : null;
    Optional<LocalDate> start = m.engagement().or(m::letterOfIntent).or(m::diagnosisStart);
    start.ifPresent(s -> {
      MonthCount d = MonthCount.between(s, sig);
      out.add(new DurationFact(DurationFact.Kind.PREPARATION, from, s, sig, d.months(), d.days()));
    });
  }

  private void diagnosis() {
    var d = c.diagnosis();
    for (Portrait p : Portrait.values()) {
      lacks(!d.portraits().contains(p), DiagnosisItemFact.Category.PORTRAIT, p, "/diagnosis/portraits");
    }
    for (DiagnosisElement e : DiagnosisElement.values()) {
      lacks(!d.elements().contains(e), DiagnosisItemFact.Category.ELEMENT, e, "/diagnosis/elements");
    }
    for (PolicyFramework f : PolicyFramework.values()) {
      lacks(!d.frameworks().contains(f), DiagnosisItemFact.Category.FRAMEWORK, f, "/diagnosis/frameworks");
    }
    for (HealthTheme t : HealthTheme.values()) {
      lacks(!d.themes().contains(t), DiagnosisItemFact.Category.THEME, t, "/diagnosis/themes");
    }
  }

  private void lacks(boolean lacking, DiagnosisItemFact.Category category, Enum<?> item, String path) {
    if (lacking) {
      out.add(new DiagnosisItemFact(category, item.name(), path));
    }
  }

  private void coordination() {
    int coordinators = 0;
    BigDecimal fte = BigDecimal.ZERO;
    int referents = 0;
    int referentsOfSignatory = 0;
    for (int i = 0; i < c.people().size(); i++) {
      Person p = c.people().get(i);
      boolean coordinator = false;
      boolean referent = false;
      String employer = null; // the first employer that is not a signatory collectivité, else the first one
      boolean allBySignatoryCollectivite = true;
      for (Role r : p.roles()) {
        if (!r.period().contains(asOf)) {
          continue;
        }
        if (r.kind() == RoleKind.COORDINATOR) {
          fte = fte.add(r.fte().orElse(BigDecimal.ZERO)); // a person's concurrent coordinator roles add up
          String e = r.employerId().or(p::organisationId).orElse(null);
          boolean ok = isSignatoryCollectivite(e);
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
        coordinators++;
        out.add(new CoordinatorFact(p.id(), "/people/" + i, employer, allBySignatoryCollectivite));
      }
      if (referent) {
        referents++;
        referentsOfSignatory += isSignatoryCollectivite(p.organisationId().orElse(null)) ? 1 : 0;
      }
    }
    Set<String> funders = c.coordination().fundersOn(asOf);
    int signatoryFunders = (int) funders.stream().filter(signatoryIds::contains).count();
    out.add(new CoordinationFact(coordinators, fte.doubleValue(), funders.size(), signatoryFunders, referents,
        referentsOfSignatory));
  }

  private void signatories() {
    for (int i = 0; i < c.signatories().size(); i++) {
      String o = c.signatories().get(i).organisationId();
      OrganisationKind k = kind(o);
      out.add(new SignatoryFact(o, "/signatories/" + i, k != null && k.isCollectivite(),
          k == OrganisationKind.ARS, copilOrgs.contains(o), cotechOrgs.contains(o)));
    }
  }

  private void bodies() {
    boolean copilSeen = false;
    boolean cotechSeen = false;
    for (int i = 0; i < c.governance().bodies().size(); i++) {
      GovernanceBody b = c.governance().bodies().get(i);
      String path = "/governance/bodies/" + i;
      Set<String> memberOrgs = new LinkedHashSet<>();
      boolean referent = false;
      boolean signatoryColl = false;
      boolean ars = false;
      boolean prefect = false;
      for (String pid : membersOn.get(i)) {
        String org = people.get(pid).organisationId().orElse(null);
        if (org != null) {
          memberOrgs.add(org);
        }
        OrganisationKind k = kind(org);
        referent |= holds(pid, RoleKind.ELU_REFERENT);
        signatoryColl |= isSignatoryCollectivite(org);
        ars |= k == OrganisationKind.ARS;
        prefect |= k == OrganisationKind.PREFECTURE || holds(pid, RoleKind.PREFECT_DELEGATE);
      }
      boolean chairReferent = holds(b.chairId().orElse(null), RoleKind.ELU_REFERENT);
      boolean facilitatorCoordinator = holds(b.facilitatorId().orElse(null), RoleKind.COORDINATOR);
      boolean asCopil = b.kind().countsAsCopil();
      boolean asCotech = b.kind().countsAsCotech();
      out.add(new BodyFact(b.id(), path, b.kind(), asCopil, asCotech, asCopil && !copilSeen,
          asCotech && !cotechSeen, chairReferent, facilitatorCoordinator, Set.copyOf(memberOrgs), referent,
          signatoryColl, ars, prefect));
      copilSeen |= asCopil;
      cotechSeen |= asCotech;
      for (int j = 0; j < b.meetings().size(); j++) {
        Meeting mt = b.meetings().get(j);
        out.add(new MeetingFact(mt.id(), path + "/meetings/" + j, b.id(), asCopil, asCotech,
            mt.date().isBefore(asOf), mt.minutesRef().isPresent()));
      }
    }
  }

  private void territory() {
    var t = c.territory();
    Set<String> depts = new HashSet<>();
    for (String code : t.communes()) {
      depts.add(Identifiers.departementOf(code));
    }
    out.add(new TerritoryFact(t.kind(), t.kind().isCollectiviteScale(), depts.size(), t.politiqueDeLaVille(),
        t.asvProgrammingIntegrated()));
  }

  /**
   * Whether a fiche exists on the check date: one added by an amendment dated after it does not exist yet, for
   * any rule (an undated amendment counts as it stands).
   */
  private boolean exists(ActionSheet f) {
    Amendment a = addedBy.get(f.id());
    return a == null || a.date().map(d -> !d.isAfter(asOf)).orElse(true);
  }

  private void fiches() {
    Milestones m = c.milestones();
    for (int i = 0; i < c.actionPlan().fiches().size(); i++) {
      ActionSheet f = c.actionPlan().fiches().get(i);
      if (!exists(f)) {
        continue;
      }
      String path = "/actionPlan/fiches/" + i;
      Amendment a = addedBy.get(f.id());
      Optional<LocalDate> deadline = a != null ? a.date() : m.signature();
      // a validation dated after the check date has not happened yet
      Optional<LocalDate> validated = f.validatedOn().filter(v -> !v.isAfter(asOf));
      boolean byDeadline = validated.isPresent() && deadline.map(d -> !validated.get().isAfter(d)).orElse(true);
      boolean pilotCoordinator = holds(f.pilotId().orElse(null), RoleKind.COORDINATOR);
      out.add(new FicheFact(f.id(), path, f.axisId().isPresent(), f.pilotId().isPresent(), pilotCoordinator,
          f.indicators().size(), validated.isPresent(), byDeadline, a == null ? null : a.id()));
      field(f, path, "operationalObjective", f.operationalObjective().isPresent());
      field(f, path, "axisId", f.axisId().isPresent());
      field(f, path, "stakes", f.stakes().isPresent());
      field(f, path, "targetPublic", f.targetPublic().isPresent());
      field(f, path, "timeline", f.timeline().isPresent());
      field(f, path, "expectedResults", f.expectedResults().isPresent());
      field(f, path, "partnerIds", !f.partnerIds().isEmpty());
      field(f, path, "means", f.means().isPresent() || f.budget().isPresent());
      Optional<LocalDate> spanStart = a != null ? a.date() : m.signature();
      if (spanStart.isPresent()) {
        Map<Integer, Integer> values = new HashMap<>();
        f.indicators().forEach(ind -> ind.values().forEach(v -> values.merge(v.year(), 1, Integer::sum)));
        for (int y : judgedFrom(spanStart.get())) {
          out.add(new FicheYearFact(f.id(), path, y, f.indicators().size(), values.getOrDefault(y, 0),
              ReportDue.overdue(y, asOf)));
        }
      }
    }
  }

  private void field(ActionSheet f, String path, String field, boolean present) {
    if (!present) {
      out.add(new FicheFieldFact(f.id(), path + "/" + field, field));
    }
  }

  private void amendments() {
    for (int i = 0; i < c.amendments().size(); i++) {
      Amendment a = c.amendments().get(i);
      if (a.date().filter(d -> d.isAfter(asOf)).isPresent()) {
        continue; // an amendment dated after the check date is not judged yet
      }
      Set<String> signed = new HashSet<>();
      a.signatures().stream().filter(s -> s.signedOn().map(d -> !d.isAfter(asOf)).orElse(true)) // not signed yet
          .forEach(s -> signed.add(s.organisationId()));
      List<String> missing = signatoryIds.stream().filter(s -> !signed.contains(s)).toList();
      out.add(new AmendmentFact(a.id(), "/amendments/" + i, missing));
    }
  }

  /**
   * One fact per judged year of each span, then the year in progress of each span: the counts are the public
   * yearly follow-up's ({@link YearlyFollowUp}), so that the rules and the views count alike.
   */
  private void years() {
    YearlyFollowUp followUp = YearlyFollowUp.of(c, asOf);
    for (FollowUpSpan s : FollowUpSpan.values()) {
      for (FollowUpYear y : followUp.judged(s)) {
        out.add(new JudgedYearFact(span(s), y.year(), ReportDue.overdue(y.year(), asOf), y.copilMeetings(),
            y.cotechMeetings(), y.activityReports(), y.financialReports(), y.programmed()));
      }
    }
    for (FollowUpSpan s : FollowUpSpan.values()) {
      followUp.inProgress(s).ifPresent(y -> out.add(new YearInProgressFact(span(s), y.year(), y.copilMeetings(),
          y.cotechMeetings(), y.programmed())));
    }
  }

  private static YearSpan span(FollowUpSpan s) {
    return s == FollowUpSpan.DIAGNOSIS_TO_END ? YearSpan.DIAGNOSIS_TO_END : YearSpan.SIGNATURE_TO_END;
  }

  /** The end date and the opening of the last 12 months, for the final evaluation's to-do. */
  private void end() {
    c.milestones().end().ifPresent(e -> out.add(new EndFact(e, e.minusYears(1).plusDays(1))));
  }

  /** The judged years of the span from {@code start} to the contract's end, computed once per start date. */
  private List<Integer> judgedFrom(LocalDate start) {
    return judgedYears.computeIfAbsent(start, s -> JudgedYears.of(s, c.milestones().end(), asOf));
  }

  private void evaluations() {
    Optional<LocalDate> end = c.milestones().end();
    for (int i = 0; i < c.followUp().evaluations().size(); i++) {
      Evaluation e = c.followUp().evaluations().get(i);
      // an evaluation dated after the check date is planned, not done
      LocalDate doneOn = e.date().filter(d -> !d.isAfter(asOf)).orElse(null);
      boolean byCopil = e.supervision().filter(s -> !s.date().isAfter(asOf)).map(s -> bodies.get(s.bodyId()))
          .map(b -> b.kind().countsAsCopil()).orElse(false);
      out.add(new EvaluationFact(e.id(), "/followUp/evaluations/" + i, e.kind(), doneOn, end.orElse(null),
          byCopil));
    }
  }

  private OrganisationKind kind(String orgId) {
    Organisation o = orgId == null ? null : orgs.get(orgId);
    return o == null ? null : o.kind();
  }

  private boolean isSignatoryCollectivite(String orgId) {
    OrganisationKind k = kind(orgId);
    return orgId != null && signatoryIds.contains(orgId) && k != null && k.isCollectivite();
  }
}
