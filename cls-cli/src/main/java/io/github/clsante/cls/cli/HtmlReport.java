package io.github.clsante.cls.cli;

import io.github.clsante.cls.calendar.PhaseInterval;
import io.github.clsante.cls.calendar.Phases;
import io.github.clsante.cls.internal.Printable;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.Milestones;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.report.Severity;
import io.github.clsante.cls.report.Source;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The report as one self-contained HTML page, the picture a coordinator puts in front of a COPIL: the phase
 * timeline, the yearly grid (meetings, reports, programming against what the référentiel expects) and the
 * findings with their quotes. Inline CSS only: no script, no link, no resource from elsewhere. Every text that
 * comes from the document or a pack is escaped. The markup is also well-formed XML (void elements closed).
 */
final class HtmlReport {

  /** The page's style sheet; the portfolio page adds its own rules after it. */
  static final String CSS = """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:72rem;
        padding:0 1rem;color:#1d2733;line-height:1.4}
      h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:2px solid #d6dde6;
        padding-bottom:.2rem}
      .meta{color:#52606d;margin:.1rem 0}
      .verdict{display:inline-block;padding:.25rem .7rem;border-radius:1rem;font-weight:600;margin-top:.5rem}
      .verdict.ok{background:#dff3e4;color:#1b6e35}.verdict.ko{background:#fbe2e2;color:#a11d1d}
      .timeline{display:flex;gap:.3rem;margin:.8rem 0}
      .phase{flex:1;padding:.5rem .6rem;border-radius:.4rem;background:#eef2f6;border:1px solid #d6dde6}
      .phase.current{background:#1d5fa8;color:#fff;border-color:#1d5fa8}
      .phase .name{font-weight:600}.phase .dates{font-size:.85rem}
      dl.milestones{display:grid;grid-template-columns:max-content auto;gap:.1rem 1rem;font-size:.9rem}
      dl.milestones dt{color:#52606d}dl.milestones dd{margin:0}
      table{border-collapse:collapse;width:100%;margin:.6rem 0;font-size:.92rem}
      th,td{border:1px solid #d6dde6;padding:.3rem .5rem;text-align:left;vertical-align:top}
      th{background:#f3f6f9}
      td.cell{text-align:center;white-space:nowrap}
      td.OK{background:#e7f6eb}td.FAIL{background:#fbe2e2}td.WARN{background:#fff4d6}td.TODO{background:#e6effa}
      td.NONE{color:#8a96a3}
      .mark{font-weight:700;margin-left:.3rem}
      .sev{font-weight:700}.sev.ERROR{color:#a11d1d}.sev.WARNING{color:#8a5a00}.sev.INFO{color:#1d5fa8}
      .todo{font-size:.8rem;background:#e6effa;color:#1d5fa8;border-radius:.3rem;padding:0 .3rem;margin-left:.3rem}
      code{font-size:.85rem;color:#52606d}
      blockquote{margin:.3rem 0;padding-left:.6rem;border-left:3px solid #d6dde6;color:#3e4c59;font-style:italic}
      .src{font-style:normal;font-size:.8rem;color:#52606d}
      footer{margin-top:2rem;font-size:.8rem;color:#52606d}
      """;

  /**
   * Where a report's body goes: its own page (a level-1 title, the ids as they are) or a section of a bigger
   * page (the ids prefixed so that they stay unique, the titles one level down).
   *
   * @param idPrefix prefixed to every id of the body
   * @param level the level of the contract's title (1 to 5); the body's sections are one level down
   */
  record Frame(String idPrefix, int level) {
    /** The single-contract page. */
    static final Frame PAGE = new Frame("", 1);

    String id(String id) {
      return idPrefix + id;
    }

    String open(int down) {
      return "<h" + (level + down) + ">";
    }

    String close(int down) {
      return "</h" + (level + down) + ">";
    }
  }

  private HtmlReport() {}

