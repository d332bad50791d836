package io.github.clsante.cls.cli;

import io.github.clsante.cls.agenda.Agenda;
import io.github.clsante.cls.agenda.AgendaItem;
import io.github.clsante.cls.internal.Printable;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.referentiel.Referentiel;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The agenda as text: what is still to do, grouped by how soon it is due — within 30 days, within 90 days,
 * later, no due date —, one line per to-do (due date in words, the element's name with its id dimmed, the rule
 * id, the message). There is no "late" group: a to-do whose date has passed is a finding. Every string from the
 * document (names, ids, messages that quote it) goes through {@link Printable#escape}.
 */
final class AgendaText {

  /** The widest the element column is padded to: a longer name (a contract's, often) overflows its line only. */
  static final int ELEMENT_WIDTH = 60;

  private AgendaText() {}

  /**
   * Prints the agenda of {@code cls agenda --format text}.
   *
   * @param out where to print
   * @param contract the contract
   * @param referentiel the référentiel it was checked against
   * @param agenda its agenda
   * @param lang the language
   * @param ansi the colours
   */
  static void print(PrintWriter out, LocalHealthContract contract, Referentiel referentiel, Agenda agenda,
      Lang lang, Ansi ansi) {
    Labels l = new Labels(lang);
    String asOf = l.date(agenda.asOf());
    out.println(ansi.bold(l.line("contract", Printable.escape(contract.id()) + " — "
        + Printable.escape(contract.name()))));
    out.println(l.line("referentiel", Printable.escape(referentiel.id()) + " — "
        + Printable.escape(referentiel.title()) + " (" + l.get("version") + " "
        + Printable.escape(referentiel.version()) + ")"));
    groups(out, agenda, false, lang, ansi);
  }

  /**
   * Prints the agenda's heading line and its to-dos grouped by how soon they are due (within 30 days, within
   * 90 days, later, no due date), then the note that nothing here is late.
   *
   * @param out where to print
   * @param agenda the agenda (one contract's, or a portfolio's)
   * @param withContract whether each line names its contract (a portfolio)
   * @param lang the language
   * @param ansi the colours
   */
  static void groups(PrintWriter out, Agenda agenda, boolean withContract, Lang lang, Ansi ansi) {
    Labels l = new Labels(lang);
    String asOf = l.date(agenda.asOf());
    out.println(ansi.bold(l.get("agenda.header", asOf)) + " — " + l.get("agenda.counts", agenda.dated().size(),
        agenda.undated().size()));

    List<AgendaItem> within30 = agenda.dueWithin(30);
    List<AgendaItem> within90 = new ArrayList<>(agenda.dueWithin(90));
    within90.removeAll(within30);
    Set<AgendaItem> sooner = new HashSet<>(agenda.dueWithin(90));
    List<AgendaItem> later = agenda.dated().stream().filter(i -> !sooner.contains(i)).toList();

    if (agenda.dated().isEmpty()) {
      out.println();
      out.println(l.get("agenda.nothingDated", asOf));
    }
    group(out, l.get("agenda.within30"), within30, true, withContract, lang, l, ansi);
    group(out, l.get("agenda.within90"), within90, true, withContract, lang, l, ansi);
    group(out, l.get("agenda.later"), later, true, withContract, lang, l, ansi);
    group(out, l.get("agenda.undated"), agenda.undated(), false, withContract, lang, l, ansi);
    out.println();
    out.println(ansi.dim(l.get("agenda.late")));
  }

  /**
   * Prints the « À faire » section of the text report: every to-do with its due date, element and rule (no
   * message: the findings below give it). Nothing when there is nothing to do.
   *
   * @param out where to print
   * @param agenda the report's agenda
   * @param lang the language
   * @param ansi the colours
   */
  static void section(PrintWriter out, Agenda agenda, Lang lang, Ansi ansi) {
    if (agenda.isEmpty()) {
      return;
    }
    Labels l = new Labels(lang);
    out.println();
    out.println(ansi.bold(l.get("agenda.section") + " (" + agenda.items().size() + ")"));
    List<String[]> rows = new ArrayList<>();
    for (AgendaItem i : agenda.items()) {
      rows.add(new String[] {i.dueDate().map(d -> longDate(d, lang)).orElse(l.get("agenda.noDate")),
          Printable.escape(i.elementName()), Printable.escape(i.finding().elementId()),
          Printable.escape(i.ruleId()), null});
    }
    lines(out, rows, ansi);
  }

  private static void group(PrintWriter out, String title, List<AgendaItem> items, boolean dated,
      boolean withContract, Lang lang, Labels l, Ansi ansi) {
    if (items.isEmpty()) {
      return;
    }
    out.println();
    out.println(ansi.bold(title + " (" + items.size() + ")"));
    List<String[]> rows = new ArrayList<>();
    for (AgendaItem i : items) {
      String name = withContract && !i.elementName().equals(i.contractName())
          ? i.contractId() + " · " + i.elementName() : i.elementName();
      String id = withContract && !i.finding().elementId().equals(i.contractId())
          ? i.contractId() + " · " + i.finding().elementId() : i.finding().elementId();
      rows.add(new String[] {dated ? longDate(i.dueDate().orElseThrow(), lang) : null,
          Printable.escape(name), Printable.escape(id),
          Printable.escape(i.ruleId()), Printable.escape(i.finding().message(lang.locale()))});
    }
    lines(out, rows, ansi);
  }

  /**
   * Prints rows of {date or null, element name, element id, rule id, message or null}, columns aligned (the
   * element's up to {@link #ELEMENT_WIDTH}), the element's id dimmed after its name (alone when the name is the
   * id).
   */
  private static void lines(PrintWriter out, List<String[]> rows, Ansi ansi) {
    int dateWidth = 0;
    int elementWidth = 0;
    int ruleWidth = 0;
    for (String[] r : rows) {
      dateWidth = Math.max(dateWidth, r[0] == null ? 0 : width(r[0]));
      elementWidth = Math.max(elementWidth, Math.min(ELEMENT_WIDTH, width(element(r, s -> s))));
      ruleWidth = Math.max(ruleWidth, width(r[3]));
    }
    for (String[] r : rows) {
      StringBuilder b = new StringBuilder("  ");
      if (r[0] != null) {
        b.append(pad(r[0], dateWidth)).append("  ");
      }
      String plain = element(r, s -> s);
      b.append(element(r, ansi::dim)).append(" ".repeat(Math.max(0, elementWidth - width(plain)))).append("  ");
      b.append(ansi.bold(r[3]));
      if (r[4] != null) {
        b.append(" ".repeat(ruleWidth - width(r[3]))).append("  ").append(r[4]);
      }
      out.println(b.toString().stripTrailing());
    }
  }

  private static String element(String[] r, java.util.function.UnaryOperator<String> dim) {
    return r[1].equals(r[2]) ? r[2] : r[1] + " " + dim.apply("(" + r[2] + ")");
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(width - width(s));
  }

  private static int width(String s) {
    return s.codePointCount(0, s.length());
  }

  /**
   * @param date a date
   * @param lang the language
   * @return the date in words: « 30 juin 2027 », « 1er juillet 2027 », "30 June 2027"
   */
  static String longDate(LocalDate date, Lang lang) {
    return new Labels(lang).date(date);
  }
}
