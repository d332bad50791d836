package io.github.clsante.cls.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.agenda.Agenda;
import io.github.clsante.cls.agenda.AgendaItem;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Finding;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The text report's « À faire » section: the agenda after the header, before the findings. */
class TextReportAgendaTest {

  static Stream<String[]> documents() {
    return Cli.documents();
  }

  private static Agenda agenda(String file, String pack) {
    LocalHealthContract contract = Cli.read(file);
    return Agenda.of(Referentiels.byId(pack).check(contract, LocalDate.parse(Cli.AS_OF)), contract);
  }

  @Test
  void theTextReportShowsTheSectionAfterTheHeaderAndBeforeTheFindings() {
    ConformityReport report = HandMade.report();
    StringWriter w = new StringWriter();
    PrintWriter out = new PrintWriter(w);
    TextReport.print(out, HandMade.CONTRACT, HandMade.normandie(), report, Lang.fr, new Ansi(false));
    out.flush();
    List<String> lines = w.toString().lines().toList();
    int phase = lines.indexOf("Phase : mise en œuvre et évaluation");
    int todo = lines.indexOf("À faire (5)");
    int firstGroup = lines.indexOf("Erreurs (1)");
    assertThat(phase).isNotNegative();
    assertThat(todo).isGreaterThan(phase);
    assertThat(firstGroup).isGreaterThan(todo);
    assertThat(lines.subList(todo + 1, todo + 6)).containsExactly(
        "  22 décembre 2026  Comité de pilotage (copil)  NOR-COTECH-ANNUAL",
        "  31 décembre 2026  Comité de pilotage (copil)  NOR-COPIL-ANNUAL",
        "  20 février 2027   Prévenir les chutes (fa-1)  NOR-FICHES-VALIDATED",
        "  1er juillet 2027  CLS de X (cls-x)            NOR-ANNUAL-REPORT",
        "  sans date         Prévenir les chutes (fa-1)  NOR-ACTION-PILOT");
    // the findings are all still there, to-dos included
    for (Finding f : report.findings()) {
      assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("  " + f.ruleId()));
    }
  }

  @ParameterizedTest
  @MethodSource("documents")
  void theCheckReportListsTheAgendaBeforeTheFindings(String file, String pack) {
    Agenda agenda = agenda(file, pack);
    Cli.Result r = Cli.run("check", file, "--referentiel", pack, "--as-of", Cli.AS_OF);
    List<String> lines = r.outLines();
    if (agenda.isEmpty()) {
      assertThat(lines).noneMatch(l -> l.startsWith("À faire ("));
      return;
    }
    int section = lines.indexOf("À faire (" + agenda.items().size() + ")");
    assertThat(section).isPositive();
    assertThat(lines.get(section - 2)).startsWith("Phase : ");
    for (int n = 0; n < agenda.items().size(); n++) {
      AgendaItem item = agenda.items().get(n);
      assertThat(lines.get(section + 1 + n)).startsWith("  ").endsWith("  " + item.ruleId())
          .contains(item.finding().elementId());
      if (item.dueDate().isEmpty()) {
        assertThat(lines.get(section + 1 + n)).startsWith("  sans date  ");
      }
    }
    assertThat(lines.get(section + 1 + agenda.items().size())).isEmpty();
    assertThat(lines.get(section + 2 + agenda.items().size())).matches("^(Erreurs|Avertissements|Informations) \\(\\d+\\)");
  }
}
