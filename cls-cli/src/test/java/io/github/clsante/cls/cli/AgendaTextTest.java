package io.github.clsante.cls.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.agenda.Agenda;
import io.github.clsante.cls.internal.Printable;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.referentiel.Referentiel;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The agenda as text, from hand-made reports whose to-dos carry due dates. */
class AgendaTextTest {

  private static String print(Agenda agenda, LocalHealthContract contract, Lang lang, boolean colour) {
    StringWriter w = new StringWriter();
    PrintWriter out = new PrintWriter(w);
    AgendaText.print(out, contract, HandMade.normandie(), agenda, lang, new Ansi(colour));
    out.flush();
    return w.toString();
  }

  private static String section(Agenda agenda, Lang lang) {
    StringWriter w = new StringWriter();
    PrintWriter out = new PrintWriter(w);
    AgendaText.section(out, agenda, lang, new Ansi(false));
    out.flush();
    return w.toString();
  }

  @Test
  void frenchGroupsByHowSoonOneLinePerToDo() {
    Referentiel n = HandMade.normandie();
    String expected = String.join("\n",
        "Contrat : cls-x — CLS de X",
        "Référentiel : normandie — " + n.title() + " (version " + n.version() + ")",
        "À faire au 22 novembre 2026 — 4 à faire avec une échéance, 1 sans date",
        "",
        "Dans les 30 jours (1)",
        "  22 décembre 2026  Comité de pilotage (copil)  NOR-COTECH-ANNUAL  Réunir le comité avant la fin de l'année.",
        "",
        "Dans les 90 jours (2)",
        "  31 décembre 2026  Comité de pilotage (copil)  NOR-COPIL-ANNUAL      Réunir le COPIL en 2026.",
        "  20 février 2027   Prévenir les chutes (fa-1)  NOR-FICHES-VALIDATED  Valider la fiche fa-1 avant la signature.",
        "",
        "Plus tard (1)",
        "  1er juillet 2027  CLS de X (cls-x)  NOR-ANNUAL-REPORT  Remettre le rapport d'activité 2026.",
        "",
        "Sans date (1)",
        "  Prévenir les chutes (fa-1)  NOR-ACTION-PILOT  Identifier le pilote de la fiche fa-1.",
        "",
        "Rien n'est « en retard » ici : une fois son échéance passée, une chose à faire devient un constat, que "
            + "montre « cls check ».",
        "");
    assertThat(print(HandMade.agenda(), HandMade.CONTRACT, Lang.fr, false)).isEqualTo(expected);
  }

  @Test
  void englishSpeaksEnglish() {
    List<String> lines = print(HandMade.agenda(), HandMade.CONTRACT, Lang.en, false).lines().toList();
    assertThat(lines).contains(
        "Contract: cls-x — CLS de X",
        "To do on 22 November 2026 — 4 to do with a due date, 1 without",
        "Within 30 days (1)",
        "  22 December 2026  Comité de pilotage (copil)  NOR-COTECH-ANNUAL  Hold the committee before the end of the year.",
        "Within 90 days (2)",
        "  20 February 2027  Prévenir les chutes (fa-1)  NOR-FICHES-VALIDATED  Validate fiche fa-1 before the signature.",
        "Later (1)",
        "  1 July 2027  CLS de X (cls-x)  NOR-ANNUAL-REPORT  Hand in the activity report for 2026.",
        "No due date (1)",
        "  Prévenir les chutes (fa-1)  NOR-ACTION-PILOT  Name the pilot of fiche fa-1.");
    assertThat(lines.get(lines.size() - 1)).startsWith("Nothing here is \"late\"");
    assertThat(String.join("\n", lines)).doesNotContain("À faire").doesNotContain("Dans les").doesNotContain("juillet")
        .doesNotContain("Réunir");
  }

  @Test
  void nothingDatedIsSaidInOneLineAndTheUndatedStillListed() {
    Agenda undatedOnly = Agenda.of(HandMade.report(HandMade.PILOT, HandMade.JUDGED), HandMade.CONTRACT);
    List<String> lines = print(undatedOnly, HandMade.CONTRACT, Lang.fr, false).lines().toList();
    assertThat(lines).contains("Rien de daté à prévoir au 22 novembre 2026.", "Sans date (1)")
        .noneMatch(l -> l.startsWith("Dans les") || l.startsWith("Plus tard"));

    Agenda nothing = Agenda.of(HandMade.report(HandMade.JUDGED), HandMade.CONTRACT);
    List<String> none = print(nothing, HandMade.CONTRACT, Lang.en, false).lines().toList();
    assertThat(none).contains("Nothing dated to plan for on 22 November 2026.")
        .noneMatch(l -> l.startsWith("  "));
  }

