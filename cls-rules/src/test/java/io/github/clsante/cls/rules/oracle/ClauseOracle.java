package io.github.clsante.cls.rules.oracle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a clause's oracle function: a {@code public static List<SharedFinding> ID(LocalHealthContract contract,
 * LocalDate asOf)} method named by the clause id (its hyphens written as underscores, e.g. {@code
 * NOR_COPIL_ANNUAL} for NOR-COPIL-ANNUAL), in the clause family's class beside its properties ({@code
 * SocleClauses} beside {@code SocleProperties}…). It returns the exact findings the clause gives, computed from
 * the contract model and CLAUSES.md — never from {@code io.github.clsante.cls.spi.facts}. {@code ClauseOracles}
 * finds these methods; nothing else registers a clause.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ClauseOracle {

  /**
   * @return the finding arguments the function states, thresholds included: every argument a rule's finding
   *     carries must be one of them (FindingArgumentsProperties), and their values are compared
   */
  String[] asserts() default {};
}
