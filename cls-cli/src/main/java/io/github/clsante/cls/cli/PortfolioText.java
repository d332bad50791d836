package io.github.clsante.cls.cli;

import io.github.clsante.cls.calendar.Phase;
import io.github.clsante.cls.internal.Printable;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.portfolio.PortfolioEntry;
import io.github.clsante.cls.portfolio.PortfolioReport;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.report.Severity;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A portfolio as text, in the chosen language, dates written out: a header line, the summary table (one row per
 * document: contract, région and référentiel, phase, errors, warnings, to-dos, next due date, file, note), the
 * totals, then — unless only the summary is asked for — each checked contract's report as {@code check FILE}
 * prints it. A document that could not be read or checked has its row, marked, with the reason; its problems
 * are on stderr. Every text that comes from a document or the file system is escaped. Stateless.
 */
final class PortfolioText {

  /** Shown in a cell that has no value. */
  static final String NONE = "—";

  private PortfolioText() {}

  static void print(PrintWriter out, PortfolioCheck.Result result, Lang lang, Ansi ansi, boolean summaryOnly) {
    Labels l = new Labels(lang);
    PortfolioReport p = result.report();
    out.println(ansi.bold(l.get("portfolio.header", p.entries().size(), l.date(p.asOf()))));
    out.println();
    Table table = new Table();
    table.row(header(l));
    for (PortfolioEntry e : p.entries()) {
      table.row(row(p, e, l, ansi));
    }
    table.print(out);
    out.println();
    totals(out, p, l);
    if (summaryOnly) {
      return;
    }
    for (PortfolioEntry e : p.entries()) {
      Optional<LocalHealthContract> c = result.contract(e);
      if (e.report().isEmpty() || c.isEmpty()) {
        continue;
      }
      out.println();
      out.println(ansi.bold("── " + Printable.escape(e.source()) + " ──"));
      TextReport.print(out, c.get(), result.referentiel(e), e.report().get(), lang, ansi);
    }
  }

  private static List<Table.Cell> header(Labels l) {
    List<Table.Cell> cells = new ArrayList<>();
    for (String k : List.of("contract", "region", "phase", "errors", "warnings", "todos", "nextDue", "file",
        "note")) {
      cells.add(new Table.Cell(l.get("portfolio.col." + k), s -> s));
    }
    return cells;
  }

  /**
   * @return the row of an entry: contract id, "région / référentiel", phase (or unreadable / not checked),
   *     errors, warnings, to-dos, next due date, file, note (same id as…, or why it failed)
   */
  private static List<Table.Cell> row(PortfolioReport p, PortfolioEntry e, Labels l, Ansi ansi) {
    List<Table.Cell> cells = new ArrayList<>();
    cells.add(plain(e.contractId().map(Printable::escape).orElse(NONE)));
    String region = e.region().map(Printable::escape).orElse(NONE);
    String referentiel = e.report().map(ConformityReport::referentielId).orElse(NONE);
    cells.add(plain(e.region().isEmpty() && e.report().isEmpty() ? NONE : region + " / " + referentiel));
    List<String> notes = new ArrayList<>();
    List<String> same = PortfolioCheck.sameIdAs(p, e);
    if (!same.isEmpty()) {
      notes.add(l.get("portfolio.duplicate", String.join(", ", same.stream().map(Printable::escape).toList())));
    }
    if (e.report().isPresent()) {
      ConformityReport r = e.report().get();
      cells.add(plain(phase(r.phase(), l)));
      long errors = r.count(Severity.ERROR);
      cells.add(new Table.Cell(String.valueOf(errors), errors > 0 ? ansi::red : s -> s));
      cells.add(plain(String.valueOf(r.count(Severity.WARNING))));
      cells.add(plain(String.valueOf(r.findings().stream().filter(Finding::isToDo).count())));
      cells.add(plain(e.agenda().flatMap(a -> a.nextDueDate()).map(l::date).orElse(NONE)));
    } else {
      String status = e.contractId().isPresent() ? l.get("portfolio.notChecked") : l.get("portfolio.unreadable");
      cells.add(new Table.Cell(status, ansi::red));
      for (int i = 0; i < 4; i++) {
        cells.add(plain(NONE));
      }
      notes.add(PortfolioCheck.reason(e, l));
    }
    cells.add(plain(Printable.escape(e.source())));
    cells.add(plain(String.join(l.get("portfolio.sep"), notes)));
    return cells;
  }

  private static void totals(PrintWriter out, PortfolioReport p, Labels l) {
    long checked = p.entries().size() - p.failures().size();
    out.println(l.get("portfolio.totals", checked, p.conforming(), p.notConforming(), p.failures().size()));
    out.println(l.get("portfolio.findings", p.count(Severity.ERROR), p.count(Severity.WARNING),
        p.count(Severity.INFO), p.agenda().items().size()));
    List<String> phases = new ArrayList<>();
    p.phases().forEach((ph, n) -> phases.add(phase(ph, l) + " " + n));
    out.println(l.get("portfolio.phases", String.join(", ", phases)));
    if (!p.duplicateContractIds().isEmpty()) {
      List<String> dups = new ArrayList<>();
      p.duplicateContractIds().forEach((id, ix) -> dups.add(Printable.escape(id) + " ("
          + String.join(", ", ix.stream().map(i -> Printable.escape(p.entries().get(i).source())).toList())
          + ")"));
      out.println(l.get("portfolio.duplicates", String.join(l.get("portfolio.sep"), dups)));
    }
  }

  /** @return the phase in a word or two of the language, e.g. « mise en œuvre » */
  static String phase(Phase phase, Labels l) {
    return l.get("phase.short." + phase);
  }

  private static Table.Cell plain(String s) {
    return new Table.Cell(s, x -> x);
  }
}
