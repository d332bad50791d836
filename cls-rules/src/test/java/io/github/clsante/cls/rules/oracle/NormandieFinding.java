package io.github.clsante.cls.rules.oracle;

import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.report.Severity;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A finding of a Normandie rule reduced to what {@link NormandieOracle} states about it: rule id, severity,
 * to-do, element id, JSON Pointer, year, and the arguments the clause makes meaningful (values compared as
 * strings, so that an {@code Integer} and a {@code Long} compare equal). Expected and actual findings are
 * compared as sorted lists, i.e. as multisets.
 *
 * @param ruleId the clause id
 * @param severity the severity ({@code INFO} for a to-do)
 * @param toDo whether it is a to-do (« à prévoir »)
 * @param elementId the element concerned
 * @param path its JSON Pointer
 * @param year the year, or null
 * @param args the asserted arguments, as strings
 */
public record NormandieFinding(String ruleId, Severity severity, boolean toDo, String elementId, String path,
    Integer year, Map<String, String> args) {

  /** Deterministic order, for readable failure messages. */
  public static final Comparator<NormandieFinding> ORDER = Comparator.comparing(NormandieFinding::toString);

  /** Copies the arguments into a sorted map. */
  public NormandieFinding {
    args = new TreeMap<>(args);
  }

  /**
   * @param f a finding of a report
   * @param argKeys the argument names the oracle asserts for its rule
   * @return its reduced form
   */
  public static NormandieFinding of(Finding f, Collection<String> argKeys) {
    Map<String, String> a = new TreeMap<>();
    for (String k : argKeys) {
      if (f.arguments().containsKey(k)) {
        a.put(k, String.valueOf(f.arguments().get(k)));
      }
    }
    return new NormandieFinding(f.ruleId(), f.severity(), f.isToDo(), f.elementId(), f.path(),
        f.year().orElse(null), a);
  }

  /**
   * @param findings findings of one rule
   * @param argKeys the asserted argument names
   * @return their reduced forms, sorted
   */
  public static List<NormandieFinding> ofAll(List<Finding> findings, Collection<String> argKeys) {
    return findings.stream().map(f -> of(f, argKeys)).sorted(ORDER).toList();
  }

  /** @return the kind of outcome, for statistics: "to-do", "ERROR", "WARNING" or "INFO" */
  public String outcome() {
    return toDo ? "to-do" : severity.name();
  }

  @Override
  public String toString() {
    return ruleId + " " + (toDo ? "to-do" : severity) + " " + elementId + " " + path
        + (year == null ? "" : " " + year) + (args.isEmpty() ? "" : " " + args);
  }
}
