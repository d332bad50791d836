package io.github.clsante.cls.portfolio;

import io.github.clsante.cls.agenda.Agenda;
import io.github.clsante.cls.report.ConformityReport;
import java.util.Objects;
import java.util.Optional;

/**
 * One contract of a portfolio, as it came out: its report and agenda when it could be checked, else why not.
 * Holds the report and summaries only, never the contract itself. Immutable and thread-safe.
 *
 * @param index the position of the contract in the input, from 0
 * @param source what the contract was made from, as the caller named it (a file name; the contract id when the
 *     input was contracts)
 * @param contractId the contract's id, when it could be read
 * @param contractName the contract's name, when it could be read
 * @param region the contract's région as the document states it, when it could be read
 * @param report the conformity report, when the contract could be checked
 * @param agenda the contract's agenda, when it could be checked
 * @param failure why the contract could not be read or checked (an unreadable document, a région that is no
 *     région, a pack that threw); empty when it was checked
 * @since 0.1.0
 */
public record PortfolioEntry(int index, String source, Optional<String> contractId, Optional<String> contractName,
    Optional<String> region, Optional<ConformityReport> report, Optional<Agenda> agenda,
    Optional<Throwable> failure) {

  /**
   * @param index the position in the input
   * @param source what the contract was made from
   * @param contractId the contract's id
   * @param contractName the contract's name
   * @param region the contract's région
   * @param report the report
   * @param agenda the agenda
   * @param failure why it could not be checked
   * @throws IllegalArgumentException when it has both a report and a failure, or neither
   */
  public PortfolioEntry {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(contractId, "contractId");
    Objects.requireNonNull(contractName, "contractName");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(agenda, "agenda");
    Objects.requireNonNull(failure, "failure");
    if (report.isPresent() == failure.isPresent()) {
      throw new IllegalArgumentException("an entry has a report or a failure, exactly one");
    }
  }

  /** @return whether the contract was checked (it has a report) */
  public boolean isChecked() {
    return report.isPresent();
  }

  /** @return whether the contract was checked and has no {@code ERROR} finding */
  public boolean isConforming() {
    return report.map(ConformityReport::isConforming).orElse(false);
  }
}
