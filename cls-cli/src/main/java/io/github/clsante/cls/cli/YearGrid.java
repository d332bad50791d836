package io.github.clsante.cls.cli;

import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.referentiel.Applies;
import io.github.clsante.cls.referentiel.Clause;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.report.Severity;
import io.github.clsante.cls.spi.facts.Facts;
import io.github.clsante.cls.spi.facts.JudgedYearFact;
import io.github.clsante.cls.spi.facts.YearSpan;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The yearly follow-up of a contract under a référentiel, per judged year: governance meetings (COPIL, COTECH;
 * a merged body counts for both), activity and financial reports, validated programming, each against what the
 * référentiel expects.
 *
 * <p>No référentiel number is held here. The yearly clauses are recognised in the catalogue (those that apply
 * per judged year, by what they check); the minimum and ideal are read from the findings' arguments
 * ({@code minimum}, {@code idealMinimum}, {@code idealMaximum}) when a finding gives them; a cell's mark says
 * whether a finding of those clauses exists for that year.
 */
final class YearGrid {

  /** A line of the grid. */
  enum Row { COPIL, COTECH, ACTIVITY, FINANCIAL, PROGRAMMING }

  /** A cell's verdict. */
  enum Mark {
    /** Judged, no finding. */
    OK("✓"),
    /** An ERROR finding. */
    FAIL("✗"),
    /** A WARNING (or a non to-do INFO) finding. */
    WARN("⚠"),
    /** A to-do: not due yet. */
    TODO("…"),
    /** The référentiel does not judge this line for this year. */
    NONE("");

    final String symbol;

    Mark(String symbol) {
      this.symbol = symbol;
    }
  }

  /**
   * One year of one line.
   *
   * @param count the count (meetings, reports, covering programmings as 0/1)
   * @param mark the verdict
   * @param findings the findings of the line's clauses for that year
   */
  record Cell(int count, Mark mark, List<Finding> findings) {}

  /**
   * One line.
   *
   * @param row which line
   * @param clauses the catalogue's clauses that judge it (empty when the référentiel does not)
   * @param minimum the minimum read from a finding, if any
   * @param idealMinimum the low end of the ideal, if any finding gives it
   * @param idealMaximum the high end of the ideal, if any finding gives it
   * @param cells the cells by year
   */
  record Line(Row row, List<Clause> clauses, Optional<Object> minimum, Optional<Object> idealMinimum,
      Optional<Object> idealMaximum, Map<Integer, Cell> cells) {

    /**
     * @param labels the labels
     * @return what the référentiel expects, e.g. "at least 1 a year; ideally 2 to 3"
     */
    String expected(Labels labels) {
      if (clauses.isEmpty()) {
        return labels.get("expect.none");
      }
      List<String> parts = new ArrayList<>();
      if (minimum.isPresent()) {
        parts.add(labels.get("expect.minimum", minimum.get()));
      } else {
        boolean required = clauses.stream().anyMatch(c -> c.severity() == Severity.ERROR);
        parts.add(labels.get(required ? "expect.required" : "expect.recommended"));
      }
      if (idealMinimum.isPresent() && idealMaximum.isPresent()) {
        parts.add(labels.get("expect.ideal", idealMinimum.get(), idealMaximum.get()));
      }
      return String.join("; ", parts);
    }

    /**
     * @param year a year
     * @param labels the labels
     * @return the cell's value as text: a count for meetings, present/missing for reports
     */
    String value(int year, Labels labels) {
      Cell c = cells.get(year);
      return switch (row) {
        case COPIL, COTECH -> String.valueOf(c.count());
        case ACTIVITY, FINANCIAL -> labels.get(c.count() > 0 ? "present" : "absent");
        case PROGRAMMING -> labels.get(c.count() > 0 ? "covered" : "notCovered");
      };
    }
  }

  private final List<Integer> years;
  private final Map<Row, Line> lines;

  private YearGrid(List<Integer> years, Map<Row, Line> lines) {
    this.years = years;
    this.lines = lines;
  }

  /** @return the judged years, ascending */
  List<Integer> years() {
    return years;
  }

  /** @return the lines, in {@link Row} order */
  List<Line> lines() {
    return List.copyOf(lines.values());
  }

