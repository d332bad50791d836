package io.github.clsante.cls.render;

import io.github.clsante.cls.followup.YearStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An inline SVG chart of the COPIL and COTECH meetings held per year (so far, in the year in progress), against
 * the minimum of the référentiel's clauses and the COTECH's ideal band where the référentiel sets them. No
 * script, no external resource; sized in user units, scaled down to the width of a phone. Stateless.
 */
final class MeetingsChart {

  static final String COPIL = "#1d5fa8";
  static final String COTECH = "#c8640c";
  private static final int GROUP = 88;
  private static final int LEFT = 40;
  private static final int RIGHT = 16;
  private static final int TOP = 30;
  private static final int PLOT = 170;
  private static final int BOTTOM = 48;

  private MeetingsChart() {}

  static void write(Html h, YearGrid grid, Texts t, Frame frame) {
    YearGrid.Line copil = grid.line(YearGrid.Row.COPIL);
    YearGrid.Line cotech = grid.line(YearGrid.Row.COTECH);
    List<Integer> years = grid.years();
    OptionalInt copilMin = copil.minimum();
    OptionalInt cotechMin = cotech.minimum();
    Optional<Integer> idealLo = cotech.parameter("idealMinimum").filter(Number.class::isInstance)
        .map(n -> ((Number) n).intValue());
    Optional<Integer> idealHi = cotech.parameter("idealMaximum").filter(Number.class::isInstance)
        .map(n -> ((Number) n).intValue());
    int max = 1;
    for (int y : years) {
      max = Math.max(max, Math.max(copil.cell(y).count(), cotech.cell(y).count()));
    }
    max = Math.max(max, Math.max(copilMin.orElse(0), cotechMin.orElse(0)));
    max = Math.max(max, idealHi.orElse(0));
    int step = max <= 6 ? 1 : (max + 5) / 6;
    int top = (max / step + 1) * step; // headroom above the highest bar for its value
    int width = LEFT + years.size() * GROUP + RIGHT;
    int height = TOP + PLOT + BOTTOM;
    String title = frame.id("chart-title");
    String desc = frame.id("chart-desc");
    h.raw("<figure class=\"chart\" id=\"").raw(frame.id("chart")).raw("\">\n");
    h.raw("<svg class=\"meetings\" viewBox=\"0 0 ").raw(width).raw(" ").raw(height).raw("\" width=\"").raw(width)
        .raw("\" height=\"").raw(height).raw("\" role=\"img\" aria-labelledby=\"").raw(title).raw(" ").raw(desc)
        .raw("\">\n<title id=\"").raw(title).raw("\">").text(t.get("chart.title")).raw("</title>\n<desc id=\"")
        .raw(desc).raw("\">");
    for (int y : years) {
      h.text(t.get("chart.desc", grid.yearHeading(y, t.locale()), copil.cell(y).count(), cotech.cell(y).count()))
          .raw(" ");
    }
    h.raw("</desc>\n");
    // the ideal band, then the grid lines and their values
    if (idealLo.isPresent() && idealHi.isPresent()) {
      int y1 = y(idealHi.get(), top);
      int y2 = y(idealLo.get(), top);
      h.raw("<rect class=\"ideal\" x=\"").raw(LEFT).raw("\" y=\"").raw(y1).raw("\" width=\"")
          .raw(width - LEFT - RIGHT).raw("\" height=\"").raw(y2 - y1).raw("\" fill=\"").raw(COTECH)
          .raw("\" fill-opacity=\"0.10\" />\n");
    }
    for (int v = 0; v <= top; v += step) {
      int y = y(v, top);
      h.raw("<line x1=\"").raw(LEFT).raw("\" y1=\"").raw(y).raw("\" x2=\"").raw(width - RIGHT).raw("\" y2=\"")
          .raw(y).raw("\" stroke=\"#d6dde6\" stroke-width=\"1\" />")
          .raw("<text x=\"").raw(LEFT - 8).raw("\" y=\"").raw(y + 5).raw("\" text-anchor=\"end\" font-size=\"15\" "
              + "fill=\"#52606d\">").raw(v).raw("</text>\n");
    }
    for (int i = 0; i < years.size(); i++) {
      int yr = years.get(i);
      int x = LEFT + i * GROUP;
      bar(h, x + 12, copil.cell(yr), top, COPIL);
      bar(h, x + 46, cotech.cell(yr), top, COTECH);
      h.raw("<text x=\"").raw(x + GROUP / 2).raw("\" y=\"").raw(TOP + PLOT + 20)
          .raw("\" text-anchor=\"middle\" font-size=\"17\" font-weight=\"600\" fill=\"#1d2733\">").raw(yr)
          .raw("</text>");
      YearStatus s = copil.cell(yr).status();
      String sub = s == YearStatus.IN_PROGRESS ? t.get("chart.inProgress")
          : s == YearStatus.PARTIAL ? t.get("chart.partial") : "";
      if (!sub.isEmpty()) {
        h.raw("<text x=\"").raw(x + GROUP / 2).raw("\" y=\"").raw(TOP + PLOT + 38)
            .raw("\" text-anchor=\"middle\" font-size=\"15\" fill=\"#52606d\">").text(sub).raw("</text>");
      }
      h.raw("\n");
    }
    // the minimum: one line when both bodies have the same, else one per body
    if (copilMin.isPresent() && cotechMin.isPresent() && copilMin.getAsInt() == cotechMin.getAsInt()) {
      minimum(h, copilMin.getAsInt(), top, width, "#1d2733", t.get("chart.min", copilMin.getAsInt()));
    } else {
      if (copilMin.isPresent()) {
        minimum(h, copilMin.getAsInt(), top, width, COPIL, t.get("chart.minOf", "COPIL", copilMin.getAsInt()));
      }
      if (cotechMin.isPresent()) {
        minimum(h, cotechMin.getAsInt(), top, width, COTECH,
            t.get("chart.minOf", "COTECH", cotechMin.getAsInt()));
      }
    }
    h.raw("</svg>\n<figcaption>\n<span class=\"key\"><span class=\"sw copil\"></span> ").text("COPIL")
        .raw("</span> <span class=\"key\"><span class=\"sw cotech\"></span> ").text("COTECH").raw("</span>");
    if (copilMin.isPresent() || cotechMin.isPresent()) {
      h.raw(" <span class=\"key\"><span class=\"sw min\"></span> ");
      if (copilMin.isPresent() && cotechMin.isPresent() && copilMin.getAsInt() == cotechMin.getAsInt()) {
        h.text(t.get("chart.min", copilMin.getAsInt()));
      } else {
        List<String> parts = new ArrayList<>();
        copilMin.ifPresent(n -> parts.add(t.get("chart.minOf", "COPIL", n)));
        cotechMin.ifPresent(n -> parts.add(t.get("chart.minOf", "COTECH", n)));
        h.text(String.join(" · ", parts));
      }
      h.raw("</span>");
    }
    if (idealLo.isPresent() && idealHi.isPresent()) {
      h.raw(" <span class=\"key\"><span class=\"sw ideal\"></span> ").text(t.get("chart.ideal", idealLo.get(),
          idealHi.get())).raw("</span>");
    }
    h.raw("<br />").text(copilMin.isPresent() || cotechMin.isPresent() ? t.get("chart.caption")
        : t.get("chart.noMinimum")).raw("\n</figcaption>\n</figure>\n");
  }

