package io.github.clsante.cls.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.agenda.Agenda;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.referentiel.Referentiel;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The agenda as an iCalendar file, from hand-made reports whose to-dos carry due dates, parsed back by ical4j. */
class IcsAgendaTest {

  private static String ics(Agenda agenda, LocalHealthContract contract, Lang lang) {
    return IcsAgenda.write(agenda, contract, HandMade.normandie(), lang, "9.8.7");
  }

  static Calendar parse(String ics) {
    try {
      return new CalendarBuilder().build(new StringReader(ics));
    } catch (Exception e) {
      throw new AssertionError("not a calendar: " + e.getMessage() + "\n" + ics, e);
    }
  }

  static String value(PropertyContainer c, String property) {
    return c.getProperty(property).map(Property::getValue).orElseThrow(() -> new AssertionError("no " + property));
  }

  static Map<String, VEvent> eventsByUid(Calendar cal) {
    List<VEvent> events = cal.getComponents(Component.VEVENT);
    return events.stream().collect(Collectors.toMap(e -> value(e, Property.UID), Function.identity()));
  }

  @Test
  void oneAllDayEventPerDatedToDoWithItsReminder() {
    String ics = ics(HandMade.agenda(), HandMade.CONTRACT, Lang.fr);
    Calendar cal = parse(ics);
    assertThat(value(cal, Property.METHOD)).isEqualTo("PUBLISH");
    assertThat(value(cal, Property.VERSION)).isEqualTo("2.0");
    assertThat(value(cal, Property.PRODID)).isEqualTo("-//clsante//cls 9.8.7//FR");
    assertThat(value(cal, "X-WR-CALNAME")).isEqualTo("À faire — CLS de X");

    Map<String, VEvent> events = eventsByUid(cal);
    // four dated to-dos; the undated one and the judged ERROR are not events
    assertThat(events).containsOnlyKeys("cls-x/NOR-COTECH-ANNUAL/copil/2026@cls",
        "cls-x/NOR-COPIL-ANNUAL/copil/2026@cls", "cls-x/NOR-FICHES-VALIDATED/fa-1/@cls",
        "cls-x/NOR-ANNUAL-REPORT/cls-x/2026@cls");
    assertEvent(events.get("cls-x/NOR-COTECH-ANNUAL/copil/2026@cls"), "20261222", "20261223",
        "cls-x — Réunir le comité avant la fin de l'année.");
    assertEvent(events.get("cls-x/NOR-COPIL-ANNUAL/copil/2026@cls"), "20261231", "20270101",
        "cls-x — Réunir le COPIL en 2026.");
    assertEvent(events.get("cls-x/NOR-FICHES-VALIDATED/fa-1/@cls"), "20270220", "20270221",
        "cls-x — Valider la fiche fa-1 avant la signature.");
    VEvent report = events.get("cls-x/NOR-ANNUAL-REPORT/cls-x/2026@cls");
    assertEvent(report, "20270701", "20270702", "cls-x — Remettre le rapport d'activité 2026.");

    String description = value(report, Property.DESCRIPTION);
    assertThat(description.lines().toList()).containsSubsequence(
        "Remettre le rapport d'activité 2026.",
        "Contrat : CLS de X (cls-x)",
        "Élément : CLS de X (cls-x)",
        "Année : 2026",
        "Échéance : 1er juillet 2027",
        "Règle : NOR-ANNUAL-REPORT, référentiel normandie (version " + HandMade.normandie().version() + ")",
        "Ce que dit le référentiel :",
        "« Le COPIL se réunit au moins une fois par an » — NOR-GOV, " + HandMade.GOV.title(),
        "« Chaque fiche action du CLS aura un pilote d'action identifié » — NOR-MET, " + HandMade.MET.title(),
        "Vérifié par cls 9.8.7 au 22 novembre 2026. Une fois la chose faite, cet évènement reste dans votre "
            + "agenda : supprimez-le vous-même.");
    assertThat(value(events.get("cls-x/NOR-FICHES-VALIDATED/fa-1/@cls"), Property.DESCRIPTION))
        .contains("Élément : Prévenir les chutes (fa-1, /actionPlan/fiches/0)").doesNotContain("Année");
  }

