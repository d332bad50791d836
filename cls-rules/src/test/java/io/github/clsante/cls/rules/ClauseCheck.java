package io.github.clsante.cls.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.report.Severity;
import io.github.clsante.cls.rules.oracle.NormandieEdges;
import io.github.clsante.cls.rules.oracle.SharedFinding;
import io.github.clsante.cls.testkit.Breakage;
import io.github.clsante.cls.testkit.ContractAtDate;
import io.github.clsante.cls.testkit.Contracts;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The one way a clause is stated as a property, whatever its pack: the rules' findings of the clause, reduced to
 * what an oracle states ({@link SharedFinding}: rule, severity, to-do, element, path, year and every argument the
 * oracle asserts), are exactly those of the clause's oracle function — the method named by the clause id in the
 * family class beside the property ({@link ClauseOracles}), which computes from the contract model and
 * CLAUSES.md, never from the derived facts. Also the generators the properties share. Stateless; thread-safe.
 */
final class ClauseCheck {

  private ClauseCheck() {}

  /**
   * @param clauseId a clause id
   * @return the référentiel it is checked in: its pack's, "occitanie" for the socle (PackIsolationProperties:
   *     the socle's findings are the same in "normandie")
   */
  static Referentiel referentielOf(String clauseId) {
    return Referentiels.byId(ClauseOracles.of(clauseId).pack().equals("normandie") ? "normandie" : "occitanie");
  }

  /**
   * Asserts that the clause's findings are exactly the oracle's, and records the outcome: a run must see the
   * clause satisfied and violated (a to-do alone does not show that the clause judges).
   *
   * @param clauseId the clause id
   * @param c the contract at its date
   */
  static void assertClause(String clauseId, ContractAtDate c) {
    List<SharedFinding> expected = ClauseOracles.expectedOf(clauseId, c.contract(), c.asOf());
    Statistics.label("outcome").collect(expected.isEmpty() ? "satisfied"
        : expected.stream().anyMatch(f -> !f.toDo()) ? "violated" : "to-do");
    Statistics.label("outcome").coverage(k -> {
      k.check("satisfied").count(n -> n > 0);
      k.check("violated").count(n -> n > 0);
    });
    assertOracle(clauseId, c);
  }

  /**
   * Asserts that the clause's findings are exactly the oracle's, without coverage: for targeted generators.
   *
   * @param clauseId the clause id
   * @param c the contract at its date
   */
  static void assertOracle(String clauseId, ContractAtDate c) {
    ConformityReport report = referentielOf(clauseId).check(c.contract(), c.asOf());
    Statistics.label("phase").collect(report.phase());
    assertThat(actual(report, clauseId))
        .as("%s findings on %s (%s)", clauseId, c, report.phase())
        .containsExactlyInAnyOrderElementsOf(sorted(ClauseOracles.expectedOf(clauseId, c.contract(), c.asOf())));
  }

  /**
   * Asserts that a conforming contract broken for the clause gives at least one finding of it (a to-do where the
   * clause only gives one at that date), and exactly the oracle's findings.
   *
   * @param b the breakage
   * @param c a contract it broke
   */
  static void assertBroken(Breakage b, ContractAtDate c) {
    ConformityReport report = referentielOf(b.clauseId()).check(c.contract(), c.asOf());
    Statistics.label("severity").collect(report.findings(b.clauseId()).stream()
        .map(f -> f.isToDo() ? "to-do" : f.severity().name()).distinct().sorted().toList());
    assertThat(report.findings(b.clauseId()))
        .as("%s broken on %s (%s): %s", b.clauseId(), c, report.phase(), report.findings()).isNotEmpty();
    assertOracle(b.clauseId(), c);
  }

  /**
   * @param report a report of the clause's référentiel
   * @param clauseId the clause id
   * @return the report's findings of that clause, reduced as its oracle states them, sorted
   */
  static List<SharedFinding> actual(ConformityReport report, String clauseId) {
    return SharedFinding.ofAll(report.findings(clauseId), ClauseOracles.asserts(clauseId));
  }

  /** @return the findings sorted, for readable failure messages */
  static List<SharedFinding> sorted(List<SharedFinding> findings) {
    return findings.stream().sorted(SharedFinding.ORDER).toList();
  }

  /**
   * Contracts at dates for a clause's oracle property: mostly random contracts (every phase, satisfying and
   * violating values), plus conforming contracts of the clause's région and conforming ones broken for the
   * clause, so that both outcomes are seen in every run; for a Normandie clause, some pushed onto edges
   * ({@link NormandieEdges}).
   *
   * @param b the clause's breakage
   * @return the arbitrary
   */
  static Arbitrary<ContractAtDate> mixed(Breakage b) {
    if (b.pack().equals("normandie")) {
      return Arbitraries.frequencyOf(
          Tuple.of(4, Contracts.contractsAtDates()),
          Tuple.of(1, NormandieEdges.edges()),
          Tuple.of(2, Contracts.conformingNormandie()),
          Tuple.of(3, Breakage.broken(Contracts.conformingNormandie(), b)));
    }
    return Arbitraries.frequencyOf(
        Tuple.of(5, Contracts.contractsAtDates()),
        Tuple.of(2, Contracts.conformingOccitanie()),
        Tuple.of(3, Breakage.broken(Contracts.conformingOccitanie(), b)));
  }

  /**
   * @param b a breakage
   * @return conforming contracts of the clause's région (Occitanie for the socle) the breakage applies to, broken
   *     by it
   */
  static Arbitrary<ContractAtDate> broken(Breakage b) {
    return Breakage.broken(b.pack().equals("normandie") ? Contracts.conformingNormandie()
        : Contracts.conformingOccitanie(), b);
  }

  /**
   * @param referentielId "normandie" or "occitanie"
   * @param c a contract at a date
   * @return the findings of that référentiel's report that are ERROR or WARNING
   */
  static List<Finding> errorsAndWarnings(String referentielId, ContractAtDate c) {
    return errorsAndWarnings(Referentiels.byId(referentielId).check(c.contract(), c.asOf()));
  }

  /** @return the ERROR and WARNING findings of the report */
  static List<Finding> errorsAndWarnings(ConformityReport r) {
    return r.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
  }
}