  private static int y(int value, int top) {
    return TOP + PLOT - value * PLOT / top;
  }

  private static void bar(Html h, int x, YearGrid.Cell c, int top, String colour) {
    if (c.status() == YearStatus.OUTSIDE) {
      return;
    }
    int y = y(c.count(), top);
    boolean now = c.status() == YearStatus.IN_PROGRESS;
    boolean partial = c.status() == YearStatus.PARTIAL;
    h.raw("<rect x=\"").raw(x).raw("\" y=\"").raw(y).raw("\" width=\"30\" height=\"").raw(TOP + PLOT - y)
        .raw("\" fill=\"").raw(colour).raw("\"");
    if (now || partial) {
      h.raw(" fill-opacity=\"").raw(now ? "0.35" : "0.55").raw("\" stroke=\"").raw(colour)
          .raw("\" stroke-width=\"2\"").raw(now ? " stroke-dasharray=\"5 3\"" : "");
    }
    h.raw(" />");
    h.raw("<text x=\"").raw(x + 15).raw("\" y=\"").raw(y - 6).raw("\" text-anchor=\"middle\" font-size=\"16\" "
        + "font-weight=\"600\" fill=\"").raw(colour).raw("\">").raw(c.count()).raw("</text>");
  }

  private static void minimum(Html h, int value, int top, int width, String colour, String label) {
    int y = y(value, top);
    h.raw("<line class=\"minimum\" x1=\"").raw(LEFT).raw("\" y1=\"").raw(y).raw("\" x2=\"").raw(width - RIGHT)
        .raw("\" y2=\"").raw(y).raw("\" stroke=\"").raw(colour).raw("\" stroke-width=\"2\" stroke-dasharray=\"8 5\">")
        .raw("<title>").text(label).raw("</title></line>\n");
  }
}
