package io.github.clsante.cls.render;

import io.github.clsante.cls.model.ActionSheet;
import io.github.clsante.cls.model.ActionStatus;
import io.github.clsante.cls.model.Axis;
import io.github.clsante.cls.model.LocalHealthContract;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The action plan at a glance: how many fiches, in how many axes, where they stand; then per axis its fiches
 * with their status and pilot (« Pilote : Claire Lemonnier (CPTS) »), fiches without an axis last. Stateless.
 */
final class PlanSection {

  /** More fiches than this, and the section starts on a new page when printed. */
  static final int LONG = 10;

  private PlanSection() {}

  static void write(Html h, LocalHealthContract contract, Elements elements, Texts t, Frame frame) {
    List<ActionSheet> fiches = contract.actionPlan().fiches();
    h.raw("<section class=\"plan").raw(fiches.size() > LONG ? " long" : "").raw("\" id=\"").raw(frame.id("plan"))
        .raw("\">\n").raw(frame.open(1)).text(t.get("plan.title")).raw(frame.close(1)).raw("\n");
    if (fiches.isEmpty()) {
      h.el("p", "empty", t.get("plan.none")).raw("\n</section>\n");
      return;
    }
    Map<String, List<ActionSheet>> byAxis = new LinkedHashMap<>();
    Map<String, String> titles = new LinkedHashMap<>();
    for (Axis a : contract.actionPlan().axes()) {
      byAxis.put(a.id(), new ArrayList<>());
      titles.put(a.id(), a.title());
    }
    List<ActionSheet> loose = new ArrayList<>();
    for (ActionSheet f : fiches) {
      Optional<List<ActionSheet>> axis = f.axisId().map(byAxis::get);
      if (axis.isPresent()) {
        axis.get().add(f);
      } else {
        loose.add(f);
      }
    }
    long axes = byAxis.values().stream().filter(l -> !l.isEmpty()).count();
    h.raw("<p class=\"lead\">").text(t.count("plan.lead", fiches.size()));
    if (axes > 0) {
      h.text(" " + t.count("plan.axes", axes));
    }
    h.text(t.get("plan.colon")).text(statuses(fiches, t)).raw("</p>\n");
    for (Map.Entry<String, List<ActionSheet>> e : byAxis.entrySet()) {
      if (!e.getValue().isEmpty()) {
        axis(h, e.getKey(), titles.get(e.getKey()), e.getValue(), elements, t, frame);
      }
    }
    if (!loose.isEmpty()) {
      axis(h, "", t.get("plan.noAxis"), loose, elements, t, frame);
    }
    h.raw("</section>\n");
  }

  private static void axis(Html h, String id, String title, List<ActionSheet> fiches, Elements elements, Texts t,
      Frame frame) {
    h.raw("<div class=\"axis\"").attr("data-axis", id).raw(">\n").raw(frame.open(2)).text(title);
    if (!id.isEmpty()) {
      h.raw(" <code class=\"id\">").text(id).raw("</code>");
    }
    h.raw(frame.close(2)).raw("\n<p class=\"axis-meta\">").text(t.count("plan.lead", fiches.size()))
        .text(t.get("plan.colon")).text(statuses(fiches, t)).raw("</p>\n");
    Map<ActionStatus, Long> counts = counts(fiches);
    h.raw("<div class=\"stack\" aria-hidden=\"true\">");
    counts.forEach((s, n) -> h.raw("<span class=\"").raw(s.name()).raw("\" style=\"width:")
        .raw(String.format(Locale.ROOT, "%.2f", n * 100.0 / fiches.size())).raw("%\"></span>"));
    h.raw("</div>\n<ul class=\"fiches\">\n");
    for (ActionSheet f : fiches) {
      h.raw("<li class=\"fiche\"").attr("data-fiche", f.id()).raw("><span class=\"status ")
          .raw(f.status().name()).raw("\">").text(t.status(f.status())).raw("</span> <div><span class=\"title\">")
          .text(f.title()).raw("</span> <code class=\"id\">").text(f.id()).raw("</code><br /><span class=\"pilot\">")
          .text(f.pilotId().map(p -> t.get("plan.pilot", elements.person(p))).orElse(t.get("plan.noPilot")))
          .raw("</span></div></li>\n");
    }
    h.raw("</ul>\n</div>\n");
  }

  private static Map<ActionStatus, Long> counts(List<ActionSheet> fiches) {
    Map<ActionStatus, Long> m = new EnumMap<>(ActionStatus.class);
    fiches.forEach(f -> m.merge(f.status(), 1L, Long::sum));
    return m;
  }

  /** @return « 12 en cours, 1 achevée », in the order of the statuses */
  private static String statuses(List<ActionSheet> fiches, Texts t) {
    List<String> parts = new ArrayList<>();
    counts(fiches).forEach((s, n) -> parts.add(t.count("plan.status." + s.name(), n)));
    return String.join(", ", parts);
  }
}
