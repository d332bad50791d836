package io.github.clsante.cls.spi.facts;

import io.github.clsante.cls.calendar.CheckDate;
import io.github.clsante.cls.calendar.Phase;
import io.github.clsante.cls.model.LocalHealthContract;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The facts packs reason on, derived from a contract and a check date, one family per accessor: the contract and
 * its milestones, the years, the bodies and meetings, the fiches, the coordination, the diagnosis and the
 * amendments. The facts are generic: they hold no threshold of any référentiel (the rules hold them, as their
 * clause's parameters). The contract is read as it stood on the check date: what it dates after that day has not
 * happened yet (CLAUSES.md, « As of the check date »); the phase is computed once. The cost, and the number of
 * facts, are linear in the size of the contract, and in its fiches × judged years for the yearly facts of fiches
 * (bounds in docs/embedding.md, « What a document can make the library do »). Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class FactSet {

  private final Phase phase;
  private final LocalDate asOf;
  private final ContractFacts contract;
  private final DiagnosisFacts diagnosis;
  private final CoordinationFacts coordination;
  private final BodyFacts bodies;
  private final FicheFacts fiches;
  private final AmendmentFacts amendments;
  private final YearFacts years;
  private final List<Object> all;

  private FactSet(OnCheckDate on) {
    this.phase = on.phase;
    this.asOf = on.asOf;
    this.contract = new ContractFacts(on);
    this.diagnosis = new DiagnosisFacts(on);
    this.coordination = new CoordinationFacts(on);
    this.bodies = new BodyFacts(on);
    this.fiches = new FicheFacts(on);
    this.amendments = new AmendmentFacts(on);
    this.years = new YearFacts(on);
    List<Object> facts = new ArrayList<>();
    contract.addTo(facts);
    diagnosis.addTo(facts);
    coordination.addTo(facts);
    bodies.addTo(facts);
    fiches.addTo(facts);
    amendments.addTo(facts);
    years.addTo(facts);
    this.all = List.copyOf(facts);
  }

  /**
   * @param contract the contract, not null
   * @param asOf the check date, from {@link CheckDate#EARLIEST} to {@link CheckDate#LATEST}
   * @return the facts
   * @throws NullPointerException naming the parameter when one is null
   * @throws IllegalArgumentException when {@code asOf} lies outside the years of the model
   */
  public static FactSet derive(LocalHealthContract contract, LocalDate asOf) {
    Objects.requireNonNull(contract, "contract");
    CheckDate.require(asOf);
    return new FactSet(new OnCheckDate(contract, asOf));
  }

  /** @return the contract's phase on the check date */
  public Phase phase() {
    return phase;
  }

  /** @return the check date */
  public LocalDate asOf() {
    return asOf;
  }

  /** @return the contract and its milestones, signatories, durations, end, evaluations and territory */
  public ContractFacts contract() {
    return contract;
  }

  /** @return the judged years and the years in progress */
  public YearFacts years() {
    return years;
  }

  /** @return the governance bodies and their meetings */
  public BodyFacts bodies() {
    return bodies;
  }

  /** @return the action plan: the plan, its fiches, their missing fields and their judged years */
  public FicheFacts fiches() {
    return fiches;
  }

  /** @return the coordination and its coordinators */
  public CoordinationFacts coordination() {
    return coordination;
  }

  /** @return the diagnosis and the items it lacks */
  public DiagnosisFacts diagnosis() {
    return diagnosis;
  }

  /** @return the amendments judged on the check date */
  public AmendmentFacts amendments() {
    return amendments;
  }

  /** @return every fact, family by family in a deterministic order: what a rule engine is given */
  public List<Object> all() {
    return all;
  }

  @Override
  public String toString() {
    return "FactSet[" + asOf + ", " + phase + ", " + all.size() + " facts]";
  }
}
