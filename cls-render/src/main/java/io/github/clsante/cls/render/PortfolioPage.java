package io.github.clsante.cls.render;

import io.github.clsante.cls.agenda.AgendaItem;
import io.github.clsante.cls.calendar.Phase;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.portfolio.PortfolioEntry;
import io.github.clsante.cls.portfolio.PortfolioReport;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.report.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A portfolio's page: counts, the summary table (a card per contract on a phone), what falls due soon, the
 * failures, then each contract's report (its ids prefixed so that they stay unique, its title one level down,
 * each on a new printed page). Stateless.
 */
final class PortfolioPage {

  private static final String NONE = "—";

  private PortfolioPage() {}

  /** @return the id of an entry's section: from its index, never from the document */
  static String anchor(PortfolioEntry e) {
    return "c" + (e.index() + 1);
  }

  static void write(Html h, PortfolioReport p, Function<? super PortfolioEntry, Optional<LocalHealthContract>> contracts,
      Function<? super PortfolioEntry, List<String>> failures, String title, Texts t) {
    h.raw("<header class=\"report-head\">\n<h1>").text(title).raw("</h1>\n</header>\n");
    counts(h, p, t);
    summary(h, p, failures, t);
    dueSoon(h, p, t);
    failures(h, p, failures, t);
    for (PortfolioEntry e : p.entries()) {
      Optional<LocalHealthContract> c = e.report().isPresent() ? contracts.apply(e) : Optional.empty();
      if (c.isEmpty()) {
        continue;
      }
      h.raw("<section class=\"contract\" id=\"").raw(anchor(e)).raw("\">\n<p class=\"meta\"><code>")
          .text(e.source()).raw("</code></p>\n");
      ConformityReport r = e.report().get();
      ReportBody.write(h, c.get(), Referentiels.byId(r.referentielId()), r, t, new Frame(anchor(e) + "-", 2));
      h.raw("</section>\n");
    }
  }

  private static void counts(Html h, PortfolioReport p, Texts t) {
    h.raw("<section id=\"counts\">\n<h2>").text(t.get("portfolio.counts")).raw("</h2>\n<ul class=\"counts\">\n");
    tile(h, "checked", p.entries().size() - p.failures().size(), t.get("portfolio.checked"), "");
    tile(h, "conforming", p.conforming(), t.get("portfolio.conforming"), "");
    tile(h, "notConforming", p.notConforming(), t.get("portfolio.notConforming"), p.notConforming() > 0 ? "ERROR" : "");
    tile(h, "failed", p.failures().size(), t.get("portfolio.failed"), p.failures().isEmpty() ? "" : "ERROR");
    h.raw("</ul>\n<div class=\"tables\">\n<table class=\"counts\" id=\"phases\">\n<thead><tr><th scope=\"col\">")
        .text(t.get("portfolio.byPhase")).raw("</th><th scope=\"col\"></th></tr></thead>\n<tbody>\n");
    for (Phase ph : Phase.values()) {
      row(h, ph.name(), t.phase(ph), p.phases().get(ph));
    }
    h.raw("</tbody>\n</table>\n<table class=\"counts\" id=\"severities\">\n<thead><tr><th scope=\"col\">")
        .text(t.get("portfolio.bySeverity")).raw("</th><th scope=\"col\"></th></tr></thead>\n<tbody>\n");
    long todos = p.agenda().items().size();
    row(h, "ERROR", t.count("count.ERROR", 2), p.count(Severity.ERROR));
    row(h, "WARNING", t.count("count.WARNING", 2), p.count(Severity.WARNING));
    row(h, "INFO", t.count("count.INFO", 2), p.count(Severity.INFO) - todos);
    row(h, "TODO", t.count("count.TODO", 2), todos);
    h.raw("</tbody>\n</table>\n</div>\n</section>\n");
  }

  private static void tile(Html h, String key, long n, String label, String cls) {
    h.raw("<li class=\"count ").raw(cls).raw(n == 0 ? " zero" : "").raw("\" data-count=\"").raw(key)
        .raw("\"><span class=\"n\">").raw(n).raw("</span> <span class=\"l\">").text(label).raw("</span></li>\n");
  }

  private static void row(Html h, String key, String label, long n) {
    h.raw("<tr data-count=\"").raw(key).raw("\"><th scope=\"row\">").text(label).raw("</th><td class=\"num\">")
        .raw(n).raw("</td></tr>\n");
  }

