package io.github.clsante.cls.render;

import io.github.clsante.cls.agenda.Agenda;
import io.github.clsante.cls.calendar.PhaseInterval;
import io.github.clsante.cls.calendar.Phases;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.report.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * A report's body, in the order its readers look for things: the verdict and the counts, what is still to do,
 * the phases, the yearly follow-up with its chart, the action plan, then the findings grouped by element.
 * Stateless.
 */
final class ReportBody {

  private ReportBody() {}

  /**
   * @param h where to write
   * @param contract the contract
   * @param referentiel the référentiel it was checked against
   * @param report its report
   * @param t the words
   * @param frame its own page, or a section of a bigger one
   */
  static void write(Html h, LocalHealthContract contract, Referentiel referentiel, ConformityReport report,
      Texts t, Frame frame) {
    Agenda agenda = Agenda.of(report, contract);
    Elements elements = new Elements(contract, t);
    header(h, contract, referentiel, report, agenda, t, frame);
    nav(h, report, agenda, contract, t, frame);
    ToDoSection.write(h, agenda, t, frame);
    TimelineSection.write(h, contract, report.asOf(), t, frame);
    GridSection.write(h, YearGrid.of(contract, referentiel, report), t, frame);
    PlanSection.write(h, contract, elements, t, frame);
    FindingsSection.write(h, report, elements, t, frame);
  }

  private static void header(Html h, LocalHealthContract contract, Referentiel referentiel,
      ConformityReport report, Agenda agenda, Texts t, Frame frame) {
    h.raw("<header class=\"report-head\" id=\"").raw(frame.id("head")).raw("\">\n");
    h.el("p", "kicker", t.get("page.kicker", contract.region()));
    h.raw(frame.open(0)).text(contract.name()).raw(frame.close(0)).raw("\n");
    h.raw("<p class=\"meta\"><span>").text(t.get("meta.contract")).raw(" <code>").text(contract.id())
        .raw("</code></span> <span>").text(t.get("meta.referentiel")).raw(" <strong>").text(referentiel.title())
        .raw("</strong> (<code>").text(referentiel.id()).raw("</code>, ")
        .text(t.get("meta.version", referentiel.version())).raw(")</span> <span>")
        .text(t.get("meta.asOf", t.date(report.asOf()))).raw("</span></p>\n");
    if (Referentiels.SOCLE_ID.equals(referentiel.id())) {
      h.raw("<p class=\"meta note\" id=\"").raw(frame.id("baseline")).raw("\">").text(t.get("meta.socle"))
          .raw("</p>\n");
    }
    long errors = report.count(Severity.ERROR);
    boolean ok = report.isConforming();
    h.raw("<div class=\"verdict ").raw(ok ? "ok" : "ko").raw("\" id=\"").raw(frame.id("summary")).raw("\">")
        .el("p", "verdict-word", t.get(ok ? "verdict.ok" : "verdict.ko"))
        .el("p", "verdict-why", ok ? t.get("verdict.ok.why", referentiel.id(), t.date(report.asOf()))
            : t.get("verdict.ko.at", t.count("verdict.ko.why", errors), referentiel.id(), t.date(report.asOf())))
        .raw("</div>\n");
    long todos = report.findings().stream().filter(Finding::isToDo).count();
    h.raw("<ul class=\"counts\" id=\"").raw(frame.id("counts")).raw("\">\n");
    count(h, "ERROR", errors, t);
    count(h, "WARNING", report.count(Severity.WARNING), t);
    count(h, "INFO", report.count(Severity.INFO) - todos, t);
    count(h, "TODO", todos, t);
    h.raw("</ul>\n");
    List<String> now = new ArrayList<>();
    String phase = t.phase(report.phase());
    for (PhaseInterval i : Phases.timeline(contract.milestones())) {
      if (i.contains(report.asOf()) && i.from().isPresent()) {
        phase = phase + " " + t.get("phaseNow.since", t.date(i.from().get()));
      }
    }
    now.add(t.get("phaseNow", t.date(report.asOf()), phase));
    agenda.nextDueDate().ifPresent(d -> now.add(t.get("nextDue", t.date(d))));
    h.raw("<p class=\"phase-now\" data-phase=\"").raw(report.phase().name()).raw("\">")
        .text(String.join(" · ", now)).raw("</p>\n</header>\n");
  }

  private static void count(Html h, String key, long n, Texts t) {
    h.raw("<li class=\"count ").raw(key).raw(n == 0 ? " zero" : "").raw("\" data-count=\"").raw(key)
        .raw("\"><span class=\"n\">").raw(n).raw("</span> <span class=\"l\">").text(t.count("count." + key, n))
        .raw("</span></li>\n");
  }

  private static void nav(Html h, ConformityReport report, Agenda agenda, LocalHealthContract contract,
      Texts t, Frame frame) {
    h.raw("<nav class=\"toc\"").attr("aria-label", t.get("nav.label")).raw(">");
    link(h, frame.id("todo"), t.get("todo.title") + " (" + agenda.items().size() + ")");
    link(h, frame.id("timeline"), t.get("timeline.title"));
    link(h, frame.id("grid"), t.get("grid.title"));
    link(h, frame.id("plan"), t.get("plan.title") + " (" + contract.actionPlan().fiches().size() + ")");
    link(h, frame.id("findings"), t.get("findings.title") + " (" + report.findings().size() + ")");
    h.raw("</nav>\n");
  }

  private static void link(Html h, String id, String label) {
    h.raw("<a href=\"#").raw(id).raw("\">").text(label).raw("</a> ");
  }
}
