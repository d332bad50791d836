package io.github.clsante.cls.testkit;

import static io.github.clsante.cls.testkit.Rebuild.*;

import io.github.clsante.cls.calendar.DateArithmetic;
import io.github.clsante.cls.calendar.JudgedYears;
import io.github.clsante.cls.calendar.Phase;
import io.github.clsante.cls.calendar.Phases;
import io.github.clsante.cls.calendar.ReportDue;
import io.github.clsante.cls.model.ActionPlan;
import io.github.clsante.cls.model.ActionSheet;
import io.github.clsante.cls.model.Amendment;
import io.github.clsante.cls.model.AmendmentSignature;
import io.github.clsante.cls.model.Axis;
import io.github.clsante.cls.model.BodyKind;
import io.github.clsante.cls.model.Coordination;
import io.github.clsante.cls.model.Diagnosis;
import io.github.clsante.cls.model.DiagnosisElement;
import io.github.clsante.cls.model.EvaluationKind;
import io.github.clsante.cls.model.FollowUp;
import io.github.clsante.cls.model.Funding;
import io.github.clsante.cls.model.GovernanceBody;
import io.github.clsante.cls.model.HealthTheme;
import io.github.clsante.cls.model.Indicator;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.Meeting;
import io.github.clsante.cls.model.Milestones;
import io.github.clsante.cls.model.Organisation;
import io.github.clsante.cls.model.OrganisationKind;
import io.github.clsante.cls.model.Person;
import io.github.clsante.cls.model.PolicyFramework;
import io.github.clsante.cls.model.Portrait;
import io.github.clsante.cls.model.Programming;
import io.github.clsante.cls.model.Role;
import io.github.clsante.cls.model.RoleKind;
import io.github.clsante.cls.model.Signatory;
import io.github.clsante.cls.model.Territory;
import io.github.clsante.cls.model.TerritoryKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The edits and preconditions behind {@link Breakage}. Pure functions of a contract and a date, reading the model
 * and the calendar only (never the rules' facts); each edit rebuilds the parts it changes through {@link Rebuild}.
 */
final class Edits {

  private Edits() {}

  static final LocalDate MENTAL_HEALTH_LAW = Timeline.MENTAL_HEALTH_LAW;

  // ------------------------------------------------------------------ reading

  static Phase phase(ContractAtDate c) {
    return Phases.at(c.contract().milestones(), c.asOf());
  }

  static boolean fromDiagnosis(ContractAtDate c) {
    return phase(c).compareTo(Phase.DIAGNOSIS_AND_PLANNING) >= 0;
  }

  static boolean fromSignature(ContractAtDate c) {
    return phase(c).compareTo(Phase.IMPLEMENTATION_AND_EVALUATION) >= 0;
  }

  /** Whether the check date is in the last 12 months of the contract or after its end (one rule for years). */
  static boolean endWindow(ContractAtDate c) {
    Optional<LocalDate> end = c.contract().milestones().end();
    return end.isPresent() && DateArithmetic.plusYears(c.asOf(), 1).isAfter(end.get());
  }

  static boolean diagnosisCompleted(ContractAtDate c) {
    return c.contract().milestones().diagnosisCompletion().map(d -> !d.isAfter(c.asOf())).orElse(false);
  }

  static boolean hasFiche(ContractAtDate c) {
    return !c.contract().actionPlan().fiches().isEmpty();
  }

  static boolean hasBody(ContractAtDate c, Predicate<BodyKind> kind) {
    return c.contract().governance().bodies().stream().anyMatch(b -> kind.test(b.kind()));
  }

  static List<Integer> judgedYears(ContractAtDate c, Optional<LocalDate> start) {
    Milestones m = c.contract().milestones();
    return start.map(s -> JudgedYears.of(s, m.end(), c.asOf())).orElse(List.of());
  }

  static List<Integer> diagnosisYears(ContractAtDate c) {
    return judgedYears(c, c.contract().milestones().diagnosisStart());
  }

  static List<Integer> signatureYears(ContractAtDate c) {
    return judgedYears(c, c.contract().milestones().signature());
  }

  static List<String> coordinatorsOn(ContractAtDate c) {
    return c.contract().people().stream().filter(p -> p.holds(RoleKind.COORDINATOR, c.asOf())).map(Person::id)
        .toList();
  }

  static long meetingsIn(ContractAtDate c, int year, Predicate<BodyKind> kind) {
    return c.contract().governance().bodies().stream().filter(b -> kind.test(b.kind()))
        .flatMap(b -> b.meetings().stream()).filter(m -> m.date().getYear() == year).count();
  }

  /** A year to break among years: the first that is overdue for reports if any, else the first. */
  static Optional<Integer> reportYear(ContractAtDate c, List<Integer> years) {
    return years.stream().filter(y -> c.asOf().isAfter(LocalDate.of(y + 1, 6, 30))).findFirst()
        .or(() -> years.stream().findFirst());
  }

  // ------------------------------------------------------------------ the edits

  static ContractAtDate removeArsSignatories(ContractAtDate c) {
    LocalHealthContract k = c.contract();
    List<Signatory> kept = k.signatories().stream()
        .filter(s -> k.organisation(s.organisationId()).map(o -> o.kind() != OrganisationKind.ARS).orElse(true))
        .toList();
    return with(c, LocalHealthContract.builder().mergeFrom(c.contract()).signatories(kept).build());
  }

  static boolean hasArsSignatory(ContractAtDate c) {
    LocalHealthContract k = c.contract();
    return k.signatories().stream().anyMatch(s -> k.organisation(s.organisationId())
        .map(o -> o.kind() == OrganisationKind.ARS).orElse(false));
  }

  static ContractAtDate badDuration(ContractAtDate c) {
    Milestones m = c.contract().milestones();
    LocalDate sig = m.signature().orElseThrow();
    Phase before = phase(c);
    LocalDate longer = sig.plusYears(5); // 60 months and 1 day, inclusive
    LocalDate shorter = sig.plusMonths(35).minusDays(1); // 35 months
    for (LocalDate end : List.of(longer, shorter)) {
      ContractAtDate out = milestones(c, x -> Milestones.builder().mergeFrom(x).end(end).build());
      if (phase(out) == before) {
        return out;
      }
    }
    return milestones(c, x -> Milestones.builder().mergeFrom(x).end(longer).build());
  }

  static boolean canBreakOrder(ContractAtDate c) {
    Milestones m = c.contract().milestones();
    return m.engagement().isPresent() && m.letterOfIntent().isPresent()
        || m.engagement().isPresent() && m.diagnosisStart().isPresent()
        || m.diagnosisStart().isPresent() && m.diagnosisCompletion().isPresent();
  }

  static ContractAtDate breakOrder(ContractAtDate c) {
    Milestones m = c.contract().milestones();
    if (m.engagement().isPresent() && m.letterOfIntent().isPresent()) {
      return milestones(c, x -> Milestones.builder().mergeFrom(x).letterOfIntent(m.engagement().get().minusDays(1))
          .build());
    }
    if (m.engagement().isPresent() && m.diagnosisStart().isPresent()) {
      return milestones(c, x -> Milestones.builder().mergeFrom(x).engagement(m.diagnosisStart().get().plusDays(1))
          .build());
    }
    return milestones(c, x -> Milestones.builder().mergeFrom(x)
        .diagnosisCompletion(m.diagnosisStart().get().minusDays(1)).build());
  }

  static ContractAtDate noMentalHealth(ContractAtDate c) {
    LocalHealthContract k = c.contract();
    List<Axis> axes = k.actionPlan().axes().stream()
        .<Axis>map(a -> Axis.builder().mergeFrom(a).mentalHealthComponent(false).ptsmReference(Optional.empty()).build())
        .toList();
    List<ActionSheet> fiches = k.actionPlan().fiches().stream()
        .<ActionSheet>map(f -> ActionSheet.builder().mergeFrom(f).mentalHealthComponent(false).ptsmReference(Optional.empty())
            .build())
        .toList();
    return actionPlan(c, p -> ActionPlan.builder().mergeFrom(p).axes(axes).fiches(fiches).build());
  }

  static boolean mentalHealthRequired(ContractAtDate c) {
    return c.contract().milestones().signature().map(s -> !s.isBefore(MENTAL_HEALTH_LAW)).orElse(true);
  }

  static ContractAtDate removePrefectFromCopil(ContractAtDate c) {
    LocalHealthContract k = c.contract();
    Predicate<String> prefect = pid -> k.person(pid).map(p -> p.holds(RoleKind.PREFECT_DELEGATE, c.asOf())
        || p.organisationId().flatMap(k::organisation).map(o -> o.kind() == OrganisationKind.PREFECTURE)
            .orElse(false)).orElse(false);
    return bodies(c, b -> !b.kind().countsAsCopil() ? b : GovernanceBody.builder().mergeFrom(b)
        .members(b.members().stream().filter(m -> !prefect.test(m.personId())).toList()).build());
  }

  static ContractAtDate lowFte(ContractAtDate c) {
    long n = c.contract().people().stream().flatMap(p -> p.roles().stream())
        .filter(r -> r.kind() == RoleKind.COORDINATOR && r.period().contains(c.asOf())).count();
    BigDecimal each = new BigDecimal("0.9").divide(BigDecimal.valueOf(Math.max(1, n)), 2, RoundingMode.DOWN);
    return roles(c, RoleKind.COORDINATOR, r -> Role.builder().mergeFrom(r).fte(each).build());
  }

  static ContractAtDate retypeBodies(ContractAtDate c, BodyKind from, BodyKind to, BodyKind mergedTo) {
    return bodies(c, b -> b.kind() == from ? GovernanceBody.builder().mergeFrom(b).kind(to).build()
        : b.kind() == BodyKind.MERGED_COPIL_COTECH ? GovernanceBody.builder().mergeFrom(b).kind(mergedTo).build() : b);
  }

  static ContractAtDate chairNotReferent(ContractAtDate c) {
    LocalHealthContract k = c.contract();
    Optional<String> other = k.people().stream().filter(p -> !p.holds(RoleKind.ELU_REFERENT, c.asOf()))
        .map(Person::id).findFirst();
    return bodies(c, b -> b.kind().countsAsCopil() ? GovernanceBody.builder().mergeFrom(b).chairId(other).build() : b);
  }

  static boolean referentInCopil(ContractAtDate c) {
    LocalHealthContract k = c.contract();
    return k.governance().bodies().stream().filter(b -> b.kind().countsAsCopil())
        .flatMap(b -> b.membersOn(c.asOf()).stream())
        .anyMatch(pid -> k.person(pid).map(p -> p.holds(RoleKind.ELU_REFERENT, c.asOf())).orElse(false));
  }

  static ContractAtDate referentLeavesCopil(ContractAtDate c) {
    LocalHealthContract k = c.contract();
    Predicate<String> referent = pid -> k.person(pid).map(p -> p.holds(RoleKind.ELU_REFERENT, c.asOf()))
        .orElse(false);
    return bodies(c, b -> !b.kind().countsAsCopil() ? b : GovernanceBody.builder().mergeFrom(b).members(
        b.members().stream().map(m -> referent.test(m.personId()) && m.period().contains(c.asOf())
            ? endBefore(m, c.asOf()) : m).toList()).build());
  }

  static Optional<Integer> yearWithMeetings(ContractAtDate c, Predicate<BodyKind> kind, long atLeast) {
    return diagnosisYears(c).stream().filter(y -> meetingsIn(c, y, kind) >= atLeast).findFirst();
  }

  static ContractAtDate removeMeetings(ContractAtDate c, Predicate<BodyKind> kind) {
    int year = yearWithMeetings(c, kind, 1).orElseThrow();
    return bodies(c, b -> !kind.test(b.kind()) ? b : GovernanceBody.builder().mergeFrom(b)
        .meetings(b.meetings().stream().filter(m -> m.date().getYear() != year).toList()).build());
  }

  static ContractAtDate singleCotechMeeting(ContractAtDate c) {
    int year = yearWithMeetings(c, BodyKind::countsAsCotech, 2).orElseThrow();
    Meeting keep = c.contract().governance().bodies().stream().filter(b -> b.kind().countsAsCotech())
        .flatMap(b -> b.meetings().stream()).filter(m -> m.date().getYear() == year).findFirst().orElseThrow();
    return bodies(c, b -> !b.kind().countsAsCotech() ? b : GovernanceBody.builder().mergeFrom(b).meetings(
        b.meetings().stream().filter(m -> m.date().getYear() != year || m == keep).toList()).build());
  }

  static ContractAtDate noFacilitator(ContractAtDate c) {
    return bodies(c, b -> b.kind().countsAsCotech()
        ? GovernanceBody.builder().mergeFrom(b).facilitatorId(Optional.empty()).build() : b);
  }

  /**
   * Takes the territory out of the politique de la ville (and the ASV programming out of the CLS's); when no
   * body is merged yet, the first COTECH becomes a merged COPIL+COTECH.
   */
  static ContractAtDate forbiddenMerger(ContractAtDate c) {
    LocalHealthContract k = c.contract();
    ContractAtDate out = territory(c, t -> Territory.builder().mergeFrom(t).politiqueDeLaVille(false)
        .asvProgrammingIntegrated(false).build());
    if (hasBody(c, kind -> kind == BodyKind.MERGED_COPIL_COTECH)) {
      return out;
    }
    String first = k.governance().bodies().stream().filter(b -> b.kind() == BodyKind.COTECH)
        .map(GovernanceBody::id).findFirst().orElse(null);
    return bodies(out, b -> b.id().equals(first)
        ? GovernanceBody.builder().mergeFrom(b).kind(BodyKind.MERGED_COPIL_COTECH).build() : b);
  }

  static boolean canMerge(ContractAtDate c) {
    return hasBody(c, kind -> kind == BodyKind.MERGED_COPIL_COTECH || kind == BodyKind.COTECH);
  }

  static boolean hasMinutedMeetingBefore(ContractAtDate c) {
    return lastMinutedMeeting(c).isPresent();
  }

  private static Optional<Meeting> lastMinutedMeeting(ContractAtDate c) {
    return c.contract().governance().bodies().stream()
        .filter(b -> b.kind().countsAsCopil() || b.kind().countsAsCotech())
        .flatMap(b -> b.meetings().stream())
        .filter(m -> m.date().isBefore(c.asOf()) && m.minutesRef().isPresent())
        .max(Comparator.comparing(Meeting::date));
  }

  static ContractAtDate removeMinutes(ContractAtDate c) {
    Meeting target = lastMinutedMeeting(c).orElseThrow();
    return bodies(c, b -> GovernanceBody.builder().mergeFrom(b).meetings(b.meetings().stream()
        .map(m -> m.id().equals(target.id()) ? Meeting.builder().mergeFrom(m).minutesRef(Optional.empty()).build()
            : m).toList()).build());
  }

  static ContractAtDate retypeRoles(ContractAtDate c, RoleKind from, RoleKind to) {
    return roles(c, from, r -> Role.builder().mergeFrom(r).kind(to).build());
  }

  static ContractAtDate employerNotCollectivite(ContractAtDate c) {
    LocalHealthContract k = c.contract();
    Set<String> signatories = k.signatories().stream().map(Signatory::organisationId).collect(Collectors.toSet());
    String other = k.organisations().stream()
        .filter(o -> !(o.kind().isCollectivite() && signatories.contains(o.id())))
        .map(Organisation::id).findFirst().orElseThrow();
    return roles(c, RoleKind.COORDINATOR, r -> Role.builder().mergeFrom(r).employerId(other).build());
  }

  static boolean hasNonCollectiviteOrg(ContractAtDate c) {
    LocalHealthContract k = c.contract();
    Set<String> signatories = k.signatories().stream().map(Signatory::organisationId).collect(Collectors.toSet());
    return k.organisations().stream().anyMatch(o -> !(o.kind().isCollectivite() && signatories.contains(o.id())));
  }

  static ContractAtDate pilotIsCoordinator(ContractAtDate c) {
    String coordinator = coordinatorsOn(c).get(0);
    return fiche(c, 0, f -> ActionSheet.builder().mergeFrom(f).pilotId(coordinator).build());
  }

  static ContractAtDate breakAmendmentSignatures(ContractAtDate c) {
    LocalHealthContract k = c.contract();
    String first = k.signatories().get(0).organisationId();
    if (!k.amendments().isEmpty()) {
      List<Amendment> amendments = new ArrayList<>(k.amendments());
      Amendment a = amendments.get(0);
      amendments.set(0, Amendment.builder().mergeFrom(a).signatures(
          a.signatures().stream().filter(s -> !s.organisationId().equals(first)).toList()).build());
      return with(c, LocalHealthContract.builder().mergeFrom(c.contract()).amendments(amendments).build());
    }
    String id = "avenant-incomplet";
    Amendment incomplete = Amendment.builder().id(id).date(c.asOf())
        .subject("Avenant paraphé par un seul signataire")
        .addSignatures(AmendmentSignature.builder().organisationId(first).signedOn(c.asOf()).build())
        .build();
    return with(c, LocalHealthContract.builder().mergeFrom(k).amendments(List.of(incomplete)).build());
  }

  static boolean canBreakAmendments(ContractAtDate c) {
    LocalHealthContract k = c.contract();
    if (k.signatories().isEmpty()) {
      return false;
    }
    if (k.amendments().isEmpty()) {
      return k.signatories().size() >= 2;
    }
    String first = k.signatories().get(0).organisationId();
    return k.amendments().get(0).signatures().stream().anyMatch(s -> s.organisationId().equals(first));
  }

  static ContractAtDate removeReports(ContractAtDate c, boolean activity) {
    int year = reportYear(c, signatureYears(c)).orElseThrow();
    return followUp(c, f -> activity
        ? FollowUp.builder().mergeFrom(f)
            .activityReports(f.activityReports().stream().filter(r -> r.year() != year).toList()).build()
        : FollowUp.builder().mergeFrom(f)
            .financialReports(f.financialReports().stream().filter(r -> r.year() != year).toList()).build());
  }

  /** A fiche in one judged year of its span, with its indicator values for that year. */
  record FicheYear(String ficheId, int year, int values, boolean overdue) {}

  /**
   * Each fiche that exists on the check date (one added by an amendment dated later does not yet; the first
   * amendment listing it adds it) in each judged year from its deadline — the amendment's date, else the
   * signature — to the end, with its values for that year and whether they were due by the check date.
   */
  static List<FicheYear> ficheYears(ContractAtDate c) {
    LocalHealthContract k = c.contract();
    List<FicheYear> out = new ArrayList<>();
    for (ActionSheet f : k.actionPlan().fiches()) {
      Optional<Amendment> addedBy = k.amendments().stream().filter(a -> a.addedFicheIds().contains(f.id()))
          .findFirst();
      if (addedBy.flatMap(Amendment::date).map(d -> d.isAfter(c.asOf())).orElse(false)) {
        continue;
      }
      Optional<LocalDate> deadline = addedBy.isPresent() ? addedBy.get().date() : k.milestones().signature();
      for (int y : judgedYears(c, deadline)) {
        int values = (int) f.indicators().stream().flatMap(i -> i.values().stream()).filter(v -> v.year() == y)
            .count();
        out.add(new FicheYear(f.id(), y, values, ReportDue.overdue(y, c.asOf())));
      }
    }
    return out;
  }

  static Optional<FicheYear> ficheYearWithValues(ContractAtDate c) {
    List<FicheYear> years = ficheYears(c).stream().filter(f -> f.values() > 0).toList();
    return years.stream().filter(FicheYear::overdue).findFirst().or(() -> years.stream().findFirst());
  }

  static ContractAtDate removeIndicatorValues(ContractAtDate c) {
    FicheYear target = ficheYearWithValues(c).orElseThrow();
    List<ActionSheet> fiches = c.contract().actionPlan().fiches();
    int index = -1;
    for (int i = 0; i < fiches.size(); i++) {
      if (fiches.get(i).id().equals(target.ficheId())) {
        index = i;
      }
    }
    return fiche(c, index, f -> ActionSheet.builder().mergeFrom(f).indicators(f.indicators().stream()
        .map(ind -> Indicator.builder().mergeFrom(ind).values(
            ind.values().stream().filter(v -> v.year() != target.year()).toList()).build())
        .toList()).build());
  }

  static ContractAtDate removeFinalEvaluations(ContractAtDate c) {
    return followUp(c, f -> FollowUp.builder().mergeFrom(f).evaluations(f.evaluations().stream()
        .filter(e -> e.kind() != EvaluationKind.FINAL).toList()).build());
  }

  static ContractAtDate departementScale(ContractAtDate c) {
    return territory(c, t -> Territory.builder().mergeFrom(t).kind(TerritoryKind.DEPARTEMENT).build());
  }

  static ContractAtDate singleFunder(ContractAtDate c) {
    LocalHealthContract k = c.contract();
    List<Funding> kept = new ArrayList<>();
    boolean first = true;
    for (Funding f : k.coordination().funding()) {
      if (!f.period().contains(c.asOf())) {
        kept.add(f);
      } else if (first) {
        kept.add(f);
        first = false;
      }
    }
    return with(c, LocalHealthContract.builder().mergeFrom(k)
        .coordination(Coordination.builder().mergeFrom(k.coordination()).funding(kept).build()).build());
  }

  /** The ARS signatory if any, else the last one: its people leave the COTECH before the check date. */
  static ContractAtDate signatoryLeavesCotech(ContractAtDate c) {
    LocalHealthContract k = c.contract();
    String org = k.signatories().stream().map(Signatory::organisationId)
        .filter(id -> k.organisation(id).map(o -> o.kind() == OrganisationKind.ARS).orElse(false))
        .findFirst().orElse(k.signatories().get(k.signatories().size() - 1).organisationId());
    Predicate<String> ofOrg = pid -> k.person(pid).flatMap(Person::organisationId).map(org::equals).orElse(false);
    return bodies(c, b -> !b.kind().countsAsCotech() ? b : GovernanceBody.builder().mergeFrom(b).members(
        b.members().stream().map(m -> ofOrg.test(m.personId()) && m.period().contains(c.asOf())
            ? endBefore(m, c.asOf()) : m).toList()).build());
  }

  static ContractAtDate unvalidatedProgramming(ContractAtDate c) {
    int year = signatureYears(c).get(0);
    return followUp(c, f -> FollowUp.builder().mergeFrom(f).programmings(f.programmings().stream()
        .map(p -> p.covers(year) ? Programming.builder().mergeFrom(p).validation(Optional.empty()).build() : p)
        .toList()).build());
  }

  static ContractAtDate removeTheme(ContractAtDate c) {
    return diagnosis(c, d -> Diagnosis.builder().mergeFrom(d)
        .themes(without(d.themes(), HealthTheme.PREVENTION, HealthTheme.class)).build());
  }

  static ContractAtDate removeElement(ContractAtDate c) {
    return diagnosis(c, d -> Diagnosis.builder().mergeFrom(d).elements(without(d.elements(),
        DiagnosisElement.LOCAL_RESOURCES,
        DiagnosisElement.class)).build());
  }

  static ContractAtDate removePortrait(ContractAtDate c) {
    return diagnosis(c, d -> Diagnosis.builder().mergeFrom(d)
        .portraits(without(d.portraits(), Portrait.HEALTH, Portrait.class)).build());
  }

  static ContractAtDate removePrs(ContractAtDate c) {
    return diagnosis(c, d -> Diagnosis.builder().mergeFrom(d)
        .frameworks(without(d.frameworks(), PolicyFramework.PRS, PolicyFramework.class)).build());
  }
}
