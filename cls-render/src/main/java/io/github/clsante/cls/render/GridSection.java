package io.github.clsante.cls.render;

import io.github.clsante.cls.followup.YearStatus;
import java.util.stream.Collectors;

/**
 * The yearly follow-up: the grid (one line per thing followed, what the référentiel expects, one column per
 * year, the year in progress last) and the chart of the meetings. On a narrow screen each line becomes a card
 * whose cells are labelled with their year. Stateless.
 */
final class GridSection {

  private GridSection() {}

  static void write(Html h, YearGrid grid, Texts t, Frame frame) {
    h.raw("<section class=\"followup\" id=\"").raw(frame.id("grid")).raw("\">\n<div class=\"keep\">")
        .raw(frame.open(1)).text(t.get("grid.title")).raw(frame.close(1)).raw("\n");
    if (grid.years().isEmpty()) {
      h.el("p", "empty", t.get("grid.none", t.date(grid.asOf()))).raw("\n</div>\n</section>\n");
      return;
    }
    h.el("p", "lead", t.get("grid.lead", t.date(grid.asOf()))).raw("\n");
    h.raw("<div class=\"table-wrap\">\n<table class=\"grid cards\">\n<thead><tr><th scope=\"col\">")
        .text(t.get("grid.col.row")).raw("</th><th scope=\"col\">").text(t.get("grid.col.expected")).raw("</th>");
    for (int y : grid.years()) {
      boolean now = grid.yearInProgress().isPresent() && grid.yearInProgress().getAsInt() == y;
      h.raw("<th scope=\"col\" data-year=\"").raw(y).raw("\"").raw(now ? " class=\"in-progress\"" : "").raw(">")
          .raw(y);
      if (now) {
        h.raw("<span class=\"sub\">").text(t.get("grid.inProgressOn", t.date(grid.asOf()))).raw("</span>");
      }
      h.raw("</th>");
    }
    h.raw("</tr></thead>\n<tbody>\n");
    for (YearGrid.Line line : grid.lines()) {
      h.raw("<tr data-row=\"").raw(line.row().name()).raw("\"").raw(line.isJudged() ? "" : " class=\"unjudged\"")
          .raw("><th scope=\"row\">").text(line.label(t.locale()));
      if (line.isJudged()) {
        h.raw("<span class=\"ids\">").text(line.clauses().stream().map(c -> c.id())
            .collect(Collectors.joining(" · "))).raw("</span>");
      }
      h.raw("</th><td class=\"expected\"").attr("data-label", t.get("grid.col.expected")).raw(">")
          .text(line.expected(t.locale())).raw("</td>");
      for (int y : grid.years()) {
        YearGrid.Cell c = line.cell(y);
        String tip = c.findings().stream().map(f -> f.ruleId() + " : " + f.message(t.locale()))
            .collect(Collectors.joining(" | "));
        h.raw("<td class=\"cell ").raw(c.mark().name()).raw(" ").raw(c.status().name()).raw("\" data-year=\"")
            .raw(y).raw("\"").attr("data-label", grid.yearHeading(y, t.locale()));
        if (!tip.isEmpty()) {
          h.attr("title", tip);
        }
        h.raw("><span class=\"v\">").text(c.value(t.locale())).raw("</span>");
        if (!c.mark().symbol().isEmpty()) {
          h.raw("<span class=\"mark\">").text(c.mark().symbol()).raw("</span>");
        }
        String note = c.note(t.locale());
        if (!note.isEmpty() && c.status() != YearStatus.OUTSIDE) {
          h.raw("<span class=\"note\">").text(note).raw("</span>");
        }
        h.raw("</td>");
      }
      h.raw("</tr>\n");
    }
    h.raw("</tbody>\n</table>\n</div>\n");
    h.el("p", "legend", t.get("grid.legend")).raw("\n</div>\n");
    MeetingsChart.write(h, grid, t, frame);
    h.raw("</section>\n");
  }
}
