package io.github.clsante.cls.rules.oracle;

import static org.assertj.core.api.Assertions.assertThat;

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
import net.jqwik.api.statistics.Statistics;

/** What the socle and Occitanie properties share: generators, the comparison, the statistics. */
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

  /** The oracle of one rule. */
  @FunctionalInterface
  public interface Oracle {
    /** @return the expected findings of that rule, sorted */
    List<SharedFinding> expected(String ruleId, io.github.clsante.cls.model.LocalHealthContract c,
        java.time.LocalDate asOf);
  }

  /**
   * Asserts that the report's findings of the rule are exactly the oracle's, and collects whether the case
   * had a finding (the property fails if it never sees one, or never sees none).
   *
   * @param ruleId the clause id
   * @param oracle the oracle
   * @param argKeys the arguments it asserts
   * @param c the contract at its date
   */
  public static void assertClause(String ruleId, Oracle oracle, List<String> argKeys, ContractAtDate c) {
    ConformityReport report = occitanie().check(c.contract(), c.asOf());
    List<SharedFinding> expected = oracle.expected(ruleId, c.contract(), c.asOf());
    List<SharedFinding> actual = SharedFinding.ofAll(report.findings(ruleId), argKeys);
    // a to-do alone does not show that the clause judges: coverage asks for a case where it is violated
    Statistics.label("findings").collect(expected.isEmpty() ? "none"
        : expected.stream().anyMatch(f -> !f.toDo()) ? "violated" : "to-do");
    Statistics.label("phase").collect(report.phase());
    Statistics.label("findings").coverage(k -> {
      k.check("none").count(n -> n > 0);
      k.check("violated").count(n -> n > 0);
    });
    assertThat(actual)
        .as("%s on %s (%s)", ruleId, c, report.phase())
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  /**
   * Asserts that the breakage makes the clause report at least one finding (an INFO to-do where the clause
   * gives one in that phase), and exactly the findings its oracle states.
   *
   * @param b the breakage
   * @param oracle the oracle of the clause
   * @param argKeys the arguments it asserts
   * @param c a conforming contract broken by it
   */
  public static void assertBroken(Breakage b, Oracle oracle, List<String> argKeys, ContractAtDate c) {
    ConformityReport report = occitanie().check(c.contract(), c.asOf());
    Statistics.label("phase").collect(report.phase());
    Statistics.label("severity").collect(report.findings(b.clauseId()).stream()
        .map(f -> f.isToDo() ? "to-do" : f.severity().name()).distinct().sorted().toList());
    assertThat(report.findings(b.clauseId()))
        .as("%s broken on %s (%s): %s", b.clauseId(), c, report.phase(), report.findings())
        .isNotEmpty();
    assertThat(SharedFinding.ofAll(report.findings(b.clauseId()), argKeys))
        .as("%s broken on %s (%s): the oracle's findings", b.clauseId(), c, report.phase())
        .containsExactlyInAnyOrderElementsOf(oracle.expected(b.clauseId(), c.contract(), c.asOf()));
  }

  /** @return the ERROR and WARNING findings of the report */
  public static List<?> errorsAndWarnings(ConformityReport r) {
    return r.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
  }
}
