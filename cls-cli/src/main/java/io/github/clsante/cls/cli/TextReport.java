package io.github.clsante.cls.cli;

import io.github.clsante.cls.agenda.Agenda;
import io.github.clsante.cls.internal.Printable;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.report.Severity;
import io.github.clsante.cls.report.Source;
import java.io.PrintWriter;
import java.util.List;

/**
 * The report as text, all in the chosen language but for the document's own data, rule ids and pointers: the
 * contract, the référentiel, the check date and the derived phase in words, then what is still to do by due
 * date (« À faire », see {@link AgendaText#section}), then the findings grouped by severity (rule id, element,
 * year, message, the référentiel's quotes), then one summary line. Every text that comes from the document or a pack is
 * escaped ({@link Printable}): one line stays one line.
 */
final class TextReport {

  private TextReport() {}

  static void print(PrintWriter out, LocalHealthContract contract, Referentiel referentiel,
      ConformityReport report, Lang lang, Ansi ansi) {
    Labels l = new Labels(lang);
    out.println(ansi.bold(l.line("contract", Printable.escape(contract.id()) + " — "
        + Printable.escape(contract.name()))));
    out.println(l.line("referentiel", Printable.escape(referentiel.id() + " — " + referentiel.title()
        + " (" + l.get("version") + " " + referentiel.version() + ")")));
    if (Referentiels.SOCLE_ID.equals(referentiel.id())) {
      out.println(l.get("referentiel.socle"));
    }
    out.println(l.line("asOf", l.date(report.asOf())));
    out.println(l.line("phase", l.phase(report.phase())));
    AgendaText.section(out, Agenda.of(report, contract), lang, ansi);
    for (Severity s : Severity.values()) {
      List<Finding> fs = report.findings().stream().filter(f -> f.severity() == s).toList();
      if (fs.isEmpty()) {
        continue;
      }
      out.println();
      out.println(ansi.severity(s, l.severities(s) + " (" + fs.size() + ")"));
      for (Finding f : fs) {
        StringBuilder head = new StringBuilder("  ").append(ansi.bold(Printable.escape(f.ruleId())));
        if (f.isToDo()) {
          head.append(" [").append(l.get("todo")).append(']');
        }
        head.append("  ").append(Printable.escape(f.elementId())).append(' ')
            .append(ansi.dim(Printable.escape(f.path())));
        f.year().ifPresent(y -> head.append("  ").append(y));
        out.println(head);
        out.println("    " + Printable.escape(f.message(lang.locale())));
        for (Source src : f.sources()) {
          out.println(ansi.dim(Printable.escape("    « " + src.quote() + " » — " + src.document())));
        }
      }
    }
    if (report.findings().isEmpty()) {
      out.println();
      out.println(l.get("noFindings"));
    }
    out.println();
    out.println(summary(report, l, ansi));
  }

  /**
   * @param report a report
   * @param l the labels
   * @param ansi the colours
   * @return the summary line, e.g. "Summary: 2 error(s), 1 warning(s), 0 info — not conforming"
   */
  static String summary(ConformityReport report, Labels l, Ansi ansi) {
    String verdict = report.isConforming() ? ansi.green(l.get("conforming")) : ansi.red(l.get("notConforming"));
    return l.get("summary", report.count(Severity.ERROR), report.count(Severity.WARNING),
        report.count(Severity.INFO), verdict);
  }
}
