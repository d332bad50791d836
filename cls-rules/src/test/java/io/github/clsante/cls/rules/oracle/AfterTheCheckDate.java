package io.github.clsante.cls.rules.oracle;

import io.github.clsante.cls.model.ActionPlan;
import io.github.clsante.cls.model.ActionSheet;
import io.github.clsante.cls.model.Amendment;
import io.github.clsante.cls.model.AmendmentSignature;
import io.github.clsante.cls.model.AnnualReport;
import io.github.clsante.cls.model.BodyDecision;
import io.github.clsante.cls.model.Coordination;
import io.github.clsante.cls.model.DateRange;
import io.github.clsante.cls.model.Evaluation;
import io.github.clsante.cls.model.EvaluationKind;
import io.github.clsante.cls.model.FinancialCommitment;
import io.github.clsante.cls.model.FollowUp;
import io.github.clsante.cls.model.Funding;
import io.github.clsante.cls.model.Governance;
import io.github.clsante.cls.model.GovernanceBody;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.Meeting;
import io.github.clsante.cls.model.Membership;
import io.github.clsante.cls.model.Milestones;
import io.github.clsante.cls.model.Person;
import io.github.clsante.cls.model.Programming;
import io.github.clsante.cls.model.Role;
import io.github.clsante.cls.model.RoleKind;
import io.github.clsante.cls.model.Signatory;
import io.github.clsante.cls.testkit.ContractAtDate;
import io.github.clsante.cls.testkit.Contracts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * « As of the check date » (CLAUSES.md): « whatever the document dates after that day has not happened yet and
 * does not count (a meeting, a report issued, a signature of the contract or of an amendment, a validation, a
 * supervision, an evaluation, a membership or role that starts later). An amendment dated after the check date
 * is not judged yet, and the fiches it adds do not exist yet for any rule. »
 *
 * <p>Generates pairs of documents checked on the same date: {@link Pair#with()} holds things dated after the
 * check date, {@link Pair#without()} is the same document without them (an element dated later removed, or a
 * date that has not come yet cleared). What the document adds or dates later is appended at the end of its
 * list, so every element the two share keeps its JSON Pointer.
 */
public final class AfterTheCheckDate {

  private AfterTheCheckDate() {}

  /**
   * @param with the document holding things dated after the check date, at that date
   * @param without the same document without them, at the same date
   * @param edits what was dated after the check date, for statistics and failure messages
   */
  public record Pair(ContractAtDate with, ContractAtDate without, List<String> edits) {
    @Override
    public String toString() {
      return edits + " on " + with;
    }
  }

  /** One way to date something after the check date, applied alike to both documents of a pair. */
  enum Edit {
    AMENDMENT_LATER, REPORT_ISSUED_LATER, AMENDMENT_SIGNED_LATER, FICHE_VALIDATED_LATER, CONTRACT_SIGNED_LATER,
    MEETING_LATER, MEMBERSHIP_LATER, ROLE_LATER, FUNDING_LATER, PROGRAMMING_VALIDATED_LATER, EVALUATION_LATER
  }

  /**
   * Random and conforming contracts at dates, each given one to three things dated 1 to 400 days after its
   * check date.
   *
   * @return the pairs
   */
  public static Arbitrary<Pair> pairs() {
    Arbitrary<ContractAtDate> base = Arbitraries.frequencyOf(Tuple.of(3, Contracts.contractsAtDates()),
        Tuple.of(1, Contracts.conformingNormandie()), Tuple.of(1, Contracts.conformingOccitanie()));
    Arbitrary<List<Edit>> edits = Arbitraries.of(Edit.class).list().ofMinSize(1).ofMaxSize(3).uniqueElements();
    return Combinators.combine(base, edits, Arbitraries.integers().between(1, 400),
        Arbitraries.integers().between(0, 1000)).as((cad, es, later, pick) -> {
          Pair p = new Pair(cad, cad, List.of());
          for (Edit e : es) {
            p = apply(e, p, cad.asOf().plusDays(later), pick);
          }
          return p;
        });
  }

  private static Pair apply(Edit e, Pair p, LocalDate later, int pick) {
    LocalHealthContract base = p.without().contract();
    List<String> edits = new ArrayList<>(p.edits());
    edits.add(e.name());
    UnaryOperator<LocalHealthContract> both;
    UnaryOperator<LocalHealthContract> withOnly = UnaryOperator.identity();
    switch (e) {
      case AMENDMENT_LATER -> {
        both = UnaryOperator.identity();
        withOnly = c -> futureAmendment(c, later, pick);
      }
      case REPORT_ISSUED_LATER -> {
        both = UnaryOperator.identity();
        int year = p.with().asOf().getYear() - 1 - pick % 3;
        AnnualReport r = AnnualReport.builder().id("rapport-a-venir").year(year).issuedOn(later).build();
        withOnly = c -> {
          FollowUp fu = c.followUp();
          return LocalHealthContract.builder().mergeFrom(c).followUp(pick % 2 == 0
              ? FollowUp.builder().mergeFrom(fu).activityReports(append(fu.activityReports(), r)).build()
              : FollowUp.builder().mergeFrom(fu).financialReports(append(fu.financialReports(), r)).build()).build();
        };
      }
      case AMENDMENT_SIGNED_LATER -> {
        int a = firstAmendmentOnOrBefore(base, p.with().asOf());
        if (a < 0 || base.signatories().isEmpty()) {
          return p;
        }
        String org = base.signatories().get(pick % base.signatories().size()).organisationId();
        both = c -> amendment(c, a, am -> Amendment.builder().mergeFrom(am).signatures(am.signatures().stream()
            .filter(s -> !s.organisationId().equals(org)).toList()).build());
        withOnly = c -> amendment(c, a, am -> Amendment.builder().mergeFrom(am).signatures(append(am.signatures(),
            AmendmentSignature.builder().organisationId(org).signedOn(later).build())).build());
      }
      case FICHE_VALIDATED_LATER -> {
        if (base.actionPlan().fiches().isEmpty()) {
          return p;
        }
        int f = pick % base.actionPlan().fiches().size();
        both = c -> fiche(c, f, x -> ActionSheet.builder().mergeFrom(x).validatedOn(Optional.empty()).build());
        withOnly = c -> fiche(c, f, x -> ActionSheet.builder().mergeFrom(x).validatedOn(later).build());
      }
      case CONTRACT_SIGNED_LATER -> {
        if (base.signatories().isEmpty()) {
          return p;
        }
        int s = pick % base.signatories().size();
        both = c -> signatory(c, s, x -> Signatory.builder().mergeFrom(x).signedOn(Optional.empty()).build());
        withOnly = c -> signatory(c, s, x -> Signatory.builder().mergeFrom(x).signedOn(later).build());
      }
      case MEETING_LATER -> {
        if (base.governance().bodies().isEmpty()) {
          return p;
        }
        int b = pick % base.governance().bodies().size();
        both = UnaryOperator.identity();
        withOnly = c -> body(c, b, x -> GovernanceBody.builder().mergeFrom(x).meetings(append(x.meetings(),
            Meeting.builder().id("reunion-a-venir").date(later).build())).build());
      }
      case MEMBERSHIP_LATER -> {
        if (base.governance().bodies().isEmpty() || base.people().isEmpty()) {
          return p;
        }
        int b = pick % base.governance().bodies().size();
        String person = base.people().get(pick % base.people().size()).id();
        both = UnaryOperator.identity();
        withOnly = c -> body(c, b, x -> GovernanceBody.builder().mergeFrom(x).members(append(x.members(),
            Membership.builder().personId(person).period(DateRange.since(later)).build())).build());
      }
      case ROLE_LATER -> {
        if (base.people().isEmpty()) {
          return p;
        }
        int who = pick % base.people().size();
        RoleKind kind = List.of(RoleKind.COORDINATOR, RoleKind.ELU_REFERENT, RoleKind.PREFECT_DELEGATE)
            .get(pick % 3);
        Role role = Role.builder().kind(kind).period(DateRange.since(later))
            .fte(kind == RoleKind.COORDINATOR ? Optional.of(BigDecimal.ONE) : Optional.empty()).build();
        both = UnaryOperator.identity();
        withOnly = c -> person(c, who, x -> Person.builder().mergeFrom(x).roles(append(x.roles(), role)).build());
      }
      case FUNDING_LATER -> {
        if (base.organisations().isEmpty()) {
          return p;
        }
        String org = base.organisations().get(pick % base.organisations().size()).id();
        both = UnaryOperator.identity();
        withOnly = c -> LocalHealthContract.builder().mergeFrom(c).coordination(Coordination.builder()
            .mergeFrom(c.coordination()).funding(
            append(c.coordination().funding(), Funding.builder().organisationId(org)
                .period(DateRange.since(later)).build())).build()).build();
      }
      case PROGRAMMING_VALIDATED_LATER -> {
        Optional<String> copil = base.governance().bodies().stream().filter(b -> b.kind().countsAsCopil())
            .map(GovernanceBody::id).findFirst();
        if (copil.isEmpty() || base.organisations().isEmpty()) {
          return p;
        }
        int to = p.with().asOf().getYear();
        Programming prog = Programming.builder().id("programmation-a-venir").fromYear(to - 4).toYear(to)
            .addCommitments(FinancialCommitment.builder().organisationId(base.organisations().get(0).id())
                .amount(BigDecimal.valueOf(10_000)).build())
            .validation(BodyDecision.builder().bodyId(copil.get()).date(later).build()).build();
        both = UnaryOperator.identity();
        withOnly = c -> LocalHealthContract.builder().mergeFrom(c).followUp(FollowUp.builder().mergeFrom(c.followUp())
            .programmings(append(c.followUp().programmings(), prog)).build()).build();
      }
      case EVALUATION_LATER -> {
        Optional<String> copil = base.governance().bodies().stream().filter(b -> b.kind().countsAsCopil())
            .map(GovernanceBody::id).findFirst();
        Evaluation ev = Evaluation.builder().id("evaluation-a-venir").kind(EvaluationKind.FINAL).date(later)
            .supervision(copil.map(id -> BodyDecision.builder().bodyId(id).date(later).build())).build();
        both = UnaryOperator.identity();
        withOnly = c -> LocalHealthContract.builder().mergeFrom(c).followUp(FollowUp.builder().mergeFrom(c.followUp())
            .evaluations(append(c.followUp().evaluations(), ev)).build()).build();
      }
      default -> throw new IllegalStateException(e.name());
    }
    LocalHealthContract without = both.apply(base);
    LocalHealthContract with = withOnly.apply(both.apply(p.with().contract()));
    return new Pair(p.with().withContract(with), p.without().withContract(without), List.copyOf(edits));
  }

  /**
   * Appends an amendment dated {@code later} that adds one or two new fiches (one a complete mental-health fiche
   * with a PTSM reference, piloted by a coordinator when there is one, else by the first person; one bare),
   * signed by every other signatory.
   */
  private static LocalHealthContract futureAmendment(LocalHealthContract c, LocalDate later, int pick) {
    Optional<String> pilot = c.people().stream()
        .filter(p -> p.roles().stream().anyMatch(r -> r.kind() == RoleKind.COORDINATOR)).map(Person::id)
        .findFirst().or(() -> c.people().stream().map(Person::id).findFirst());
    List<ActionSheet> added = new ArrayList<>();
    added.add(ActionSheet.builder().id("fa-avenant-a-venir-1").title("Fiche de l'avenant à venir")
        .operationalObjective("Objectif").stakes("Enjeux").targetPublic("Jeunes").timeline("2030")
        .expectedResults("Résultats").means("Moyens").mentalHealthComponent(true).ptsmReference("PTSM")
        .pilotId(pilot).validatedOn(later).build());
    if (pick % 2 == 0) {
      added.add(ActionSheet.builder().id("fa-avenant-a-venir-2").title("Fiche nue").build());
    }
    List<AmendmentSignature> signatures = new ArrayList<>();
    for (int i = 0; i < c.signatories().size(); i++) {
      if (i % 2 == pick % 2) {
        signatures.add(AmendmentSignature.builder().organisationId(c.signatories().get(i).organisationId())
            .signedOn(later).build());
      }
    }
    Amendment a = Amendment.builder().id("avenant-a-venir").date(later).subject("Avenant à venir")
        .signatures(signatures).addedFicheIds(added.stream().map(ActionSheet::id).toList()).build();
    List<ActionSheet> fiches = new ArrayList<>(c.actionPlan().fiches());
    fiches.addAll(added);
    return LocalHealthContract.builder().mergeFrom(c)
        .actionPlan(ActionPlan.builder().mergeFrom(c.actionPlan()).fiches(fiches).build())
        .amendments(append(c.amendments(), a)).build();
  }

  private static int firstAmendmentOnOrBefore(LocalHealthContract c, LocalDate asOf) {
    for (int i = 0; i < c.amendments().size(); i++) {
      if (c.amendments().get(i).date().map(d -> !d.isAfter(asOf)).orElse(true)) {
        return i;
      }
    }
    return -1;
  }

  // ------------------------------------------------------------------------------------------ helpers

  private static <T> List<T> append(List<T> list, T element) {
    List<T> out = new ArrayList<>(list);
    out.add(element);
    return out;
  }

  private static LocalHealthContract amendment(LocalHealthContract c, int i,
      UnaryOperator<Amendment> f) {
    List<Amendment> list = new ArrayList<>(c.amendments());
    list.set(i, f.apply(list.get(i)));
    return LocalHealthContract.builder().mergeFrom(c).amendments(list).build();
  }

  private static LocalHealthContract fiche(LocalHealthContract c, int i, UnaryOperator<ActionSheet> f) {
    List<ActionSheet> list = new ArrayList<>(c.actionPlan().fiches());
    list.set(i, f.apply(list.get(i)));
    return LocalHealthContract.builder().mergeFrom(c)
        .actionPlan(ActionPlan.builder().mergeFrom(c.actionPlan()).fiches(list).build()).build();
  }

  private static LocalHealthContract signatory(LocalHealthContract c, int i, UnaryOperator<Signatory> f) {
    List<Signatory> list = new ArrayList<>(c.signatories());
    list.set(i, f.apply(list.get(i)));
    return LocalHealthContract.builder().mergeFrom(c).signatories(list).build();
  }

  private static LocalHealthContract body(LocalHealthContract c, int i, UnaryOperator<GovernanceBody> f) {
    List<GovernanceBody> list = new ArrayList<>(c.governance().bodies());
    list.set(i, f.apply(list.get(i)));
    return LocalHealthContract.builder().mergeFrom(c)
        .governance(Governance.builder().mergeFrom(c.governance()).bodies(list).build()).build();
  }

  private static LocalHealthContract person(LocalHealthContract c, int i, UnaryOperator<Person> f) {
    List<Person> list = new ArrayList<>(c.people());
    list.set(i, f.apply(list.get(i)));
    return LocalHealthContract.builder().mergeFrom(c).people(list).build();
  }

  /**
   * Random contracts checked while the diagnosis is under way or after, with a diagnosis completion dated after
   * the check date (and on or before the signature when one is dated after the check date too).
   *
   * @return contracts at dates whose diagnosis is not completed yet
   */
  public static Arbitrary<ContractAtDate> diagnosisCompletedLater() {
    Arbitrary<ContractAtDate> base = Arbitraries.frequencyOf(Tuple.of(2, Contracts.contractsAtDates()),
        Tuple.of(1, Contracts.conformingNormandie()), Tuple.of(1, Contracts.conformingOccitanie()));
    return Combinators.combine(base, Arbitraries.integers().between(1, 300)).as((cad, later) -> {
      LocalDate asOf = cad.asOf();
      LocalDate done = asOf.plusDays(later);
      Optional<LocalDate> sig = cad.contract().milestones().signature();
      if (sig.isPresent() && sig.get().isAfter(asOf) && done.isAfter(sig.get())) {
        done = sig.get(); // still after the check date, and planned on or before the signature
      }
      LocalHealthContract c = LocalHealthContract.builder().mergeFrom(cad.contract()).milestones(
          Milestones.builder().mergeFrom(cad.contract().milestones()).diagnosisCompletion(done).build()).build();
      return cad.withContract(c);
    });
  }
}
