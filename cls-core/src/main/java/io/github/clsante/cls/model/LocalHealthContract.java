package io.github.clsante.cls.model;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Contrat local de santé: the contract between a collectivité and the ARS, with partners, that turns a shared
 * local health diagnosis into a plan of actions, steered by a COPIL and a COTECH and run by a coordinator.
 *
 * <p>Instances are immutable and thread-safe. Build one with {@link #builder()}; {@code build()} refuses only
 * what is meaningless (two elements with one id, a reference to an unknown id, a negative FTE, a year outside
 * 1900–2200, a malformed INSEE, SIREN or FINESS identifier) and throws {@link InvalidContractException} naming
 * <em>every</em> problem. {@link #validate(ImmutableLocalHealthContract.Builder)} gives the same as a Vavr
 * {@code Validation}. Drafts with missing parts are valid values: what the référentiel judges is reported as
 * findings by a {@code Referentiel}, never as an exception.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ClsStyle
public abstract class LocalHealthContract {

  /** The lowest year a date or a year field of a contract may hold: earlier ones are refused as meaningless. */
  public static final int MIN_YEAR = 1900;

  /** The highest year a date or a year field of a contract may hold: later ones are refused as meaningless. */
  public static final int MAX_YEAR = 2200;

  /** @return the id, e.g. "cls-msm-2022" */
  public abstract String id();

  /** @return the name, e.g. "Contrat local de santé du Mont-Saint-Michel Normandie 2022-2027" */
  public abstract String name();

  /** @return the ARS région, e.g. "Normandie" */
  public abstract String region();

  /** @return the territory covered */
  @Value.Default
  public Territory territory() {
    return Territory.empty();
  }

  /** @return every organisation the document mentions */
  public abstract List<Organisation> organisations();

  /** @return every person the document mentions */
  public abstract List<Person> people();

  /** @return the signatories, signed or planned, each organisation listed once */
  public abstract List<Signatory> signatories();

  /** @return the dated milestones */
  @Value.Default
  public Milestones milestones() {
    return Milestones.none();
  }

  /** @return the id of the contract this one renews */
  public abstract Optional<String> previousContractId();

  /** @return the amendments (avenants) */
  public abstract List<Amendment> amendments();

  /** @return the coordination's funding */
  @Value.Default
  public Coordination coordination() {
    return Coordination.none();
  }

  /** @return the governance bodies */
  @Value.Default
  public Governance governance() {
    return Governance.none();
  }

  /** @return what the diagnosis holds */
  @Value.Default
  public Diagnosis diagnosis() {
    return Diagnosis.none();
  }

  /** @return the action plan */
  @Value.Default
  public ActionPlan actionPlan() {
    return ActionPlan.empty();
  }

  /** @return the follow-up */
  @Value.Default
  public FollowUp followUp() {
    return FollowUp.none();
  }

  /**
   * @param id an organisation id
   * @return the organisation with that id
   */
  public Optional<Organisation> organisation(String id) {
    return organisations().stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /**
   * @param id a person id
   * @return the person with that id
   */
  public Optional<Person> person(String id) {
    return people().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  @Value.Check
  void check() {
    List<ModelProblem> problems = ContractValidator.problems(this);
    if (!problems.isEmpty()) {
      throw new InvalidContractException(problems);
    }
  }

  /** @return a new builder */
  public static ImmutableLocalHealthContract.Builder builder() {
    return ImmutableLocalHealthContract.builder();
  }

  /**
   * Builds the contract, or collects every reason it is meaningless.
   *
   * @param builder a filled builder
   * @return the contract, or all the problems found, each with the JSON Pointer of its element
   */
  public static Validation<Seq<ModelProblem>, LocalHealthContract> validate(
      ImmutableLocalHealthContract.Builder builder) {
    try {
      return Validation.valid(builder.build());
    } catch (InvalidContractException e) {
      return Validation.invalid(io.vavr.collection.List.ofAll(e.problems()));
    }
  }
}
