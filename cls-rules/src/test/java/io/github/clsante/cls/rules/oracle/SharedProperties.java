package io.github.clsante.cls.rules.oracle;


import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Severity;
import io.github.clsante.cls.testkit.Breakage;
import io.github.clsante.cls.testkit.ContractAtDate;
import io.github.clsante.cls.testkit.Contracts;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/** What the socle and Occitanie properties share: generators; the assertions are {@link ClauseCheck}'s. */
public final class SharedProperties {

  private SharedProperties() {}

  /** The référentiel the socle and Occitanie clauses are checked in. */
  public static Referentiel occitanie() {
    return Referentiels.byId("occitanie");
  }

  /**
   * Random contracts at dates, conforming Occitanie contracts, and conforming ones broken for the clause: every
   * phase, conforming and violating cases.
   *
   * @param b the clause's breakage
   * @return the arbitrary
   */
  public static Arbitrary<ContractAtDate> mixed(Breakage b) {
    return Arbitraries.frequencyOf(
        Tuple.of(5, Contracts.contractsAtDates()),
        Tuple.of(2, Contracts.conformingOccitanie()),
        Tuple.of(3, Breakage.broken(Contracts.conformingOccitanie(), b)));
  }

  /**
   * @param ruleId the clause id (socle or Occitanie)
   * @param c the contract at its date
   * @see ClauseCheck#assertClause
   */
  public static void assertClause(String ruleId, ContractAtDate c) {
    ClauseCheck.of(ruleId).assertClause(ruleId, c);
  }

  /**
   * @param b the breakage of a socle or Occitanie clause
   * @param c a conforming contract broken by it
   * @see ClauseCheck#assertBroken
   */
  public static void assertBroken(Breakage b, ContractAtDate c) {
    ClauseCheck.of(b.clauseId()).assertBroken(b, c);
  }

  /** @return the ERROR and WARNING findings of the report */
  public static List<?> errorsAndWarnings(ConformityReport r) {
    return r.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
  }
}