  static String render(LocalHealthContract contract, Referentiel referentiel, ConformityReport report,
      Lang lang) {
    Labels l = new Labels(lang);
    StringBuilder h = new StringBuilder(16_384);
    String title = l.get("title", contract.name(), referentiel.id());
    h.append("<!DOCTYPE html>\n<html lang=\"").append(lang.name()).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\" />\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
        .append("<title>").append(esc(title)).append("</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    body(h, contract, referentiel, report, lang, Frame.PAGE);
    h.append("<footer>").append(esc(l.get("footer", Version.value()))).append("</footer>\n");
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  /**
   * Appends a report's body: the header (contract, référentiel, date, phase, verdict), the timeline, the yearly
   * grid and the findings.
   *
   * @param h where to append
   * @param contract the contract
   * @param referentiel the référentiel it was checked against
   * @param report its report
   * @param lang the language
   * @param frame its own page, or a section of a bigger one
   */
  static void body(StringBuilder h, LocalHealthContract contract, Referentiel referentiel, ConformityReport report,
      Lang lang, Frame frame) {
    Labels l = new Labels(lang);
    h.append("<header>\n").append(frame.open(0)).append(esc(contract.name())).append(frame.close(0)).append("\n");
    meta(h, l.get("contract"), contract.id());
    meta(h, l.get("referentiel"), referentiel.id() + " — " + referentiel.title() + " (" + l.get("version") + " "
        + referentiel.version() + ")");
    if (Referentiels.SOCLE_ID.equals(referentiel.id())) {
      h.append("<p class=\"meta\" id=\"").append(frame.id("baseline")).append("\">")
          .append(esc(l.get("referentiel.socle"))).append("</p>\n");
    }
    meta(h, l.get("asOf"), report.asOf().toString());
    meta(h, l.get("phase"), l.get("phase." + report.phase()) + " (" + report.phase() + ")");
    h.append("<div class=\"verdict ").append(report.isConforming() ? "ok" : "ko").append("\" id=\"")
        .append(frame.id("summary")).append("\">")
        .append(esc(TextReport.summary(report, l, new Ansi(false)))).append("</div>\n</header>\n");
    timeline(h, contract, report, l, frame);
    grid(h, YearGrid.of(contract, referentiel, report), report, lang, l, frame);
    findings(h, report, lang, l, frame);
  }

  private static void meta(StringBuilder h, String label, String value) {
    h.append("<p class=\"meta\"><strong>").append(esc(label)).append("</strong>: ").append(esc(value))
        .append("</p>\n");
  }

  private static void timeline(StringBuilder h, LocalHealthContract contract, ConformityReport report,
      Labels l, Frame frame) {
    h.append("<section id=\"").append(frame.id("timeline")).append("\">\n").append(frame.open(1))
        .append(esc(l.get("timeline"))).append(frame.close(1)).append("\n")
        .append("<div class=\"timeline\">\n");
    for (PhaseInterval i : Phases.timeline(contract.milestones())) {
      boolean current = i.contains(report.asOf());
      h.append("<div class=\"phase").append(current ? " current" : "").append("\" data-phase=\"")
          .append(i.phase()).append("\">")
          .append("<div class=\"name\">").append(esc(l.get("phase." + i.phase()))).append("</div>")
          .append("<div class=\"dates\">")
          .append(esc(i.from().map(d -> l.get("from") + " " + d).orElse(l.get("since"))))
          .append(" — ")
          .append(esc(i.until().map(d -> l.get("to") + " " + d.minusDays(1)).orElse(l.get("onwards"))))
          .append("</div>");
      if (current) {
        h.append("<div class=\"dates\">").append(esc(l.get("current", report.asOf()))).append("</div>");
      }
      h.append("</div>\n");
    }
    h.append("</div>\n");
    Milestones m = contract.milestones();
    Map<String, Optional<LocalDate>> ms = new LinkedHashMap<>();
    ms.put("engagement", m.engagement());
    ms.put("letterOfIntent", m.letterOfIntent());
    ms.put("diagnosisStart", m.diagnosisStart());
    ms.put("diagnosisCompletion", m.diagnosisCompletion());
    ms.put("signature", m.signature());
    ms.put("end", m.end());
    if (ms.values().stream().anyMatch(Optional::isPresent)) {
      h.append("<dl class=\"milestones\">\n");
      ms.forEach((k, v) -> v.ifPresent(d -> h.append("<dt>").append(esc(l.get("milestone." + k)))
          .append("</dt><dd>").append(d).append("</dd>\n")));
      h.append("</dl>\n");
    }
    h.append("</section>\n");
  }

  private static void grid(StringBuilder h, YearGrid grid, ConformityReport report, Lang lang, Labels l,
      Frame frame) {
    h.append("<section id=\"").append(frame.id("grid")).append("\">\n").append(frame.open(1))
        .append(esc(l.get("grid"))).append(frame.close(1)).append("\n");
    if (grid.years().isEmpty()) {
      h.append("<p>").append(esc(l.get("grid.none", report.asOf()))).append("</p>\n</section>\n");
      return;
    }
    h.append("<table class=\"grid\">\n<thead><tr><th>").append(esc(l.get("row"))).append("</th><th>")
        .append(esc(l.get("expected"))).append("</th>");
    for (int y : grid.years()) {
      h.append("<th data-year=\"").append(y).append("\">").append(y).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (YearGrid.Line line : grid.lines()) {
      h.append("<tr data-row=\"").append(line.row()).append("\"><th>").append(esc(l.get("row." + line.row())))
          .append("</th><td>").append(esc(line.expected(l))).append("</td>");
      for (int y : grid.years()) {
        YearGrid.Cell c = line.cells().get(y);
        String tip = c.findings().stream().map(f -> f.ruleId() + " : " + f.message(lang.locale()))
            .collect(Collectors.joining(" | "));
        h.append("<td class=\"cell ").append(c.mark()).append("\" data-year=\"").append(y).append('"');
        if (!tip.isEmpty()) {
          h.append(" title=\"").append(esc(tip)).append('"');
        }
        h.append('>').append(esc(line.value(y, l)));
        if (!c.mark().symbol.isEmpty()) {
          h.append("<span class=\"mark\">").append(c.mark().symbol).append("</span>");
        }
        h.append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n</section>\n");
  }

  private static void findings(StringBuilder h, ConformityReport report, Lang lang, Labels l, Frame frame) {
    h.append("<section id=\"").append(frame.id("findings")).append("\">\n").append(frame.open(1))
        .append(esc(l.get("findings"))).append(" (").append(report.findings().size()).append(")")
        .append(frame.close(1)).append("\n");
    if (report.findings().isEmpty()) {
      h.append("<p>").append(esc(l.get("noFindings"))).append("</p>\n</section>\n");
      return;
    }
    h.append("<table class=\"findings\">\n<thead><tr><th>").append(esc(l.get("col.severity")))
        .append("</th><th>").append(esc(l.get("col.rule"))).append("</th><th>")
        .append(esc(l.get("col.element"))).append("</th><th>").append(esc(l.get("col.year")))
        .append("</th><th>").append(esc(l.get("col.message"))).append("</th><th>")
        .append(esc(l.get("col.source"))).append("</th></tr></thead>\n<tbody>\n");
    for (Finding f : report.findings()) {
      Severity s = f.severity();
      h.append("<tr class=\"finding\" data-rule=\"").append(esc(f.ruleId())).append("\">")
          .append("<td class=\"sev ").append(s).append("\">").append(s).append("</td>")
          .append("<td><code>").append(esc(f.ruleId())).append("</code></td>")
          .append("<td>").append(esc(f.elementId())).append("<br />").append("<code>").append(esc(f.path()))
          .append("</code></td>")
          .append("<td>").append(f.year().map(String::valueOf).orElse("")).append("</td>")
          .append("<td>").append(esc(f.message(lang.locale())));
      if (f.isToDo()) {
        h.append("<span class=\"todo\">").append(esc(l.get("todo"))).append("</span>");
      }
      h.append("</td><td>");
      for (Source src : f.sources()) {
        h.append("<blockquote>« ").append(esc(src.quote())).append(" »<br /><span class=\"src\">")
            .append(esc(src.document())).append(" — ").append(esc(src.title())).append("</span></blockquote>");
      }
      h.append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</section>\n");
  }

  /**
   * @param s a text
   * @return the text with {@code & < > " '} escaped, safe in element content and in quoted attributes, and
   *     every control or invisible character shown as an escape ({@link Printable}), so that the page is safe on
   *     a terminal too
   */
  static String esc(String s) {
    String t = Printable.escape(s);
    StringBuilder b = new StringBuilder(t.length() + 16);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
