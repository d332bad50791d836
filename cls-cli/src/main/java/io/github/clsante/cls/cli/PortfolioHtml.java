package io.github.clsante.cls.cli;

import static io.github.clsante.cls.cli.HtmlReport.esc;

import io.github.clsante.cls.agenda.AgendaItem;
import io.github.clsante.cls.calendar.Phase;
import io.github.clsante.cls.json.DocumentException;
import io.github.clsante.cls.json.DocumentProblem;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.portfolio.PortfolioEntry;
import io.github.clsante.cls.portfolio.PortfolioReport;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.report.Severity;
import java.util.List;
import java.util.Optional;

/**
 * A portfolio as one self-contained HTML page: the counts (contracts checked, conforming or not, per phase,
 * findings per severity), the summary table (each row links to its contract's section on the page), what is
 * due in the next {@value PortfolioCheck#DUE_WITHIN_DAYS} days across contracts, the documents that could not be
 * read or checked with their problems, then each contract's report as {@code check FILE --format html} shows it
 * (its ids prefixed so that they stay unique). Inline CSS only: no script, no link, no resource from elsewhere;
 * every text from a document or the file system is escaped; the markup is well-formed XML. Stateless.
 */
final class PortfolioHtml {

  private static final String CSS = """
      h3{font-size:1rem;margin-top:1.4rem}
      section.contract{margin-top:3rem;padding-top:1rem;border-top:4px solid #1d5fa8}
      table.counts{width:auto}
      td.num{text-align:right}
      td.unreadable{color:#a11d1d;font-weight:600}
      ul.problems{font-size:.9rem}
      """;

  private PortfolioHtml() {}

  /** @return the id of an entry's section: from its index, never from the document */
  static String anchor(PortfolioEntry e) {
    return "c" + (e.index() + 1);
  }

