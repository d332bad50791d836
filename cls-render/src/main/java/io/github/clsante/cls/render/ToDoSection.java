package io.github.clsante.cls.render;

import io.github.clsante.cls.agenda.Agenda;
import io.github.clsante.cls.agenda.AgendaItem;

/**
 * « À faire »: the contract's agenda — its to-dos by due date, undated ones last — each with its element's human
 * name, its message and its rule. Stateless.
 */
final class ToDoSection {

  /** More items than this, and the section starts on a new page when printed. */
  static final int LONG = 12;

  private ToDoSection() {}

  static void write(Html h, Agenda agenda, Texts t, Frame frame) {
    h.raw("<section class=\"todo").raw(agenda.items().size() > LONG ? " long" : "").raw("\" id=\"")
        .raw(frame.id("todo")).raw("\">\n").raw(frame.open(1)).text(t.get("todo.title")).raw(" <span class=\"n\">(")
        .raw(agenda.items().size()).raw(")</span>").raw(frame.close(1)).raw("\n");
    if (agenda.isEmpty()) {
      h.el("p", "empty", t.get("todo.none", t.date(agenda.asOf()))).raw("\n</section>\n");
      return;
    }
    h.el("p", "lead", t.get("todo.lead", t.date(agenda.asOf()))).raw("\n<ol class=\"todos\">\n");
    for (AgendaItem i : agenda.items()) {
      h.raw("<li class=\"todo-item").raw(i.dueDate().isPresent() ? "" : " undated").raw("\"")
          .attr("data-key", i.key()).attr("data-rule", i.ruleId()).raw(">");
      h.el("p", "due", i.dueDate().map(d -> t.get("todo.by", t.date(d))).orElse(t.get("todo.undated")));
      h.raw("<div class=\"what\">").el("p", "el", i.elementName()).el("p", "msg", i.finding().message(t.locale()))
          .raw("<p class=\"ref\"><code>").text(i.ruleId()).raw("</code>");
      i.finding().year().ifPresent(y -> h.raw(" · ").text(t.get("findings.year", y)));
      h.raw("</p></div></li>\n");
    }
    h.raw("</ol>\n</section>\n");
  }
}