  @Test
  void controlCharactersFromTheDocumentAreShownNotObeyed() {
    LocalHealthContract evil = HandMade.contract("cls-x", "CLS\u001b[2J de X", "Comité\nfaux\rCOPIL",
        "Fiche\u202e inversée\u0007");
    Agenda agenda = Agenda.of(HandMade.report(HandMade.COPIL, HandMade.PILOT), evil);
    String out = print(agenda, evil, Lang.fr, false);
    assertThat(out).doesNotContain("\u001b").doesNotContain("\r").doesNotContain("\u202e").doesNotContain("\u0007");
    assertThat(out.lines().toList()).contains("Contrat : cls-x — CLS\\u001b[2J de X")
        .anySatisfy(l -> assertThat(l).startsWith("  31 décembre 2026  Comité\\nfaux\\rCOPIL (copil)  NOR-COPIL-ANNUAL"))
        .anySatisfy(l -> assertThat(l).startsWith("  Fiche\\u202e inversée\\u0007 (fa-1)  NOR-ACTION-PILOT"));
    // with colours on, the only escapes are ours
    String coloured = print(agenda, evil, Lang.fr, true);
    assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(out);
  }

  @Test
  void coloursDimTheIdAndKeepTheAlignment() {
    String plain = print(HandMade.agenda(), HandMade.CONTRACT, Lang.fr, false);
    String coloured = print(HandMade.agenda(), HandMade.CONTRACT, Lang.fr, true);
    assertThat(coloured).contains("Comité de pilotage \u001b[2m(copil)\u001b[0m");
    assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain);
  }

  @Test
  void theReportSectionListsEveryToDoWithItsDateElementAndRule() {
    assertThat(section(HandMade.agenda(), Lang.fr)).isEqualTo(String.join("\n",
        "",
        "À faire (5)",
        "  22 décembre 2026  Comité de pilotage (copil)  NOR-COTECH-ANNUAL",
        "  31 décembre 2026  Comité de pilotage (copil)  NOR-COPIL-ANNUAL",
        "  20 février 2027   Prévenir les chutes (fa-1)  NOR-FICHES-VALIDATED",
        "  1er juillet 2027  CLS de X (cls-x)            NOR-ANNUAL-REPORT",
        "  sans date         Prévenir les chutes (fa-1)  NOR-ACTION-PILOT",
        ""));
    assertThat(section(HandMade.agenda(), Lang.en)).contains("To do (5)")
        .contains("  no due date       Prévenir les chutes (fa-1)  NOR-ACTION-PILOT");
    assertThat(section(Agenda.of(HandMade.report(HandMade.JUDGED), HandMade.CONTRACT), Lang.fr)).isEmpty();
  }

  @Test
  void longDatesInWords() {
    assertThat(AgendaText.longDate(LocalDate.of(2027, 6, 30), Lang.fr)).isEqualTo("30 juin 2027");
    assertThat(AgendaText.longDate(LocalDate.of(2027, 6, 1), Lang.fr)).isEqualTo("1er juin 2027");
    assertThat(AgendaText.longDate(LocalDate.of(2026, 8, 2), Lang.fr)).isEqualTo("2 août 2026");
    assertThat(AgendaText.longDate(LocalDate.of(2027, 6, 30), Lang.en)).isEqualTo("30 June 2027");
    assertThat(AgendaText.longDate(LocalDate.of(2027, 6, 1), Lang.en)).isEqualTo("1 June 2027");
  }

  @Test
  void theTerminalEscapeTheAgendaUsesShowsWhatMovesOrHidesText() {
    assertThat(Printable.escape("a\nb\tc\rd")).isEqualTo("a\\nb\\tc\\rd");
    assertThat(Printable.escape("\u001b[31mrouge\u009b")).isEqualTo("\\u001b[31mrouge\\u009b");
    assertThat(Printable.escape("x\u202ey\u200bz\ufeff")).isEqualTo("x\\u202ey\\u200bz\\ufeff");
    assertThat(Printable.escape("lone \ud800 surrogate")).isEqualTo("lone \\ud800 surrogate");
    assertThat(Printable.escape("tag \udb40\udc41")).isEqualTo("tag \\udb40\\udc41");
    String kept = "Comité « santé » — Cœur d'Hérault 👩\u200d⚕️ \\n";
    assertThat(Printable.escape(kept)).isEqualTo(kept);
  }
}
