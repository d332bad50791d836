package io.github.clsante.cls.cli;

import io.github.clsante.cls.internal.Printable;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.report.ConformityReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cls calendar FILE --referentiel ID}: per judged year, the meetings held per body kind against the
 * référentiel's minimum and ideal, and whether each report (activity, financial) and the programming is there.
 */
@Command(name = "calendar", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = {"Shows the yearly follow-up: per judged year, COPIL and COTECH meetings against the "
        + "référentiel's minimum and ideal, activity and financial reports, validated programming.",
        "Marks: ✓ judged and no finding, ✗ ERROR finding, ⚠ WARNING finding, … to do (not due yet)."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:the follow-up is shown", "2:could not do the job"})
final class CalendarCommand extends BaseCommand {

  @Parameters(index = "0", paramLabel = "FILE", description = "The contract, a JSON document.")
  Path file;

  @Option(names = "--referentiel", paramLabel = "ID",
      description = "The référentiel id, e.g. normandie (default: the référentiel of the contract's région, or "
          + "the national socle).")
  String referentielId;

  @Mixin
  DateAndLanguage when;

  @Override
  Lang lang() {
    return when.lang;
  }

  @Override
  int execute() {
    LocalHealthContract contract = read(file);
    LocalDate date = when.date(contract);
    Referentiel referentiel = referentielFor(contract, referentielId, when.lang);
    ConformityReport report = timed("check against " + referentiel.id() + " on " + date,
        () -> referentiel.check(contract, date));
    YearGrid grid = YearGrid.of(contract, referentiel, report);
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
      expected.row(l.get("row." + line.row()), line.expected(l) + (ids.isEmpty() ? "" : "  " + ids));
    }
    expected.print(out());
    out().println();
    if (grid.years().isEmpty()) {
      out().println(l.get("grid.none", date));
    } else {
      Table t = new Table();
      List<String> head = new ArrayList<>();
      head.add(l.get("col.year"));
      grid.lines().forEach(line -> head.add(l.get("row." + line.row())));
      t.row(head.toArray(String[]::new));
      for (int y : grid.years()) {
        List<Table.Cell> cells = new ArrayList<>();
        cells.add(new Table.Cell(String.valueOf(y), s -> s));
        for (YearGrid.Line line : grid.lines()) {
          YearGrid.Cell c = line.cells().get(y);
          String text = line.value(y, l) + (c.mark().symbol.isEmpty() ? "" : " " + c.mark().symbol);
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
