package io.github.clsante.cls.agenda;

import io.github.clsante.cls.report.Finding;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing still to do (« à prévoir »): a to-do finding of a contract's report, with the date by which it is
 * due where the référentiel implies one, the human name of the element it is about (a fiche's title, a body's
 * name, a person's name; the contract's name for the contract itself) and a stable key.
 *
 * <p>The {@linkplain #key() key} is {@code contractId/ruleId/elementId/year} (the year is empty when the to-do is
 * about no year): the same to-do gets the same key in every run, so that dashboards and calendar applications
 * can recognise it (it is the iCalendar UID's first part). Immutable and thread-safe.
 *
 * @param contractId the id of the contract
 * @param contractName the name of the contract
 * @param finding the to-do finding
 * @param elementName the human name of the element concerned, from the document
 * @since 0.1.0
 */
public record AgendaItem(String contractId, String contractName, Finding finding, String elementName) {

  /**
   * @param contractId the id of the contract
   * @param contractName the name of the contract
   * @param finding the to-do finding
   * @param elementName the human name of the element concerned
   * @throws IllegalArgumentException when the finding is not a to-do
   */
  public AgendaItem {
    Objects.requireNonNull(contractId, "contractId");
    Objects.requireNonNull(contractName, "contractName");
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(elementName, "elementName");
    if (!finding.isToDo()) {
      throw new IllegalArgumentException("finding: not a to-do: " + finding);
    }
  }

  /** @return the stable key: {@code contractId/ruleId/elementId/year} */
  public String key() {
    return contractId + "/" + finding.ruleId() + "/" + finding.elementId() + "/"
        + finding.year().map(String::valueOf).orElse("");
  }

  /** @return the date by which it is due, when the référentiel implies one */
  public Optional<LocalDate> dueDate() {
    return finding.dueDate();
  }

  /** @return the rule id (= clause id) */
  public String ruleId() {
    return finding.ruleId();
  }
}
