package io.github.clsante.cls.render;

import io.github.clsante.cls.calendar.ReportDue;
import io.github.clsante.cls.followup.FollowUpSpan;
import io.github.clsante.cls.followup.FollowUpYear;
import io.github.clsante.cls.followup.YearStatus;
import io.github.clsante.cls.followup.YearlyFollowUp;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.referentiel.Clause;
import io.github.clsante.cls.referentiel.Measure;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.report.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The yearly follow-up of a contract under a référentiel, as a grid: one {@link Line} per thing followed
 * (COPIL and COTECH meetings, activity and financial reports, validated programming), one {@link Cell} per year
 * from the first year of the contract's follow-up to the check date's, the year in progress last.
 *
 * <p>Every number comes from a structured place, never from prose: the counts from cls-core's
 * {@link YearlyFollowUp}; which clauses judge a line from their {@link Clause#measure()}; what is expected (« au
 * moins 1 par an », « idéalement 2 à 3 ») from their {@link Clause#parameters()} ({@code minimum},
 * {@code idealMinimum}, {@code idealMaximum}), whether or not a finding carries them; a cell's mark from the
 * report's findings of those clauses for that year. The span a line follows is its clauses' (the meetings from
 * the diagnosis start, the reports and the programming from the signature).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class YearGrid {

  /**
   * A line of the grid: what is followed per year, and the measure of the clauses that judge it.
   *
   * @since 0.1.0
   */
  public enum Row {
    /** Meetings of the bodies that count as the COPIL. */
    COPIL(Measure.COPIL_MEETINGS_PER_YEAR, FollowUpSpan.DIAGNOSIS_TO_END),
    /** Meetings of the bodies that count as the COTECH. */
    COTECH(Measure.COTECH_MEETINGS_PER_YEAR, FollowUpSpan.DIAGNOSIS_TO_END),
    /** The activity report of the year. */
    ACTIVITY(Measure.ACTIVITY_REPORT_PER_YEAR, FollowUpSpan.SIGNATURE_TO_END),
    /** The financial report of the year. */
    FINANCIAL(Measure.FINANCIAL_REPORT_PER_YEAR, FollowUpSpan.SIGNATURE_TO_END),
    /** A programming with financial commitments validated by the COPIL, covering the year. */
    PROGRAMMING(Measure.PROGRAMMING_PER_YEAR, FollowUpSpan.SIGNATURE_TO_END);

    private final Measure measure;
    private final FollowUpSpan span;

    Row(Measure measure, FollowUpSpan span) {
      this.measure = measure;
      this.span = span;
    }

    /** @return the measure of the clauses that judge this line */
    public Measure measure() {
      return measure;
    }

    /** @return the span the line follows when no clause of the référentiel says otherwise */
    FollowUpSpan defaultSpan() {
      return span;
    }

    int count(FollowUpYear y) {
      return switch (this) {
        case COPIL -> y.copilMeetings();
        case COTECH -> y.cotechMeetings();
        case ACTIVITY -> y.activityReports();
        case FINANCIAL -> y.financialReports();
        case PROGRAMMING -> y.programmed() ? 1 : 0;
      };
    }
  }

  /**
   * A cell's verdict.
   *
   * @since 0.1.0
   */
  public enum Mark {
    /** Judged (or, in the year in progress, looked at) and no finding. */
    OK("✓"),
    /** An {@code ERROR} finding. */
    FAIL("✗"),
    /** A {@code WARNING} finding, or an {@code INFO} one that is not a to-do. */
    WARN("⚠"),
    /** A to-do: not due yet. */
    TODO("…"),
    /** Not judged: a partial year, a year outside the line's span, or a line this référentiel does not follow. */
    NONE("");

    private final String symbol;

    Mark(String symbol) {
      this.symbol = symbol;
    }

    /** @return the mark's symbol, empty for {@link #NONE} */
    public String symbol() {
      return symbol;
    }
  }

  /**
   * One year of one line: how the year stands in the line's span, the count, the verdict and its findings.
   *
   * @since 0.1.0
   */
  public static final class Cell {

    private final Row row;
    private final int year;
    private final YearStatus status;
    private final int count;
    private final Mark mark;
    private final List<Finding> findings;
    private final boolean judged;

    Cell(Row row, int year, YearStatus status, int count, Mark mark, List<Finding> findings, boolean judged) {
      this.judged = judged;
      this.row = row;
      this.year = year;
      this.status = status;
      this.count = count;
      this.mark = mark;
      this.findings = List.copyOf(findings);
    }

    /** @return the line */
    public Row row() {
      return row;
    }

    /** @return the year */
    public int year() {
      return year;
    }

    /** @return how the référentiel's convention treats the year in the line's span */
    public YearStatus status() {
      return status;
    }

    /** @return the count: meetings held, reports issued, 1 when a validated programming covers the year */
    public int count() {
      return count;
    }

    /** @return the verdict */
    public Mark mark() {
      return mark;
    }

    /** @return the findings of the line's clauses about that year, in the report's order */
    public List<Finding> findings() {
      return findings;
    }

    /** @return the earliest due date of the cell's to-dos, if one has a due date */
    public Optional<LocalDate> dueDate() {
      return findings.stream().flatMap(f -> f.dueDate().stream()).min(LocalDate::compareTo);
    }

    /**
     * @param locale the language (English for {@code en}, French otherwise)
     * @return the cell's value: a number of meetings, « présent » / « absent » for a report, « couverte » / « non
     *     couverte » for the programming, « — » outside the line's span
     */
    public String value(Locale locale) {
      Texts t = Texts.of(locale);
      if (status == YearStatus.OUTSIDE) {
        return "—";
      }
      return switch (row) {
        case COPIL, COTECH -> t.number(count);
        case ACTIVITY, FINANCIAL -> count > 0 ? t.get("grid.present")
            : status == YearStatus.IN_PROGRESS ? t.get("grid.toCome") : t.get("grid.absent");
        case PROGRAMMING -> t.get(count > 0 ? "grid.covered" : "grid.notCovered");
      };
    }

    /**
     * @param locale the language
     * @return what the value alone does not say, or empty: the due date of a to-do (« avant le 31 décembre
     *     2026 »), « jusqu'ici » in the year in progress, when a report of the year in progress falls due (where
     *     the référentiel asks for it), « année partielle » for a year never judged
     */
    public String note(Locale locale) {
      Texts t = Texts.of(locale);
      Optional<LocalDate> due = dueDate();
      if (due.isPresent()) {
        return t.get("grid.dueBy", t.date(due.get()));
      }
      return switch (status) {
        case IN_PROGRESS -> row != Row.ACTIVITY && row != Row.FINANCIAL ? t.get("grid.soFar")
            : judged ? t.get("grid.dueBy", t.date(ReportDue.dueDate(year))) : "";
        case PARTIAL -> t.get("grid.partial");
        default -> "";
      };
    }
  }

  /**
   * One line: what is followed, the clauses that judge it, what they expect, and a cell per year.
   *
   * @since 0.1.0
   */
  public static final class Line {

    private final Row row;
    private final FollowUpSpan span;
    private final List<Clause> clauses;
    private final Map<Integer, Cell> cells;

    Line(Row row, FollowUpSpan span, List<Clause> clauses, Map<Integer, Cell> cells) {
      this.row = row;
      this.span = span;
      this.clauses = List.copyOf(clauses);
      this.cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    }

    /** @return what the line follows */
    public Row row() {
      return row;
    }

    /** @return the span it follows: its clauses' (from the diagnosis start or the signature) */
    public FollowUpSpan span() {
      return span;
    }

    /**
     * @return the catalogue's clauses whose measure is the row's, in catalogue order; empty when the référentiel
     *     does not judge this line
     */
    public List<Clause> clauses() {
      return clauses;
    }

    /** @return the cells by year, ascending */
    public Map<Integer, Cell> cells() {
      return cells;
    }

    /**
     * @param year a year of the grid
     * @return its cell
     * @throws IllegalArgumentException when the year is not one of the grid's
     */
    public Cell cell(int year) {
      Cell c = cells.get(year);
      if (c == null) {
        throw new IllegalArgumentException("year: " + year + " is not a year of the grid " + cells.keySet());
      }
      return c;
    }

    /** @return whether the référentiel judges this line (it has a clause of the line's measure) */
    public boolean isJudged() {
      return !clauses.isEmpty();
    }

    /**
     * @param name a parameter's name: {@code minimum}, {@code idealMinimum}, {@code idealMaximum}
     * @return its value in the first of the line's clauses that has it
     */
    public Optional<Object> parameter(String name) {
      return clauses.stream().flatMap(c -> c.parameter(name).stream()).findFirst();
    }

    /** @return the minimum per year, when a clause of the line sets one as a whole number */
    public OptionalInt minimum() {
      return parameter("minimum").filter(Number.class::isInstance)
          .map(n -> OptionalInt.of(((Number) n).intValue())).orElse(OptionalInt.empty());
    }

    /**
     * @param locale the language
     * @return the line's name: « Réunions du COPIL »
     */
    public String label(Locale locale) {
      return Texts.of(locale).get("grid.row." + row.name());
    }

    /**
     * @param locale the language
     * @return what the référentiel expects, from its clauses' parameters, with how binding each part is: « au
     *     moins 1 par an (exigé) ; idéalement 2 à 3 par an (recommandé) »; « non suivi par ce référentiel » when no
     *     clause judges the line
     */
    public String expected(Locale locale) {
      Texts t = Texts.of(locale);
      if (clauses.isEmpty()) {
        return t.get("grid.expect.none");
      }
      List<String> parts = new ArrayList<>();
      boolean reports = row == Row.ACTIVITY || row == Row.FINANCIAL;
      for (Clause c : clauses) {
        String binding = t.get("grid.binding." + c.severity().name());
        Optional<Object> min = c.parameter("minimum");
        Optional<Object> lo = c.parameter("idealMinimum");
        Optional<Object> hi = c.parameter("idealMaximum");
        if (min.isPresent()) {
          boolean one = min.get() instanceof Number n && n.doubleValue() == 1;
          parts.add(reports && one ? t.get("grid.expect.everyYear", binding)
              : t.get("grid.expect.minimum", t.number(min.get()), binding));
        }
        if (lo.isPresent() && hi.isPresent()) {
          parts.add(t.get("grid.expect.ideal", t.number(lo.get()), t.number(hi.get()), binding));
        }
        if (min.isEmpty() && lo.isEmpty()) {
          parts.add(t.get("grid.expect.everyYear", binding));
        }
      }
      if (reports) {
        parts.add(t.get("grid.expect.reportDue"));
      }
      return String.join(t.get("grid.expect.sep"), parts);
    }
  }

  private final LocalDate asOf;
  private final List<Integer> years;
  private final OptionalInt inProgress;
  private final Map<Row, Line> lines;

  private YearGrid(LocalDate asOf, List<Integer> years, OptionalInt inProgress, Map<Row, Line> lines) {
    this.asOf = asOf;
    this.years = List.copyOf(years);
    this.inProgress = inProgress;
    this.lines = Collections.unmodifiableMap(lines);
  }

  /**
   * @param contract the contract
   * @param referentiel the référentiel the report was made under (its catalogue gives the lines' clauses)
   * @param report the report of that référentiel on the contract (its findings give the marks)
   * @return the grid on the report's date
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the report is about another contract
   */
  public static YearGrid of(LocalHealthContract contract, Referentiel referentiel, ConformityReport report) {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(referentiel, "referentiel");
    Objects.requireNonNull(report, "report");
    if (!report.contractId().equals(contract.id())) {
      throw new IllegalArgumentException("report: about " + report.contractId() + ", not " + contract.id());
    }
    YearlyFollowUp followUp = YearlyFollowUp.of(contract, report.asOf());
    List<Integer> years = followUp.years().stream().map(FollowUpYear::year).toList();
    Map<Row, Line> lines = new EnumMap<>(Row.class);
    for (Row r : Row.values()) {
      List<Clause> clauses = referentiel.catalogue().stream()
          .filter(c -> c.measure().equals(Optional.of(r.measure())))
          .filter(c -> FollowUpSpan.of(c.applies()).isPresent()).toList();
      FollowUpSpan span = clauses.stream().flatMap(c -> FollowUpSpan.of(c.applies()).stream()).findFirst()
          .orElse(r.defaultSpan());
      List<String> ids = clauses.stream().map(Clause::id).toList();
      Map<Integer, Cell> cells = new LinkedHashMap<>();
      for (FollowUpYear y : followUp.years()) {
        List<Finding> here = report.findings().stream()
            .filter(f -> ids.contains(f.ruleId()) && f.year().equals(Optional.of(y.year()))).toList();
        YearStatus status = y.status(span);
        boolean looked = !clauses.isEmpty() && (status == YearStatus.JUDGED
            || status == YearStatus.IN_PROGRESS && r != Row.ACTIVITY && r != Row.FINANCIAL);
        cells.put(y.year(), new Cell(r, y.year(), status, r.count(y), mark(looked, here), here, !clauses.isEmpty()));
      }
      lines.put(r, new Line(r, span, clauses, cells));
    }
    OptionalInt inProgress = followUp.years().stream().filter(FollowUpYear::isInProgress)
        .mapToInt(FollowUpYear::year).findFirst();
    return new YearGrid(report.asOf(), years, inProgress, lines);
  }

  private static Mark mark(boolean looked, List<Finding> findings) {
    if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR && !f.isToDo())) {
      return Mark.FAIL;
    }
    if (findings.stream().anyMatch(f -> !f.isToDo())) {
      return Mark.WARN;
    }
    if (!findings.isEmpty()) {
      return Mark.TODO;
    }
    return looked ? Mark.OK : Mark.NONE;
  }

  /** @return the check date */
  public LocalDate asOf() {
    return asOf;
  }

  /** @return the years, ascending: every year of the contract's follow-up, the year in progress last */
  public List<Integer> years() {
    return years;
  }

  /** @return the year in progress, when the check date's year will be judged once over */
  public OptionalInt yearInProgress() {
    return inProgress;
  }

  /** @return the lines, in {@link Row} order */
  public List<Line> lines() {
    return List.copyOf(lines.values());
  }

  /**
   * @param row a line
   * @return that line
   */
  public Line line(Row row) {
    return lines.get(Objects.requireNonNull(row, "row"));
  }

  /**
   * @param year a year of the grid
   * @param locale the language
   * @return the heading of the year's column: « 2026 — en cours au 2 décembre 2026 » for the year in progress,
   *     the year alone otherwise
   */
  public String yearHeading(int year, Locale locale) {
    Texts t = Texts.of(locale);
    return inProgress.isPresent() && inProgress.getAsInt() == year
        ? t.get("grid.inProgress", year, t.date(asOf)) : String.valueOf(year);
  }
}