  private static void summary(Html h, PortfolioReport p, Function<? super PortfolioEntry, List<String>> failures,
      Texts t) {
    // the file is said under the contract's name, and the note column is there only when a row has a note: the
    // table then fits a projected page without breaking file names letter by letter
    boolean anyNote = !p.failures().isEmpty() || !p.duplicateContractIds().isEmpty();
    List<String> cols = new ArrayList<>(List.of("contract", "region", "phase", "errors", "warnings", "todos",
        "nextDue"));
    if (anyNote) {
      cols.add("note");
    }
    h.raw("<section id=\"summary\">\n<h2>").text(t.get("portfolio.summary")).raw("</h2>\n")
        .raw("<div class=\"table-wrap\">\n<table class=\"summary cards\">\n<thead><tr>");
    for (String k : cols) {
      h.raw("<th scope=\"col\">").text(t.get("portfolio.col." + k)).raw("</th>");
    }
    h.raw("</tr></thead>\n<tbody>\n");
    for (PortfolioEntry e : p.entries()) {
      h.raw("<tr class=\"entry\" data-index=\"").raw(e.index()).raw("\"><th scope=\"row\">");
      String id = e.contractId().orElse(NONE);
      if (e.report().isPresent()) {
        h.raw("<a href=\"#").raw(anchor(e)).raw("\">").text(e.contractName().orElse(id)).raw("</a>");
      } else {
        h.text(e.contractName().orElse(id));
      }
      h.raw(" <code class=\"id\">").text(id).raw("</code><span class=\"file\">")
          .text(t.get("portfolio.col.file")).text(t.get("plan.colon")).raw("<code>").text(e.source())
          .raw("</code></span></th>");
      String region = e.region().isPresent() || e.report().isPresent()
          ? e.region().orElse(NONE) + " / " + e.report().map(ConformityReport::referentielId).orElse(NONE) : NONE;
      cell(h, t, "region", "", region);
      List<String> notes = new ArrayList<>();
      for (Map.Entry<String, List<Integer>> d : p.duplicateContractIds().entrySet()) {
        if (e.contractId().equals(Optional.of(d.getKey()))) {
          d.getValue().stream().filter(i -> i != e.index())
              .forEach(i -> notes.add(t.get("portfolio.duplicate", p.entries().get(i).source())));
        }
      }
      if (e.report().isPresent()) {
        ConformityReport r = e.report().get();
        h.raw("<td data-phase=\"").raw(r.phase().name()).raw("\"").attr("data-label", t.get("portfolio.col.phase"))
            .raw(">").text(t.get("phase.short." + r.phase().name())).raw("</td>");
        cell(h, t, "errors", r.isConforming() ? "num" : "num ERROR", String.valueOf(r.count(Severity.ERROR)));
        cell(h, t, "warnings", "num", String.valueOf(r.count(Severity.WARNING)));
        cell(h, t, "todos", "num", String.valueOf(r.findings().stream().filter(Finding::isToDo).count()));
        cell(h, t, "nextDue", "", e.agenda().flatMap(a -> a.nextDueDate()).map(t::date).orElse(NONE));
      } else {
        h.raw("<td class=\"unreadable\"").attr("data-label", t.get("portfolio.col.phase")).raw(">")
            .text(t.get(e.contractId().isPresent() ? "portfolio.notChecked" : "portfolio.unreadable")).raw("</td>");
        for (String k : List.of("errors", "warnings", "todos", "nextDue")) {
          cell(h, t, k, "", NONE);
        }
        failures.apply(e).stream().findFirst().ifPresent(notes::add);
      }
      if (anyNote) {
        cell(h, t, "note", "", String.join(t.get("portfolio.sep"), notes));
      }
      h.raw("</tr>\n");
    }
    h.raw("</tbody>\n</table>\n</div>\n</section>\n");
  }

  private static void cell(Html h, Texts t, String col, String cls, String text) {
    h.raw("<td");
    if (!cls.isEmpty()) {
      h.raw(" class=\"").raw(cls).raw("\"");
    }
    h.attr("data-label", t.get("portfolio.col." + col)).raw(">").text(text).raw("</td>");
  }

  private static void dueSoon(Html h, PortfolioReport p, Texts t) {
    int days = ReportRenderer.DUE_WITHIN_DAYS;
    List<AgendaItem> due = p.agenda().dueWithin(days);
    h.raw("<section id=\"due\">\n<h2>").text(t.get("portfolio.dueSoon", days)).raw("</h2>\n");
    if (due.isEmpty()) {
      h.el("p", "empty", t.get("portfolio.dueSoon.none", days)).raw("\n</section>\n");
      return;
    }
    h.raw("<ol class=\"todos\">\n");
    for (AgendaItem i : due) {
      h.raw("<li class=\"todo-item soon\"").attr("data-key", i.key()).raw(">");
      h.el("p", "due", t.date(i.dueDate().orElseThrow()));
      h.raw("<div class=\"what\"><p class=\"el\">");
      Optional<PortfolioEntry> e = p.entries().stream()
          .filter(x -> x.report().isPresent() && x.contractId().equals(Optional.of(i.contractId()))).findFirst();
      if (e.isPresent()) {
        h.raw("<a href=\"#").raw(anchor(e.get())).raw("\">").text(i.contractName()).raw("</a>");
      } else {
        h.text(i.contractName());
      }
      if (!i.elementName().equals(i.contractName())) {
        h.raw(" — ").text(i.elementName());
      }
      h.raw("</p>").el("p", "msg", i.finding().message(t.locale()))
          .raw("<p class=\"ref\"><code>").text(i.ruleId()).raw("</code></p></div></li>\n");
    }
    h.raw("</ol>\n</section>\n");
  }

  private static void failures(Html h, PortfolioReport p, Function<? super PortfolioEntry, List<String>> failures,
      Texts t) {
    if (p.failures().isEmpty()) {
      return;
    }
    h.raw("<section id=\"failures\">\n<h2>").text(t.get("portfolio.failures")).raw("</h2>\n");
    for (PortfolioEntry e : p.failures()) {
      List<String> lines = failures.apply(e);
      h.raw("<h3><code>").text(e.source()).raw("</code></h3>\n");
      if (!lines.isEmpty()) {
        h.el("p", "", lines.get(0)).raw("\n");
      }
      if (lines.size() > 1) {
        h.raw("<ul class=\"problems\">\n");
        lines.subList(1, lines.size()).forEach(l -> h.el("li", "", l).raw("\n"));
        h.raw("</ul>\n");
      }
    }
    h.raw("</section>\n");
  }
}
