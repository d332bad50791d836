package io.github.clsante.cls.spi.facts;

import io.github.clsante.cls.calendar.MonthCount;
import io.github.clsante.cls.model.Evaluation;
import io.github.clsante.cls.model.Identifiers;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.Milestones;
import io.github.clsante.cls.model.OrganisationKind;
import io.github.clsante.cls.model.Signatory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The family of the contract and its milestones: the contract (phase and dates), its signatories, the letter of
 * intent, the order of the milestones, the durations, the end, the evaluations and the territory. Derived from
 * the contract as it stood on the check date; immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ContractFacts {

  private static final List<String> MILESTONES = List.of("engagement", "letterOfIntent", "diagnosisStart",
      "diagnosisCompletion", "signature", "end");

  private final ContractFact contract;
  private final SignatoriesFact signatoryCounts;
  private final List<SignatoryFact> signatories = new ArrayList<>();
  private final LetterOfIntentFact letterOfIntent;
  private final List<MilestoneOrderFact> milestoneOrder = new ArrayList<>();
  private final List<DurationFact> durations = new ArrayList<>();
  private final Optional<EndFact> end;
  private final List<EvaluationFact> evaluations = new ArrayList<>();
  private final TerritoryFact territory;

  ContractFacts(OnCheckDate on) {
    LocalHealthContract c = on.contract;
    Milestones m = c.milestones();
    contract = new ContractFact(c.id(), on.phase, on.asOf, m.signature().orElse(null), m.end().orElse(null));
    int ars = 0;
    int coll = 0;
    for (int i = 0; i < c.signatories().size(); i++) {
      Signatory s = c.signatories().get(i);
      OrganisationKind k = on.kind(s.organisationId());
      ars += k == OrganisationKind.ARS ? 1 : 0;
      coll += k != null && k.isCollectivite() ? 1 : 0;
      signatories.add(new SignatoryFact(s.organisationId(), "/signatories/" + i, k != null && k.isCollectivite(),
          k == OrganisationKind.ARS, on.inCopil(s.organisationId()), on.inCotech(s.organisationId())));
    }
    signatoryCounts = new SignatoriesFact(c.signatories().size(), ars, coll);
    letterOfIntent = new LetterOfIntentFact(m.letterOfIntent().isPresent(), m.letterOfIntent().isPresent()
        && m.diagnosisStart().map(d -> !m.letterOfIntent().get().isAfter(d)).orElse(true));
    milestoneOrder(m);
    durations(m);
    end = m.end().map(EndFact::new);
    evaluations(on);
    Set<String> depts = new HashSet<>();
    c.territory().communes().forEach(code -> depts.add(Identifiers.departementOf(code)));
    territory = new TerritoryFact(c.territory().kind(), c.territory().kind().isCollectiviteScale(), depts.size(),
        c.territory().politiqueDeLaVille(), c.territory().asvProgrammingIntegrated());
  }

  private void milestoneOrder(Milestones m) {
    List<Optional<LocalDate>> dates = List.of(m.engagement(), m.letterOfIntent(), m.diagnosisStart(),
        m.diagnosisCompletion(), m.signature(), m.end());
    int prev = -1;
    for (int i = 0; i < MILESTONES.size(); i++) {
      if (dates.get(i).isEmpty()) {
        continue;
      }
      if (prev >= 0) {
        milestoneOrder.add(new MilestoneOrderFact(MILESTONES.get(prev), dates.get(prev).get(), MILESTONES.get(i),
            dates.get(i).get()));
      }
      prev = i;
    }
  }

  private void durations(Milestones m) {
    if (m.signature().isEmpty()) {
      return;
    }
    LocalDate sig = m.signature().get();
    m.end().ifPresent(e -> {
      LocalDate dayAfterEnd = e.plusDays(1); // the end date is the contract's last day
      MonthCount d = MonthCount.between(sig, dayAfterEnd);
      durations.add(new DurationFact(DurationFact.Kind.CONTRACT, "signature", sig, dayAfterEnd, d.months(),
          d.days()));
    });
    String from = m.engagement().isPresent() ? "engagement"
        : m.letterOfIntent().isPresent() ? "letterOfIntent"
        : m.diagnosisStart().isPresent() ? "diagnosisStart" : null;
    m.engagement().or(m::letterOfIntent).or(m::diagnosisStart).ifPresent(s -> {
      MonthCount d = MonthCount.between(s, sig);
      durations.add(new DurationFact(DurationFact.Kind.PREPARATION, from, s, sig, d.months(), d.days()));
    });
  }

  private void evaluations(OnCheckDate on) {
    Optional<LocalDate> contractEnd = on.contract.milestones().end();
    List<Evaluation> all = on.contract.followUp().evaluations();
    for (int i = 0; i < all.size(); i++) {
      Evaluation e = all.get(i);
      // an evaluation dated after the check date is planned, not done
      LocalDate doneOn = e.date().filter(d -> !d.isAfter(on.asOf)).orElse(null);
      boolean byCopil = e.supervision().filter(s -> !s.date().isAfter(on.asOf)).flatMap(s -> on.body(s.bodyId()))
          .map(b -> b.kind().countsAsCopil()).orElse(false);
      evaluations.add(new EvaluationFact(e.id(), "/followUp/evaluations/" + i, e.kind(), doneOn,
          contractEnd.orElse(null), byCopil));
    }
  }

  /** @return the contract on the check date: id, phase, dates */
  public ContractFact contract() {
    return contract;
  }

  /** @return the signatories counted */
  public SignatoriesFact signatoryCounts() {
    return signatoryCounts;
  }

  /** @return one fact per signatory, in document order */
  public List<SignatoryFact> signatories() {
    return List.copyOf(signatories);
  }

  /** @return the letter of intent */
  public LetterOfIntentFact letterOfIntent() {
    return letterOfIntent;
  }

  /** @return each pair of consecutive dated milestones, in milestone order */
  public List<MilestoneOrderFact> milestoneOrder() {
    return List.copyOf(milestoneOrder);
  }

  /** @return the contract's duration and the preparation's, where their dates are known */
  public List<DurationFact> durations() {
    return List.copyOf(durations);
  }

  /** @return the end, when the document dates it */
  public Optional<EndFact> end() {
    return end;
  }

  /** @return one fact per evaluation, in document order */
  public List<EvaluationFact> evaluations() {
    return List.copyOf(evaluations);
  }

  /** @return the territory */
  public TerritoryFact territory() {
    return territory;
  }

  void addTo(List<Object> all) {
    all.add(contract);
    all.add(signatoryCounts);
    all.add(letterOfIntent);
    all.addAll(milestoneOrder);
    all.addAll(durations);
    all.addAll(signatories);
    all.add(territory);
    end.ifPresent(all::add);
    all.addAll(evaluations);
  }
}