  private static void assertEvent(VEvent e, String start, String end, String summary) {
    assertThat(e.getProperty(Property.DTSTART).orElseThrow().getParameter("VALUE").orElseThrow().getValue())
        .isEqualTo("DATE");
    assertThat(value(e, Property.DTSTART)).isEqualTo(start);
    assertThat(e.getProperty(Property.DTEND).orElseThrow().getParameter("VALUE").orElseThrow().getValue())
        .isEqualTo("DATE");
    assertThat(value(e, Property.DTEND)).isEqualTo(end);
    assertThat(value(e, Property.SUMMARY)).isEqualTo(summary);
    assertThat(value(e, Property.DTSTAMP)).isEqualTo("20261122T000000Z");
    assertThat(value(e, Property.SEQUENCE)).isEqualTo("20779"); // days from 1970-01-01 to 2026-11-22
    assertThat(value(e, Property.TRANSP)).isEqualTo("TRANSPARENT");
    List<VAlarm> alarms = e.getAlarms();
    assertThat(alarms).hasSize(1);
    // ical4j reads -P14D back as two weeks: what matters is when it goes off
    java.time.temporal.TemporalAmount trigger = ((net.fortuna.ical4j.model.property.Trigger) alarms.get(0)
        .getProperty(Property.TRIGGER).orElseThrow()).getDuration();
    LocalDate due = LocalDate.parse(start, java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
    assertThat(due.atStartOfDay().plus(trigger)).isEqualTo(due.minusDays(14).atStartOfDay());
    assertThat(value(alarms.get(0), Property.ACTION)).isEqualTo("DISPLAY");
    assertThat(value(alarms.get(0), Property.DESCRIPTION)).isEqualTo("Dans deux semaines : " + summary);
  }

  @Test
  void englishSummariesAndDescriptions() {
    Map<String, VEvent> events = eventsByUid(parse(ics(HandMade.agenda(), HandMade.CONTRACT, Lang.en)));
    VEvent report = events.get("cls-x/NOR-ANNUAL-REPORT/cls-x/2026@cls");
    assertThat(value(report, Property.SUMMARY)).isEqualTo("cls-x — Hand in the activity report for 2026.");
    assertThat(value(report, Property.DESCRIPTION)).contains("Contract: CLS de X (cls-x)").contains("Year: 2026")
        .contains("Due: 1 July 2027").contains("What the référentiel says:")
        .contains("Checked by cls 9.8.7 on 22 November 2026.")
        .doesNotContain("Échéance").doesNotContain("Contrat :");
    assertThat(value(report.getAlarms().get(0), Property.DESCRIPTION)).startsWith("In two weeks: ");
  }

  @Test
  void theFileIsRfc5545TextAndTheSameForTheSameCheckDate() {
    String ics = ics(HandMade.agenda(), HandMade.CONTRACT, Lang.fr);
    assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
    assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    for (String line : ics.split("\r\n")) {
      assertThat(line.length()).as(line).isLessThanOrEqualTo(75);
    }
    assertThat(ics).contains("\r\n "); // long descriptions are folded
    assertThat(ics).contains("DTSTART;VALUE=DATE:20261231\r\n");
    assertThat(ics.split("\r\nTRIGGER:-P14D\r\n", -1)).hasSize(5); // one per event, as written
    assertThat(ics(HandMade.agenda(), HandMade.CONTRACT, Lang.fr).getBytes(StandardCharsets.UTF_8))
        .isEqualTo(ics.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aLaterCheckDateGivesAHigherSequenceAndTheSameUids() {
    Agenda later = Agenda.of(new io.github.clsante.cls.report.ConformityReport("normandie", "cls-x",
        LocalDate.of(2026, 12, 1), io.github.clsante.cls.calendar.Phase.IMPLEMENTATION_AND_EVALUATION,
        List.of(HandMade.COPIL)), HandMade.CONTRACT);
    VEvent e = eventsByUid(parse(ics(later, HandMade.CONTRACT, Lang.fr))).get("cls-x/NOR-COPIL-ANNUAL/copil/2026@cls");
    assertThat(value(e, Property.SEQUENCE)).isEqualTo("20788");
    assertThat(value(e, Property.DTSTAMP)).isEqualTo("20261201T000000Z");
  }

  @Test
  void nothingDatedIsAnEmptyCalendar() {
    Agenda undatedOnly = Agenda.of(HandMade.report(HandMade.PILOT), HandMade.CONTRACT);
    Calendar cal = parse(ics(undatedOnly, HandMade.CONTRACT, Lang.fr));
    assertThat(cal.getComponents()).isEmpty();
    assertThat(value(cal, Property.METHOD)).isEqualTo("PUBLISH");
  }

  @Test
  void uidsHoldNoProblematicCharacterAndStayDistinct() {
    LocalHealthContract odd = HandMade.contract("cls x/é@1", "CLS, de; X\\", "Comité\u001b[31m",
        "Fiche\nà deux lignes");
    Agenda agenda = Agenda.of(new io.github.clsante.cls.report.ConformityReport("normandie", "cls x/é@1",
        HandMade.AS_OF, io.github.clsante.cls.calendar.Phase.IMPLEMENTATION_AND_EVALUATION,
        List.of(HandMade.COPIL, HandMade.SIGN)), odd);
    String ics = ics(agenda, odd, Lang.fr);
    assertThat(ics).doesNotContain("\u001b");
    Map<String, VEvent> events = eventsByUid(parse(ics));
    assertThat(events).containsOnlyKeys("cls%20x%2F%C3%A9%401/NOR-COPIL-ANNUAL/copil/2026@cls",
        "cls%20x%2F%C3%A9%401/NOR-FICHES-VALIDATED/fa-1/@cls");
    assertThat(events.keySet()).allSatisfy(uid -> assertThat(uid).matches("[A-Za-z0-9._~%/-]+@cls"));
    VEvent copil = events.get("cls%20x%2F%C3%A9%401/NOR-COPIL-ANNUAL/copil/2026@cls");
    assertThat(value(copil, Property.SUMMARY)).isEqualTo("cls x/é@1 — Réunir le COPIL en 2026.");
    assertThat(value(copil, Property.DESCRIPTION)).contains("Contrat : CLS, de; X\\ (cls x/é@1)")
        .contains("Élément : Comité\\u001b[31m (copil, /governance/bodies/0)");
    assertThat(value(events.get("cls%20x%2F%C3%A9%401/NOR-FICHES-VALIDATED/fa-1/@cls"), Property.DESCRIPTION))
        .contains("Élément : Fiche\\nà deux lignes (fa-1, /actionPlan/fiches/0)");
  }

  @Test
  void theReferentielsVersionIsInEveryDescription() {
    Referentiel n = HandMade.normandie();
    eventsByUid(parse(ics(HandMade.agenda(), HandMade.CONTRACT, Lang.en))).values().forEach(e ->
        assertThat(value(e, Property.DESCRIPTION)).contains("référentiel normandie (version " + n.version() + ")"));
  }
}
