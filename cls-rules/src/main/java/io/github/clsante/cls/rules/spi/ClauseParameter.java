package io.github.clsante.cls.rules.spi;

import io.github.clsante.cls.referentiel.Clause;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One of the référentiel's numbers, as a fact a rule reads: the parameter {@code name} of the clause
 * {@code clause}, written once in the catalogue ({@code <clause>.param.<name>}) and inserted with the contract's
 * facts at every check. A rule binds it by clause and name and decides with it, so that no number of the
 * référentiel is typed in the DRL:
 * <pre>
 * ClauseParameter(clause == "NOR-COPIL-ANNUAL", name == "minimum", $minimum: integer)
 * $y: JudgedYearFact(span == YearSpan.DIAGNOSIS_TO_END, copilMeetings &lt; $minimum)
 * </pre>
 * A rule that names a parameter its clause does not have never fires: the pack's tests must cover each rule.
 * Immutable and thread-safe.
 *
 * @param clause the clause id, e.g. "NOR-COPIL-ANNUAL"
 * @param name the parameter's name, e.g. "minimum"
 * @param value its value: an {@link Integer}, a {@link BigDecimal} or a {@link LocalDate}
 */
public record ClauseParameter(String clause, String name, Object value) {

  /**
   * @param clause the clause id
   * @param name the parameter's name
   * @param value its value
   * @throws NullPointerException naming the parameter when one is null
   * @throws IllegalArgumentException when the value is neither an Integer, a BigDecimal nor a LocalDate
   */
  public ClauseParameter {
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    if (!(value instanceof Integer || value instanceof BigDecimal || value instanceof LocalDate)) {
      throw new IllegalArgumentException(clause + "." + name + ": value must be an Integer, a BigDecimal or a "
          + "LocalDate, not " + value.getClass().getName());
    }
  }

  /**
   * @return the value as a whole number
   * @throws IllegalStateException naming the parameter when it is not a whole number
   */
  public int integer() {
    if (value instanceof Integer i) {
      return i;
    }
    throw new IllegalStateException(clause + "." + name + " is not a whole number: " + value);
  }

  /**
   * @return the value as a decimal number (a whole number is one too)
   * @throws IllegalStateException naming the parameter when it is a date
   */
  public double decimal() {
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    throw new IllegalStateException(clause + "." + name + " is not a number: " + value);
  }

  /**
   * @return the value as a date
   * @throws IllegalStateException naming the parameter when it is not a date
   */
  public LocalDate date() {
    if (value instanceof LocalDate d) {
      return d;
    }
    throw new IllegalStateException(clause + "." + name + " is not a date: " + value);
  }

  /**
   * @param clauses a catalogue
   * @return every parameter of every clause, clause by clause in catalogue order, each clause's by name
   * @throws NullPointerException when {@code clauses} is null
   */
  public static List<ClauseParameter> of(List<Clause> clauses) {
    List<ClauseParameter> out = new ArrayList<>();
    for (Clause c : clauses) {
      for (Map.Entry<String, Object> p : c.parameters().entrySet()) {
        out.add(new ClauseParameter(c.id(), p.getKey(), p.getValue()));
      }
    }
    return List.copyOf(out);
  }
}
