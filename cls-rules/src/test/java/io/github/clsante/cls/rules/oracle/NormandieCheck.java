package io.github.clsante.cls.rules.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.report.Severity;
import io.github.clsante.cls.testkit.Breakage;
import io.github.clsante.cls.testkit.ContractAtDate;
import io.github.clsante.cls.testkit.Contracts;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * What the Normandie properties share: the generators (random contracts mixed with conforming and broken
 * ones), the check, and the assertions comparing a rule's findings with {@link NormandieOracle}.
 */
public final class NormandieCheck {

  private static final Referentiel NORMANDIE = Referentiels.byId("normandie");

  private NormandieCheck() {}

  /**
   * Contracts at dates for a clause's oracle property: mostly random contracts (every phase, satisfying and
   * violating values), some pushed onto edges ({@link NormandieEdges}), plus conforming Normandie contracts and conforming ones broken for the clause, so that
   * both outcomes are seen in every run.
   *
   * @param b the clause's breakage
   * @return the arbitrary
   */
  public static Arbitrary<ContractAtDate> mixed(Breakage b) {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Contracts.contractsAtDates()),
        Tuple.of(1, NormandieEdges.edges()),
        Tuple.of(2, Contracts.conformingNormandie()),
        Tuple.of(3, Breakage.broken(Contracts.conformingNormandie(), b)));
  }

  /**
   * @param b a breakage
   * @return conforming Normandie contracts the breakage applies to, broken by it
   */
  public static Arbitrary<ContractAtDate> broken(Breakage b) {
    return Breakage.broken(Contracts.conformingNormandie(), b);
  }

  /**
   * @param c a contract at a date
   * @return the "normandie" report
   */
  public static ConformityReport check(ContractAtDate c) {
    return NORMANDIE.check(c.contract(), c.asOf());
  }

  /**
   * Asserts that the rule's findings are exactly the oracle's, and records the outcome (satisfied, to-do,
   * violated) with coverage: a run must see the clause both satisfied and violated.
   *
   * @param ruleId the clause id
   * @param c the contract at a date
   */
  public static void assertClause(String ruleId, ContractAtDate c) {
    ConformityReport report = check(c);
    NormandieOracle oracle = new NormandieOracle(c.contract(), c.asOf());
    List<NormandieFinding> expected = oracle.expected(ruleId);
    List<NormandieFinding> actual = NormandieOracle.actual(report, ruleId);
    String outcome = expected.isEmpty() ? "satisfied"
        : expected.stream().anyMatch(f -> !f.toDo()) ? "violated" : "to-do";
    Statistics.label("outcome").collect(outcome);
    Statistics.label("phase").collect(oracle.phase());
    Statistics.label("outcome").coverage(cov -> {
      cov.check("satisfied").count(n -> n > 0);
      cov.check("violated").count(n -> n > 0);
    });
    assertThat(actual)
        .as("%s findings of %s at %s (%s)", ruleId, c.contract().id(), c.asOf(), oracle.phase())
        .containsExactlyElementsOf(expected);
  }

  /**
   * Asserts that the rule's findings are exactly the oracle's, without coverage: for targeted generators.
   *
   * @param ruleId the clause id
   * @param c the contract at a date
   */
  public static void assertOracle(String ruleId, ContractAtDate c) {
    ConformityReport report = check(c);
    NormandieOracle oracle = new NormandieOracle(c.contract(), c.asOf());
    assertThat(NormandieOracle.actual(report, ruleId))
        .as("%s findings of %s at %s (%s)", ruleId, c.contract().id(), c.asOf(), oracle.phase())
        .containsExactlyElementsOf(oracle.expected(ruleId));
  }

  /**
   * Asserts that a conforming contract broken for a clause gives at least one finding of that clause (a
   * to-do where the clause only gives one at that date), and exactly the oracle's findings.
   *
   * @param b the breakage
   * @param c a broken contract at a date (the breakage applied to it)
   */
  public static void assertBroken(Breakage b, ContractAtDate c) {
    String ruleId = b.clauseId();
    ConformityReport report = check(c);
    List<Finding> findings = report.findings(ruleId);
    Statistics.label("outcome").collect(findings.isEmpty() ? "none"
        : findings.stream().anyMatch(f -> !f.isToDo()) ? "judged" : "to-do");
    assertThat(findings).as("%s findings of %s at %s (%s), broken by %s", ruleId, c.contract().id(), c.asOf(),
        report.phase(), b).isNotEmpty();
    NormandieOracle oracle = new NormandieOracle(c.contract(), c.asOf());
    assertThat(NormandieOracle.actual(report, ruleId)).as("%s findings agree with the oracle", ruleId)
        .containsExactlyElementsOf(oracle.expected(ruleId));
  }

  /**
   * @param c a contract at a date
   * @return the findings of the "normandie" report that are ERROR or WARNING
   */
  public static List<Finding> errorsAndWarnings(ContractAtDate c) {
    return check(c).findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
  }
}