  static String render(PortfolioCheck.Result result, Lang lang) {
    Labels l = new Labels(lang);
    PortfolioReport p = result.report();
    StringBuilder h = new StringBuilder(65_536);
    String title = l.get("portfolio.title", p.entries().size(), p.asOf());
    h.append("<!DOCTYPE html>\n<html lang=\"").append(lang.name()).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\" />\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
        .append("<title>").append(esc(title)).append("</title>\n")
        .append("<style>\n").append(HtmlReport.CSS).append(CSS).append("</style>\n</head>\n<body>\n");
    h.append("<header>\n<h1>").append(esc(title)).append("</h1>\n</header>\n");
    counts(h, p, l);
    summary(h, p, l);
    dueSoon(h, p, lang, l);
    failures(h, p, l);
    for (PortfolioEntry e : p.entries()) {
      Optional<LocalHealthContract> c = result.contract(e);
      if (e.report().isEmpty() || c.isEmpty()) {
        continue;
      }
      h.append("<section class=\"contract\" id=\"").append(anchor(e)).append("\">\n")
          .append("<p class=\"meta\"><code>").append(esc(e.source())).append("</code></p>\n");
      HtmlReport.body(h, c.get(), result.referentiel(e), e.report().get(), lang,
          new HtmlReport.Frame(anchor(e) + "-", 2));
      h.append("</section>\n");
    }
    h.append("<footer>").append(esc(l.get("footer", Version.value()))).append("</footer>\n");
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  private static void counts(StringBuilder h, PortfolioReport p, Labels l) {
    h.append("<section id=\"counts\">\n<h2>").append(esc(l.get("portfolio.counts"))).append("</h2>\n");
    h.append("<table class=\"counts\" id=\"verdicts\">\n<thead><tr><th>").append(esc(l.get("portfolio.verdicts")))
        .append("</th><th>").append(esc(l.get("portfolio.count"))).append("</th></tr></thead>\n<tbody>\n");
    countRow(h, "checked", l.get("portfolio.checked"), p.entries().size() - p.failures().size());
    countRow(h, "conforming", l.get("conforming"), p.conforming());
    countRow(h, "notConforming", l.get("notConforming"), p.notConforming());
    countRow(h, "failed", l.get("portfolio.failed"), p.failures().size());
    h.append("</tbody>\n</table>\n");
    h.append("<table class=\"counts\" id=\"phases\">\n<thead><tr><th>").append(esc(l.get("portfolio.byPhase")))
        .append("</th><th>").append(esc(l.get("portfolio.count"))).append("</th></tr></thead>\n<tbody>\n");
    for (Phase ph : Phase.values()) {
      countRow(h, ph.name(), l.get("phase." + ph), p.phases().get(ph));
    }
    h.append("</tbody>\n</table>\n");
    h.append("<table class=\"counts\" id=\"severities\">\n<thead><tr><th>")
        .append(esc(l.get("portfolio.bySeverity"))).append("</th><th>").append(esc(l.get("portfolio.count")))
        .append("</th></tr></thead>\n<tbody>\n");
    for (Severity s : Severity.values()) {
      countRow(h, s.name(), l.get("severity." + s), p.count(s));
    }
    countRow(h, "TODO", l.get("portfolio.col.todos"), p.agenda().items().size());
    h.append("</tbody>\n</table>\n</section>\n");
  }

  private static void countRow(StringBuilder h, String key, String label, long n) {
    h.append("<tr data-count=\"").append(key).append("\"><th>").append(esc(label)).append("</th><td class=\"num\">")
        .append(n).append("</td></tr>\n");
  }

  private static void summary(StringBuilder h, PortfolioReport p, Labels l) {
    h.append("<section id=\"summary\">\n<h2>").append(esc(l.get("portfolio.summary"))).append("</h2>\n")
        .append("<table class=\"summary\">\n<thead><tr>");
    for (String k : List.of("contract", "region", "phase", "errors", "warnings", "todos", "nextDue", "file",
        "note")) {
      h.append("<th>").append(esc(l.get("portfolio.col." + k))).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (PortfolioEntry e : p.entries()) {
      h.append("<tr class=\"entry\" data-index=\"").append(e.index()).append("\"><td>");
      String id = esc(e.contractId().orElse(PortfolioText.NONE));
      if (e.report().isPresent()) {
        h.append("<a href=\"#").append(anchor(e)).append("\">").append(id).append("</a>");
      } else {
        h.append(id);
      }
      h.append("</td><td>");
      if (e.region().isPresent() || e.report().isPresent()) {
        h.append(esc(e.region().orElse(PortfolioText.NONE) + " / "
            + e.report().map(ConformityReport::referentielId).orElse(PortfolioText.NONE)));
      } else {
        h.append(PortfolioText.NONE);
      }
      h.append("</td>");
      String note = String.join(l.get("portfolio.sep"), PortfolioCheck.sameIdAs(p, e).stream()
          .map(s -> l.get("portfolio.duplicate", s)).toList());
      if (e.report().isPresent()) {
        ConformityReport r = e.report().get();
        h.append("<td data-phase=\"").append(r.phase()).append("\">").append(esc(PortfolioText.phase(r.phase(), l)))
            .append("</td><td class=\"num").append(r.isConforming() ? "" : " sev ERROR").append("\">")
            .append(r.count(Severity.ERROR))
            .append("</td><td class=\"num\">").append(r.count(Severity.WARNING))
            .append("</td><td class=\"num\">").append(r.findings().stream().filter(Finding::isToDo).count())
            .append("</td><td>").append(e.agenda().flatMap(a -> a.nextDueDate()).map(Object::toString)
                .orElse(PortfolioText.NONE)).append("</td>");
      } else {
        String status = e.contractId().isPresent() ? l.get("portfolio.notChecked") : l.get("portfolio.unreadable");
        h.append("<td class=\"unreadable\">").append(esc(status)).append("</td>");
        h.append("<td>").append(PortfolioText.NONE).append("</td>").append("<td>").append(PortfolioText.NONE)
            .append("</td><td>").append(PortfolioText.NONE).append("</td><td>").append(PortfolioText.NONE)
            .append("</td>");
        String reason = PortfolioCheck.reason(e, l);
        note = note.isEmpty() ? reason : note + l.get("portfolio.sep") + reason;
      }
      h.append("<td><code>").append(esc(e.source())).append("</code></td><td>").append(esc(note))
          .append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</section>\n");
  }

  private static void dueSoon(StringBuilder h, PortfolioReport p, Lang lang, Labels l) {
    int days = PortfolioCheck.DUE_WITHIN_DAYS;
    List<AgendaItem> due = p.agenda().dueWithin(days);
    h.append("<section id=\"due\">\n<h2>").append(esc(l.get("portfolio.dueSoon", days))).append("</h2>\n");
    if (due.isEmpty()) {
      h.append("<p>").append(esc(l.get("portfolio.dueSoon.none", days))).append("</p>\n</section>\n");
      return;
    }
    h.append("<table class=\"due\">\n<thead><tr><th>").append(esc(l.get("portfolio.col.dueDate")))
        .append("</th><th>").append(esc(l.get("portfolio.col.contract"))).append("</th><th>")
        .append(esc(l.get("col.element"))).append("</th><th>").append(esc(l.get("col.rule"))).append("</th><th>")
        .append(esc(l.get("portfolio.col.item"))).append("</th></tr></thead>\n<tbody>\n");
    for (AgendaItem i : due) {
      h.append("<tr class=\"due\" data-key=\"").append(esc(i.key())).append("\"><td>")
          .append(i.dueDate().orElseThrow()).append("</td><td>");
      Optional<PortfolioEntry> e = p.entries().stream()
          .filter(x -> x.report().isPresent() && x.contractId().orElse("").equals(i.contractId())).findFirst();
      if (e.isPresent()) {
        h.append("<a href=\"#").append(anchor(e.get())).append("\">").append(esc(i.contractId())).append("</a>");
      } else {
        h.append(esc(i.contractId()));
      }
      h.append("</td><td>").append(esc(i.elementName())).append("</td><td><code>").append(esc(i.ruleId()))
          .append("</code></td><td>").append(esc(i.finding().message(lang.locale()))).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</section>\n");
  }

  private static void failures(StringBuilder h, PortfolioReport p, Labels l) {
    if (p.failures().isEmpty()) {
      return;
    }
    h.append("<section id=\"failures\">\n<h2>").append(esc(l.get("portfolio.failures"))).append("</h2>\n");
    for (PortfolioEntry e : p.failures()) {
      h.append("<h3><code>").append(esc(e.source())).append("</code></h3>\n<p>")
          .append(esc(PortfolioCheck.reason(e, l))).append("</p>\n");
      if (e.failure().orElseThrow() instanceof DocumentException d) {
        h.append("<ul class=\"problems\">\n");
        for (DocumentProblem pr : d.problems()) {
          h.append("<li>").append(esc(pr.toString())).append("</li>\n");
        }
        h.append("</ul>\n");
      }
    }
    h.append("</section>\n");
  }
}
