package io.github.clsante.cls.bench;

import io.github.clsante.cls.model.ActionSheet;
import io.github.clsante.cls.model.Amendment;
import io.github.clsante.cls.model.GovernanceBody;
import io.github.clsante.cls.model.Indicator;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.Meeting;
import io.github.clsante.cls.model.Person;
import io.github.clsante.cls.model.Programming;
import io.github.clsante.cls.testkit.ContractProfile;
import java.time.LocalDate;

/**
 * The benchmarks' contracts: the fixed profiles of cls-testkit's one generator ({@link ContractProfile#typical()},
 * {@link ContractProfile#scaled(int)}, {@link ContractProfile#portfolio(int)}), deterministic (the same scale gives
 * the same contract, byte for byte the contracts this class built itself before it delegated), so that figures
 * stay comparable across runs. cls-testkit comes without jqwik here: fixed profiles draw no decision.
 *
 * <p>The typical contract (scale 1) is a Normandie CLS in implementation on {@link #AS_OF}: 6 signatories, 12
 * people, 3 bodies (COPIL, COTECH, a working group) with 40 meetings, 4 axes and 20 fiches with one or two
 * indicators valued each judged year, one amendment, annual reports, a programming and a mid-term evaluation,
 * with a handful of deliberate gaps so that the check returns findings. Scale {@code k} multiplies the document
 * about {@code k} times (see {@link ContractProfile#scaled(int)}); {@link #elements} counts the result.
 */
public final class Contracts {

  /** The check date of every benchmark. */
  public static final LocalDate AS_OF = ContractProfile.typical().fixed().asOf();

  private Contracts() {}

  /** @return the typical contract (scale 1) */
  public static LocalHealthContract typical() {
    return ContractProfile.typical().fixed().contract();
  }

  /**
   * @param k the scale, ≥ 1
   * @return a contract about {@code k} times the typical one
   */
  public static LocalHealthContract scaled(int k) {
    return ContractProfile.scaled(k).fixed().contract();
  }

  /**
   * The {@code i}-th contract of a benchmark portfolio: the typical contract's shape, its own id and name, in
   * Normandie when {@code i} is even and in Occitanie when odd (see {@link ContractProfile#portfolio(int)}).
   *
   * @param i the index in the portfolio, ≥ 0
   * @return that contract
   */
  public static LocalHealthContract portfolio(int i) {
    return ContractProfile.portfolio(i).fixed().contract();
  }

  /**
   * @param c a contract
   * @return how many elements (objects and list entries) it holds, a measure of its size
   */
  public static int elements(LocalHealthContract c) {
    int n = 1 + c.organisations().size() + c.signatories().size() + c.territory().communes().size();
    for (Person p : c.people()) {
      n += 1 + p.roles().size();
    }
    for (GovernanceBody body : c.governance().bodies()) {
      n += 1 + body.members().size();
      for (Meeting m : body.meetings()) {
        n += 1 + m.attendeeIds().size();
      }
    }
    n += c.actionPlan().axes().size();
    for (ActionSheet f : c.actionPlan().fiches()) {
      n += 1 + f.partnerIds().size();
      for (Indicator i : f.indicators()) {
        n += 1 + i.values().size();
      }
    }
    for (Amendment a : c.amendments()) {
      n += 1 + a.signatures().size() + a.addedFicheIds().size();
    }
    var fu = c.followUp();
    n += fu.activityReports().size() + fu.financialReports().size() + fu.evaluations().size();
    for (Programming p : fu.programmings()) {
      n += 1 + p.commitments().size();
    }
    return n;
  }
}
