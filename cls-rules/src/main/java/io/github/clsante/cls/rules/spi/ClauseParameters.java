package io.github.clsante.cls.rules.spi;

import io.github.clsante.cls.referentiel.Clause;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The référentiel's numbers, as the rules read them: each clause's parameters, written once in the catalogue
 * ({@code <clause>.param.<name>}). Declared in a DRL as
 * {@code global io.github.clsante.cls.rules.spi.ClauseParameters params;} and set for every check, so that a rule
 * decides with its clause's numbers and no number of the référentiel is typed in the DRL:
 * <pre>
 * $y: JudgedYearFact(span == YearSpan.DIAGNOSIS_TO_END,
 *     copilMeetings &lt; params.integer("NOR-COPIL-ANNUAL", "minimum"))
 * </pre>
 * A global rather than facts: a constraint on a number stays a constraint on one fact, evaluated as the fact is
 * inserted, with no join. Asking for a parameter the clause does not have fails the check with an
 * {@link IllegalStateException} naming it, never silently. Immutable and thread-safe: one instance per
 * référentiel, shared by its checks.
 *
 * @since 0.1.0
 */
public final class ClauseParameters {

  private final Map<String, Map<String, Object>> byClause = new HashMap<>();

  private ClauseParameters(List<Clause> clauses) {
    for (Clause c : clauses) {
      if (!c.parameters().isEmpty()) {
        byClause.put(c.id(), Map.copyOf(c.parameters()));
      }
    }
  }

  /**
   * @param clauses a catalogue
   * @return the parameters of its clauses
   * @throws NullPointerException when {@code clauses} is null
   */
  public static ClauseParameters of(List<Clause> clauses) {
    return new ClauseParameters(Objects.requireNonNull(clauses, "clauses"));
  }

  private Object value(String clause, String name) {
    Map<String, Object> m = byClause.get(clause);
    Object v = m == null ? null : m.get(name);
    if (v == null) {
      throw new IllegalStateException("the catalogue gives clause " + clause + " no parameter " + name
          + " (" + clause + ".param." + name + ")");
    }
    return v;
  }

  /**
   * @param clause a clause id, e.g. "NOR-COPIL-ANNUAL"
   * @param name the name of one of its parameters, e.g. "minimum"
   * @return its value, a whole number
   * @throws IllegalStateException naming the parameter when the clause has none of that name, or it is not a
   *     whole number
   */
  public int integer(String clause, String name) {
    Object v = value(clause, name);
    if (v instanceof Integer i) {
      return i;
    }
    throw new IllegalStateException(clause + ".param." + name + " is not a whole number: " + v);
  }

  /**
   * @param clause a clause id
   * @param name the name of one of its parameters
   * @return its value as a decimal number (a whole number is one too)
   * @throws IllegalStateException naming the parameter when the clause has none of that name, or it is a date
   */
  public double decimal(String clause, String name) {
    Object v = value(clause, name);
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    throw new IllegalStateException(clause + ".param." + name + " is not a number: " + v);
  }

  /**
   * @param clause a clause id
   * @param name the name of one of its parameters
   * @return its value, a date
   * @throws IllegalStateException naming the parameter when the clause has none of that name, or it is not a
   *     date
   */
  public LocalDate date(String clause, String name) {
    Object v = value(clause, name);
    if (v instanceof LocalDate d) {
      return d;
    }
    throw new IllegalStateException(clause + ".param." + name + " is not a date: " + v);
  }

  @Override
  public String toString() {
    return "ClauseParameters" + byClause;
  }
}
