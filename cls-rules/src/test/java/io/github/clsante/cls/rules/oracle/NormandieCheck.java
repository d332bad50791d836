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
 * ones) and the check; the assertions are {@link ClauseCheck}'s, as for every pack.
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
   * @param ruleId the clause id
   * @param c the contract at a date
   * @see ClauseCheck#assertClause
   */
  public static void assertClause(String ruleId, ContractAtDate c) {
    ClauseCheck.NORMANDIE.assertClause(ruleId, c);
  }

  /**
   * @param ruleId the clause id
   * @param c the contract at a date
   * @see ClauseCheck#assertOracle
   */
  public static void assertOracle(String ruleId, ContractAtDate c) {
    ClauseCheck.NORMANDIE.assertOracle(ruleId, c);
  }

  /**
   * @param b the breakage
   * @param c a broken contract at a date (the breakage applied to it)
   * @see ClauseCheck#assertBroken
   */
  public static void assertBroken(Breakage b, ContractAtDate c) {
    ClauseCheck.NORMANDIE.assertBroken(b, c);
  }

  /**
   * @param c a contract at a date
   * @return the findings of the "normandie" report that are ERROR or WARNING
   */
  public static List<Finding> errorsAndWarnings(ContractAtDate c) {
    return check(c).findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
  }
}