  /**
   * @param row a line
   * @return that line
   */
  Line line(Row row) {
    return lines.get(row);
  }

  /**
   * @param contract the contract
   * @param referentiel the référentiel
   * @param report the report of that référentiel on the contract
   * @return the grid over the years judged on the report's date
   */
  static YearGrid of(LocalHealthContract contract, Referentiel referentiel, ConformityReport report) {
    Map<Integer, JudgedYearFact> facts = new TreeMap<>();
    Set<Integer> signatureYears = new TreeSet<>();
    for (Object o : Facts.derive(contract, report.asOf())) {
      if (o instanceof JudgedYearFact y) {
        facts.putIfAbsent(y.year(), y);
        if (y.span() == YearSpan.SIGNATURE_TO_END) {
          signatureYears.add(y.year());
        }
      }
    }
    Map<Row, List<Clause>> clauses = new EnumMap<>(Row.class);
    for (Row r : Row.values()) {
      clauses.put(r, new ArrayList<>());
    }
    for (Clause c : referentiel.catalogue()) {
      classify(c).ifPresent(r -> clauses.get(r).add(c));
    }
    List<Integer> years = List.copyOf(facts.keySet());
    Map<Row, Line> lines = new EnumMap<>(Row.class);
    for (Row r : Row.values()) {
      List<Clause> cs = List.copyOf(clauses.get(r));
      Set<String> ids = new TreeSet<>();
      cs.forEach(c -> ids.add(c.id()));
      List<Finding> all = report.findings().stream().filter(f -> ids.contains(f.ruleId())).toList();
      Map<Integer, Cell> cells = new TreeMap<>();
      for (int y : years) {
        JudgedYearFact f = facts.get(y);
        int count = switch (r) {
          case COPIL -> f.copilMeetings();
          case COTECH -> f.cotechMeetings();
          case ACTIVITY -> f.activityReports();
          case FINANCIAL -> f.financialReports();
          case PROGRAMMING -> f.programmed() ? 1 : 0;
        };
        List<Finding> here = all.stream().filter(x -> x.year().equals(Optional.of(y))).toList();
        boolean judged = cs.stream().anyMatch(c -> c.applies() == Applies.YEARS_DIAGNOSIS_TO_END
            || signatureYears.contains(y));
        cells.put(y, new Cell(count, mark(judged, here), here));
      }
      lines.put(r, new Line(r, cs, argument(all, "minimum"), argument(all, "idealMinimum"),
          argument(all, "idealMaximum"), cells));
    }
    return new YearGrid(years, lines);
  }

  private static Mark mark(boolean judged, List<Finding> findings) {
    if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR && !f.isToDo())) {
      return Mark.FAIL;
    }
    if (findings.stream().anyMatch(f -> !f.isToDo())) {
      return Mark.WARN;
    }
    if (!findings.isEmpty()) {
      return Mark.TODO;
    }
    return judged ? Mark.OK : Mark.NONE;
  }

  private static Optional<Object> argument(List<Finding> findings, String name) {
    return findings.stream().map(f -> f.arguments().get(name)).filter(v -> v != null).findFirst();
  }

  /**
   * Recognises a yearly clause by what it checks (the catalogue's {@code check} column, in English).
   *
   * @param c a clause
   * @return the line it judges, if it is one of the grid's
   */
  static Optional<Row> classify(Clause c) {
    if (c.applies() != Applies.YEARS_DIAGNOSIS_TO_END && c.applies() != Applies.YEARS_SIGNATURE_TO_END) {
      return Optional.empty();
    }
    String check = c.check().toLowerCase(Locale.ROOT);
    if (check.contains("copil meeting")) {
      return Optional.of(Row.COPIL);
    }
    if (check.contains("cotech meeting")) {
      return Optional.of(Row.COTECH);
    }
    if (check.contains("activity report")) {
      return Optional.of(Row.ACTIVITY);
    }
    if (check.contains("financial report")) {
      return Optional.of(Row.FINANCIAL);
    }
    if (check.contains("programming")) {
      return Optional.of(Row.PROGRAMMING);
    }
    return Optional.empty();
  }
}
