package io.github.clsante.cls.cli;

import io.github.clsante.cls.agenda.Agenda;
import io.github.clsante.cls.agenda.AgendaItem;
import io.github.clsante.cls.internal.Printable;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.report.Source;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * The agenda as an iCalendar file (RFC 5545, {@code METHOD:PUBLISH}) for Outlook, Thunderbird, Google Calendar:
 * one all-day event per dated to-do on its due date, with a reminder two weeks before; undated to-dos are not
 * events. Written by ical4j (CRLF line ends, lines folded, text escaped), validated before it is returned.
 *
 * <p>The output depends on the agenda and the check date only, never on the clock: {@code DTSTAMP} is midnight
 * UTC of the check date and {@code SEQUENCE} the check date's day number since 1970-01-01 (so a later check
 * supersedes an earlier one in applications that honour it); the {@code UID} is the item's key (each part
 * percent-encoded where it holds anything but letters, digits and {@code . _ ~ -}) followed by {@code @cls}, the
 * same for the same to-do in every run. Text from the document goes through {@link Printable#escape}, so that no
 * control character reaches the file.
 */
final class IcsAgenda {

  /** How long before its due date the reminder goes off. */
  static final java.time.Duration REMINDER = java.time.Duration.ofDays(-14);

  private IcsAgenda() {}

  /**
   * @param agenda the agenda
   * @param contract the contract it is about
   * @param referentiel the référentiel the contract was checked against
   * @param lang the language of summaries and descriptions
   * @param clsVersion the version of cls, for {@code PRODID} and the descriptions
   * @return the iCalendar text
   * @throws IllegalStateException when ical4j finds the calendar invalid (a bug)
   */
  static String write(Agenda agenda, LocalHealthContract contract, Referentiel referentiel, Lang lang,
      String clsVersion) {
    return write(agenda, contract.name(), item -> referentiel, lang, clsVersion);
  }

  /**
   * One calendar for several contracts (a portfolio's agenda). When two documents hold the same contract id, the
   * later events of one key get {@code ~2}, {@code ~3}… in their UID, so that every UID stays unique.
   *
   * @param agenda the agenda
   * @param calendarName what the calendar is about (a contract's name, or the portfolio)
   * @param referentielOf the référentiel each item's contract was checked against
   * @param lang the language of summaries and descriptions
   * @param clsVersion the version of cls, for {@code PRODID} and the descriptions
   * @return the iCalendar text
   * @throws IllegalStateException when ical4j finds the calendar invalid (a bug)
   */
  static String write(Agenda agenda, String calendarName, java.util.function.Function<AgendaItem, Referentiel>
      referentielOf, Lang lang, String clsVersion) {
    Labels l = new Labels(lang);
    LocalDate asOf = agenda.asOf();
    Calendar cal = new Calendar();
    cal.add(new ProdId("-//clsante//cls " + clsVersion + "//" + lang.name().toUpperCase(Locale.ROOT)));
    cal.add(ImmutableVersion.VERSION_2_0);
    cal.add(ImmutableCalScale.GREGORIAN);
    cal.add(ImmutableMethod.PUBLISH);
    cal.add(new XProperty("X-WR-CALNAME", l.get("ics.calname", text(calendarName))));
    java.util.Map<String, Integer> seen = new java.util.HashMap<>();
    for (AgendaItem item : agenda.dated()) {
      int n = seen.merge(uid(item), 1, Integer::sum);
      cal.add(event(item, referentielOf.apply(item), lang, l, asOf, clsVersion, n));
    }
    StringWriter w = new StringWriter();
    try {
      new CalendarOutputter(true).output(cal, w);
    } catch (ValidationException e) {
      throw new IllegalStateException("invalid calendar: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  private static VEvent event(AgendaItem item, Referentiel referentiel, Lang lang, Labels l, LocalDate asOf,
      String clsVersion, int occurrence) {
    Finding f = item.finding();
    LocalDate due = item.dueDate().orElseThrow();
    String message = text(f.message(lang.locale()));
    String summary = l.get("ics.summary", text(item.contractId()), message);

    VEvent e = new VEvent(false);
    String uid = uid(item);
    e.add(new Uid(occurrence == 1 ? uid : uid.replace("@cls", "~" + occurrence + "@cls")));
    e.add(new DtStamp(asOf.atStartOfDay(ZoneOffset.UTC).toInstant()));
    e.add(new DtStart<>(due));
    e.add(new DtEnd<>(due.plusDays(1)));
    e.add(new Sequence((int) asOf.toEpochDay()));
    e.add(new Summary(summary));
    e.add(new Description(description(item, referentiel, lang, l, asOf, clsVersion, message)));
    e.add(ImmutableTransp.TRANSPARENT);

    VAlarm alarm = new VAlarm(REMINDER);
    alarm.add(ImmutableAction.DISPLAY);
    alarm.add(new Description(l.get("ics.alarm", summary)));
    e.add(alarm);
    return e;
  }

  private static String description(AgendaItem item, Referentiel referentiel, Lang lang, Labels l, LocalDate asOf,
      String clsVersion, String message) {
    Finding f = item.finding();
    StringBuilder b = new StringBuilder(message).append("\n\n");
    b.append(l.get("ics.contract", text(item.contractName()), text(item.contractId()))).append('\n');
    String where = text(f.elementId()) + (f.path().isEmpty() ? "" : ", " + text(f.path()));
    b.append(l.get("ics.element", text(item.elementName()), where)).append('\n');
    f.year().ifPresent(y -> b.append(l.get("ics.year", y)).append('\n'));
    b.append(l.get("ics.due", AgendaText.longDate(item.dueDate().orElseThrow(), lang))).append('\n');
    b.append(l.get("ics.rule", text(f.ruleId()), text(referentiel.id()), text(referentiel.version())));
    if (!f.sources().isEmpty()) {
      b.append("\n\n").append(l.get("ics.quotes"));
      for (Source s : f.sources()) {
        b.append('\n').append(l.get("ics.quote", text(s.quote()), text(s.document()), text(s.title())));
      }
    }
    b.append("\n\n").append(l.get("ics.footer", clsVersion, AgendaText.longDate(asOf, lang)));
    return b.toString();
  }

  /**
   * @param item an agenda item
   * @return its iCalendar UID: the parts of its key, each percent-encoded where it holds anything but ASCII
   *     letters, digits and {@code . _ ~ -}, joined by {@code /}, then {@code @cls}
   */
  static String uid(AgendaItem item) {
    Finding f = item.finding();
    return encode(item.contractId()) + "/" + encode(f.ruleId()) + "/" + encode(f.elementId()) + "/"
        + f.year().map(String::valueOf).orElse("") + "@cls";
  }

  private static String encode(String part) {
    StringBuilder b = new StringBuilder();
    for (byte x : part.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '~'
          || c == '-') {
        b.append((char) c);
      } else {
        b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return b.toString();
  }

  /** Text for the file: no control character, every one shown as an escape. */
  private static String text(String s) {
    return Printable.escape(s);
  }
}
