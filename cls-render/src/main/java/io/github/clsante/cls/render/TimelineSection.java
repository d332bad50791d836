package io.github.clsante.cls.render;

import io.github.clsante.cls.calendar.PhaseInterval;
import io.github.clsante.cls.calendar.Phases;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.Milestones;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The phases of the contract as a bar whose segments are as wide as the phases are long, from the first dated
 * milestone to the last (or the check date, when later), with the check date marked; then the phases listed
 * with their dates and durations, and the milestones. A phase open at one end (no earlier milestone, no end
 * date) is drawn fading out over a short stretch rather than with an invented length. Stateless.
 */
final class TimelineSection {

  private TimelineSection() {}

  /**
   * One phase as drawn.
   *
   * @param interval the phase and its dates
   * @param start the first day drawn
   * @param days the days drawn from {@code start}
   * @param extra the stretch drawn for an open end, in days (before {@code start} for an open start with no
   *     day drawn, after for an open end)
   * @param extraBefore whether the extra stretch is before
   */
  record Segment(PhaseInterval interval, LocalDate start, long days, long extra, boolean extraBefore) {
    long width() {
      return days + extra;
    }
  }

  /**
   * @param m the milestones
   * @param asOf the check date
   * @return the phases as drawn, in order, each with a width in days (every width is positive)
   */
  static List<Segment> segments(Milestones m, LocalDate asOf) {
    List<LocalDate> known = new ArrayList<>(List.of(asOf));
    m.engagement().ifPresent(known::add);
    m.letterOfIntent().ifPresent(known::add);
    m.diagnosisStart().ifPresent(known::add);
    m.diagnosisCompletion().ifPresent(known::add);
    m.signature().ifPresent(known::add);
    m.end().ifPresent(e -> known.add(e.plusDays(1)));
    LocalDate w0 = known.stream().min(LocalDate::compareTo).orElseThrow();
    LocalDate w1 = known.stream().max(LocalDate::compareTo).orElseThrow();
    long total = Math.max(ChronoUnit.DAYS.between(w0, w1), 30);
    long open = Math.max(total / 12, 15);
    List<Segment> out = new ArrayList<>();
    for (PhaseInterval i : Phases.timeline(m)) {
      LocalDate start = i.from().filter(f -> f.isAfter(w0)).orElse(w0);
      LocalDate end = i.until().filter(u -> u.isBefore(w1)).orElse(w1);
      long days = Math.max(0, ChronoUnit.DAYS.between(start, end));
      if (i.until().isEmpty()) {
        out.add(new Segment(i, start, days, open, false));
      } else if (i.from().isEmpty() && days == 0) {
        out.add(new Segment(i, start, 0, open, true));
      } else if (days > 0) {
        out.add(new Segment(i, start, days, 0, false));
      }
    }
    return out;
  }

  static void write(Html h, LocalHealthContract contract, LocalDate asOf, Texts t, Frame frame) {
    Milestones m = contract.milestones();
    List<Segment> segments = segments(m, asOf);
    long total = segments.stream().mapToLong(Segment::width).sum();
    h.raw("<section class=\"timeline\" id=\"").raw(frame.id("timeline")).raw("\">\n").raw(frame.open(1))
        .text(t.get("timeline.title")).raw(frame.close(1)).raw("\n");
    h.raw("<div class=\"bar\" role=\"img\"").attr("aria-label", t.get("timeline.bar")).raw(">");
    long offset = 0;
    double today = -1;
    for (Segment s : segments) {
      PhaseInterval i = s.interval();
      boolean current = i.contains(asOf);
      h.raw("<div class=\"seg ").raw(i.phase().name()).raw(current ? " current" : "")
          .raw(s.extra() > 0 ? s.extraBefore() ? " open-start" : " open-end" : "").raw("\" style=\"width:")
          .raw(percent(s.width(), total)).raw("%");
      if (s.extra() > 0) {
        h.raw(";--fade:").raw(percent(s.extra(), s.width())).raw("%"); // only the open stretch fades out
      }
      h.raw("\" data-phase=\"").raw(i.phase().name()).raw("\"></div>");
      if (current) {
        long into = (s.extraBefore() ? s.extra() : 0)
            + Math.min(s.days(), Math.max(0, ChronoUnit.DAYS.between(s.start(), asOf)));
        today = (offset + into) * 100.0 / total;
      }
      offset += s.width();
    }
    if (today >= 0) {
      String side = today > 75 ? " right" : today < 25 ? " left" : "";
      h.raw("<div class=\"today").raw(side).raw("\" style=\"left:").raw(String.format(Locale.ROOT, "%.2f", today))
          .raw("%\"><span>").text(t.get("timeline.today", t.date(asOf))).raw("</span></div>");
    }
    h.raw("</div>\n<ol class=\"phases\">\n");
    for (Segment s : segments) {
      PhaseInterval i = s.interval();
      boolean current = i.contains(asOf);
      h.raw("<li class=\"phase").raw(current ? " current" : "").raw("\" data-phase=\"").raw(i.phase().name())
          .raw("\"><span class=\"swatch ").raw(i.phase().name()).raw("\"></span> <strong>")
          .text(t.phase(i.phase())).raw("</strong> <span class=\"dates\">").text(dates(i, t)).raw("</span>");
      if (i.from().isPresent() && i.until().isPresent()) {
        h.raw(" <span class=\"dur\">· ").text(t.duration(i.from().get(), i.until().get())).raw("</span>");
      }
      if (current) {
        h.raw(" <span class=\"now\">").text(t.get("timeline.current")).raw("</span>");
      }
      h.raw("</li>\n");
    }
    h.raw("</ol>\n");
    milestones(h, m, t, frame);
    h.raw("</section>\n");
  }

  private static String percent(long part, long total) {
    return String.format(Locale.ROOT, "%.2f", part * 100.0 / total);
  }

  private static String dates(PhaseInterval i, Texts t) {
    Optional<LocalDate> last = i.until().map(u -> u.minusDays(1));
    if (i.from().isPresent() && last.isPresent()) {
      return t.get("timeline.fromTo", t.date(i.from().get()), t.date(last.get()));
    }
    if (i.from().isPresent()) {
      return t.get("timeline.onwards", t.date(i.from().get()));
    }
    return last.map(l -> t.get("timeline.until", t.date(l))).orElse("");
  }

  private static void milestones(Html h, Milestones m, Texts t, Frame frame) {
    Map<String, Optional<LocalDate>> ms = new LinkedHashMap<>();
    ms.put("engagement", m.engagement());
    ms.put("letterOfIntent", m.letterOfIntent());
    ms.put("diagnosisStart", m.diagnosisStart());
    ms.put("diagnosisCompletion", m.diagnosisCompletion());
    ms.put("signature", m.signature());
    ms.put("end", m.end());
    h.raw(frame.open(2)).text(t.get("milestones.title")).raw(frame.close(2)).raw("\n");
    if (ms.values().stream().noneMatch(Optional::isPresent)) {
      h.el("p", "empty", t.get("milestones.none")).raw("\n");
      return;
    }
    h.raw("<dl class=\"milestones\">\n");
    ms.forEach((k, v) -> v.ifPresent(d -> h.raw("<dt>").text(t.get("milestone." + k)).raw("</dt><dd>")
        .raw("<time datetime=\"").raw(d.toString()).raw("\">").text(t.date(d)).raw("</time></dd>\n")));
    h.raw("</dl>\n");
  }
}
