package io.github.clsante.cls.rules.oracle;

import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.report.Severity;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A finding reduced to what an oracle states about it: rule id, severity, to-do, element id, JSON Pointer,
 * year, and the arguments the clause makes meaningful (values compared as strings). Oracles build these from
 * the contract model and CLAUSES.md; properties map the report's findings to the same form and compare the
 * two as multisets.
 *
 * @param ruleId the clause id
 * @param severity the severity (INFO for a to-do)
 * @param toDo whether it is a to-do (« à prévoir »)
 * @param elementId the element concerned
 * @param path its JSON Pointer
 * @param year the year, or null
 * @param args the asserted arguments, as strings
 */
public record SharedFinding(String ruleId, Severity severity, boolean toDo, String elementId, String path,
    Integer year, Map<String, String> args) {

  /** Deterministic order, for readable failure messages. */
  public static final Comparator<SharedFinding> ORDER = Comparator.comparing(SharedFinding::toString);

  public SharedFinding {
    args = new TreeMap<>(args);
  }

  /**
   * @param f a finding of a report
   * @param argKeys the argument names the oracle asserts for that rule
   * @return its reduced form
   */
  public static SharedFinding of(Finding f, Collection<String> argKeys) {
    Map<String, String> a = new TreeMap<>();
    for (String k : argKeys) {
      if (f.arguments().containsKey(k)) {
        a.put(k, String.valueOf(f.arguments().get(k)));
      }
    }
    return new SharedFinding(f.ruleId(), f.severity(), f.isToDo(), f.elementId(), f.path(),
        f.year().orElse(null), a);
  }

  /**
   * @param findings findings of one rule
   * @param argKeys the asserted argument names
   * @return their reduced forms, sorted
   */
  public static List<SharedFinding> ofAll(List<Finding> findings, Collection<String> argKeys) {
    return findings.stream().map(f -> of(f, argKeys)).sorted(ORDER).toList();
  }

  /** @return a key for statistics: the kind of outcome */
  public String outcome() {
    return toDo ? "to-do" : severity.name();
  }
}
