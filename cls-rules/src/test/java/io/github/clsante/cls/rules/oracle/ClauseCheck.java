package io.github.clsante.cls.rules.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.testkit.Breakage;
import io.github.clsante.cls.testkit.ContractAtDate;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.statistics.Statistics;

/**
 * The one way a clause is stated as a property, whatever its pack: the rules' findings of the clause, reduced to
 * what an oracle states ({@link SharedFinding}: rule, severity, to-do, element, path, year and every argument the
 * oracle asserts), are exactly the oracle's. The oracles ({@link SocleOracle}, {@link NormandieOracle},
 * {@link OccitanieOracle}) compute from the contract model and CLAUSES.md, never from the derived facts.
 *
 * @param referentiel the référentiel the clause is checked in
 * @param oracle the oracle of the pack
 * @param argKeys the arguments the oracle asserts, per clause
 */
public record ClauseCheck(Referentiel referentiel, Oracle oracle, Function<String, List<String>> argKeys) {

  /** The socle's clauses, checked in the "occitanie" référentiel (PackIsolationProperties: same in normandie). */
  public static final ClauseCheck SOCLE = new ClauseCheck(Referentiels.byId("occitanie"), SocleOracle::expected,
      SocleOracle::argKeys);
  /** The Normandie clauses. */
  public static final ClauseCheck NORMANDIE = new ClauseCheck(Referentiels.byId("normandie"),
      NormandieOracle::expected, NormandieOracle::argKeys);
  /** The Occitanie clauses. */
  public static final ClauseCheck OCCITANIE = new ClauseCheck(Referentiels.byId("occitanie"),
      OccitanieOracle::expected, OccitanieOracle::argKeys);

  /** The expected findings of one clause for a contract at a date. */
  @FunctionalInterface
  public interface Oracle {
    /**
     * @param ruleId the clause id
     * @param c the contract
     * @param asOf the check date
     * @return the expected findings of that clause, sorted
     */
    List<SharedFinding> expected(String ruleId, LocalHealthContract c, LocalDate asOf);
  }

  /**
   * @param ruleId a clause id
   * @return the check of its pack
   */
  public static ClauseCheck of(String ruleId) {
    return ruleId.startsWith("SOC-") ? SOCLE : ruleId.startsWith("NOR-") ? NORMANDIE : OCCITANIE;
  }

  /**
   * Asserts that the clause's findings are exactly the oracle's, and records the outcome: a run must see the
   * clause satisfied and violated (a to-do alone does not show that the clause judges).
   *
   * @param ruleId the clause id
   * @param c the contract at its date
   */
  public void assertClause(String ruleId, ContractAtDate c) {
    List<SharedFinding> expected = oracle.expected(ruleId, c.contract(), c.asOf());
    Statistics.label("outcome").collect(expected.isEmpty() ? "satisfied"
        : expected.stream().anyMatch(f -> !f.toDo()) ? "violated" : "to-do");
    Statistics.label("outcome").coverage(k -> {
      k.check("satisfied").count(n -> n > 0);
      k.check("violated").count(n -> n > 0);
    });
    assertOracle(ruleId, c);
  }

  /**
   * Asserts that the clause's findings are exactly the oracle's, without coverage: for targeted generators.
   *
   * @param ruleId the clause id
   * @param c the contract at its date
   */
  public void assertOracle(String ruleId, ContractAtDate c) {
    ConformityReport report = referentiel.check(c.contract(), c.asOf());
    Statistics.label("phase").collect(report.phase());
    assertThat(SharedFinding.ofAll(report.findings(ruleId), argKeys.apply(ruleId)))
        .as("%s findings on %s (%s)", ruleId, c, report.phase())
        .containsExactlyInAnyOrderElementsOf(oracle.expected(ruleId, c.contract(), c.asOf()));
  }

  /**
   * Asserts that a conforming contract broken for the clause gives at least one finding of it (a to-do where the
   * clause only gives one at that date), and exactly the oracle's findings.
   *
   * @param b the breakage
   * @param c a contract it broke
   */
  public void assertBroken(Breakage b, ContractAtDate c) {
    ConformityReport report = referentiel.check(c.contract(), c.asOf());
    Statistics.label("severity").collect(report.findings(b.clauseId()).stream()
        .map(f -> f.isToDo() ? "to-do" : f.severity().name()).distinct().sorted().toList());
    assertThat(report.findings(b.clauseId()))
        .as("%s broken on %s (%s): %s", b.clauseId(), c, report.phase(), report.findings()).isNotEmpty();
    assertOracle(b.clauseId(), c);
  }
}
