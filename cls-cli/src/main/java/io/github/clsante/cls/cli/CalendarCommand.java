package io.github.clsante.cls.cli;

import io.github.clsante.cls.followup.YearStatus;
import io.github.clsante.cls.internal.Printable;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.render.YearGrid;
import io.github.clsante.cls.report.ConformityReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cls calendar FILE --referentiel ID}: per year of the contract's follow-up (from the diagnosis start, the
 * year in progress last), the meetings held per body kind against the référentiel's minimum and ideal, and
 * whether each report (activity, financial) and the programming is there. The grid is cls-render's
 * {@link YearGrid}: its numbers come from cls-core's yearly follow-up and the clauses' parameters.
 */
final class CalendarCommand extends DatedCommand {

  /** The FILE argument. */
  Path file;

  /** {@code --referentiel}, or null. */
  String referentielId;

  @Override
  CommandSpec declare() {
    CommandSpec c = CommandModel.command(this, "calendar",
        "Shows the yearly follow-up: per year from the diagnosis start (the year in progress last), "
            + "COPIL and COTECH meetings against the référentiel's minimum and ideal, activity and financial reports, "
            + "validated programming.",
        "Marks: ✓ judged and no finding, ✗ ERROR finding, ⚠ WARNING finding, … to do (not due yet).");
    CommandModel.exitStatuses(c, "0:the follow-up is shown", "2:could not do the job");
    c.addPositional(CommandModel.positional(this, "file", Path.class, null, "1").index("0").paramLabel("FILE")
        .descriptionKey("file").description("The contract, a JSON document.").build());
    c.addOption(CommandModel.option(this, String.class, "--referentiel").paramLabel("ID")
        .description("The référentiel id, e.g. normandie (default: the référentiel of the contract's région, or "
            + "the national socle).").build());
    when.declare(c, this);
    return declareShared(c);
  }

  @Override
  public void set(String key, Object value) {
    switch (key) {
      case "file" -> file = (Path) value;
      case "--referentiel" -> referentielId = (String) value;
      default -> super.set(key, value);
    }
  }

  @Override
  int execute() {
    LocalHealthContract contract = read(file);
    LocalDate date = when.date(contract);
    Referentiel referentiel = referentielFor(contract, referentielId, when.lang);
    ConformityReport report = timed(new Labels(when.lang).get("progress.check", referentiel.id(), date),
        () -> referentiel.check(contract, date));
    YearGrid grid = YearGrid.of(contract, referentiel, report);
    Locale locale = when.lang.locale();
    Labels l = new Labels(when.lang);
    Ansi ansi = ansi();
    out().println(ansi.bold(l.get("calendar.header", Printable.escape(contract.id()),
        Printable.escape(referentiel.id()), l.date(date))));
    out().println(l.line("phase", l.phase(report.phase())));
    out().println();
    Table expected = new Table();
    expected.row(l.get("row"), l.get("expected"));
    for (YearGrid.Line line : grid.lines()) {
      List<String> ids = line.clauses().stream().map(c -> c.id()).toList();
      expected.row(line.label(locale), line.expected(locale) + (ids.isEmpty() ? "" : "  " + ids));
    }
    expected.print(out());
    out().println();
    if (grid.years().isEmpty()) {
      out().println(l.get("grid.none", date));
    } else {
      Table t = new Table();
      List<String> head = new ArrayList<>();
      head.add(l.get("col.year"));
      grid.lines().forEach(line -> head.add(line.label(locale)));
      t.row(head.toArray(String[]::new));
      for (int y : grid.years()) {
        List<Table.Cell> cells = new ArrayList<>();
        cells.add(new Table.Cell(grid.yearHeading(y, locale), s -> s));
        for (YearGrid.Line line : grid.lines()) {
          YearGrid.Cell c = line.cell(y);
          String note = c.note(locale);
          String text = c.value(locale) + (c.mark().symbol().isEmpty() ? "" : " " + c.mark().symbol())
              + (note.isEmpty() || c.status() == YearStatus.OUTSIDE ? "" : " (" + note + ")");
          cells.add(new Table.Cell(text, s -> ansi.mark(c.mark(), s)));
        }
        t.row(cells);
      }
      t.print(out());
    }
    out().println();
    out().println(TextReport.summary(report, l, ansi));
    out().flush();
    return Main.OK;
  }
}
