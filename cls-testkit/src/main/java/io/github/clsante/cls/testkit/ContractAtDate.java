package io.github.clsante.cls.testkit;

import io.github.clsante.cls.calendar.Phase;
import io.github.clsante.cls.calendar.Phases;
import io.github.clsante.cls.model.LocalHealthContract;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A contract and the date it is checked at: what a référentiel's {@code check(contract, asOf)} takes.
 *
 * @param contract the contract
 * @param asOf the check date
 * @since 0.1.0
 */
public record ContractAtDate(LocalHealthContract contract, LocalDate asOf) {

  /**
   * @param contract the contract, not null
   * @param asOf the check date, not null
   */
  public ContractAtDate {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(asOf, "asOf");
  }

  /** @return the contract's phase on the check date, derived with {@link Phases#at} */
  public Phase phase() {
    return Phases.at(contract.milestones(), asOf);
  }

  /**
   * @param other another contract
   * @return the same check date with the other contract
   */
  public ContractAtDate withContract(LocalHealthContract other) {
    return new ContractAtDate(other, asOf);
  }

  @Override
  public String toString() {
    return "ContractAtDate[" + contract.id() + " at " + asOf + ", " + phase() + ", milestones "
        + contract.milestones() + "]";
  }
}
