package io.github.clsante.cls.render;

import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.report.Source;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings grouped by the element they are about, the groups in the report's order (so the most serious
 * first): each group named by the element's human name, with its kind, id and pointer in small print; within it
 * one block per rule, whose findings are listed before the rule's quotes, given once. Each block is a card that
 * is never split across printed pages. Stateless.
 */
final class FindingsSection {

  /** More findings than this, and the section starts on a new page when printed. */
  static final int LONG = 6;

  private FindingsSection() {}

  static void write(Html h, ConformityReport report, Elements elements, Texts t, Frame frame) {
    List<Finding> all = report.findings();
    h.raw("<section class=\"findings").raw(all.size() > LONG ? " long" : "").raw("\" id=\"")
        .raw(frame.id("findings")).raw("\">\n").raw(frame.open(1)).text(t.get("findings.title"))
        .raw(" <span class=\"n\">(").raw(all.size()).raw(")</span>").raw(frame.close(1)).raw("\n");
    if (all.isEmpty()) {
      h.el("p", "empty", t.get("findings.none")).raw("\n</section>\n");
      return;
    }
    h.el("p", "lead", t.get("findings.lead")).raw("\n");
    Map<String, Map<String, List<Finding>>> groups = new LinkedHashMap<>();
    for (Finding f : all) {
      groups.computeIfAbsent(f.elementId(), k -> new LinkedHashMap<>())
          .computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
    }
    int n = 0;
    for (Map.Entry<String, Map<String, List<Finding>>> g : groups.entrySet()) {
      n++;
      Elements.Element e = elements.of(g.getKey());
      List<String> paths = g.getValue().values().stream().flatMap(List::stream).map(Finding::path).toList();
      String pointer = commonPointer(paths);
      h.raw("<article class=\"group\" id=\"").raw(frame.id("el-" + n)).raw("\"").attr("data-element", g.getKey())
          .raw(">\n<header>").raw(frame.open(2)).text(e.name()).raw(frame.close(2)).raw("<p class=\"where\">")
          .text(e.kind()).raw(" · <code>").text(g.getKey()).raw("</code>");
      if (!pointer.isEmpty()) {
        h.raw(" · <code>").text(pointer).raw("</code>");
      }
      h.raw("</p></header>\n");
      for (Map.Entry<String, List<Finding>> r : g.getValue().entrySet()) {
        rule(h, r.getKey(), r.getValue(), pointer, t);
      }
      h.raw("</article>\n");
    }
    h.raw("</section>\n");
  }

  private static void rule(Html h, String ruleId, List<Finding> findings, String pointer, Texts t) {
    Finding first = findings.get(0);
    h.raw("<div class=\"rule ").raw(first.severity().name()).raw("\"").attr("data-rule", ruleId).raw(">\n")
        .raw("<ul class=\"items\">\n");
    for (Finding f : findings) {
      h.raw("<li class=\"finding ").raw(f.severity().name()).raw(f.isToDo() ? " to-do" : "").raw("\"")
          .attr("data-rule", f.ruleId()).attr("data-element", f.elementId());
      f.year().ifPresent(y -> h.raw(" data-year=\"").raw(y).raw("\""));
      if (f.isToDo()) {
        h.raw("><span class=\"badge-todo\">").text(t.get("toDo")).raw("</span>");
      } else {
        h.raw("><span class=\"sev ").raw(f.severity().name()).raw("\">").text(t.severity(f.severity()))
            .raw("</span>");
      }
      f.year().ifPresent(y -> h.raw(" <span class=\"year\">").text(t.get("findings.year", y)).raw("</span>"));
      h.raw(" <span class=\"msg\">").text(f.message(t.locale())).raw("</span>");
      f.dueDate().ifPresent(d -> h.raw(" <span class=\"due\">").text(t.get("todo.by", t.date(d))).raw("</span>"));
      if (!f.path().equals(pointer)) {
        h.raw(" <code class=\"path\">").text(f.path()).raw("</code>");
      }
      h.raw("</li>\n");
    }
    h.raw("</ul>\n");
    for (Source s : first.sources()) {
      h.raw("<blockquote class=\"quote\"><p>« ").text(s.quote()).raw(" »</p><p class=\"src\">")
          .text(s.document()).raw(" — ").text(s.title()).raw("</p></blockquote>\n");
    }
    h.raw("<p class=\"rule-id\">").text(t.get("findings.rule")).raw("<code>").text(ruleId)
        .raw("</code></p>\n</div>\n");
  }

  /** @return the longest pointer every path starts with, segment by segment; empty for the root */
  static String commonPointer(List<String> paths) {
    if (paths.isEmpty()) {
      return "";
    }
    String[] common = paths.get(0).split("/", -1);
    int n = common.length;
    for (String p : paths) {
      String[] s = p.split("/", -1);
      int i = 0;
      while (i < n && i < s.length && s[i].equals(common[i])) {
        i++;
      }
      n = i;
    }
    return n <= 1 ? "" : String.join("/", Arrays.copyOf(common, n));
  }
}
