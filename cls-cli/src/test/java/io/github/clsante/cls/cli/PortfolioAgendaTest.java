package io.github.clsante.cls.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.agenda.Agenda;
import io.github.clsante.cls.agenda.AgendaItem;
import io.github.clsante.cls.json.ClsJson;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.referentiel.Referentiels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cls agenda} over a folder: one agenda, one calendar, for every contract of a portfolio. */
class PortfolioAgendaTest {

  private static final String AS_OF = "2026-02-15";

  /** Every contract of the examples folder, read and checked by the library itself, and its agenda. */
  private static List<Agenda> libraryAgendas() throws IOException {
    List<Agenda> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("../examples"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        LocalHealthContract c = ClsJson.reader().read(p);
        out.add(Agenda.of(Referentiels.forRegion(c.region()).check(c, LocalDate.parse(AS_OF)), c));
      }
    }
    return out;
  }

  @Test
  void oneCalendarHoldsEveryContractsDatedToDosWithUniqueUids() throws IOException {
    Cli.Result r = Cli.run("agenda", "../examples", "--as-of", AS_OF, "--format", "ics");
    assertThat(r.status()).isZero();
    Calendar cal = IcsAgendaTest.parse(r.out());
    List<VEvent> events = cal.getComponents(Component.VEVENT);
    int dated = libraryAgendas().stream().mapToInt(a -> a.dated().size()).sum();
    assertThat(dated).isPositive();
    assertThat(events).hasSize(dated);
    List<String> uids = events.stream().map(e -> e.getProperty(Property.UID).orElseThrow().getValue()).toList();
    assertThat(uids).doesNotHaveDuplicates();
    // the Mont-Saint-Michel contract's 2025 activity report, due 30 June 2026, is one of them
    assertThat(uids).contains("cls-msm-2023/NOR-ANNUAL-REPORT/cls-msm-2023/2025@cls");
  }

  @Test
  void theTextNamesEachToDosContractInDueDateOrder() throws IOException {
    Cli.Result r = Cli.run("agenda", "../examples", "--as-of", AS_OF);
    assertThat(r.status()).isZero();
    List<AgendaItem> all = Agenda.combine(LocalDate.parse(AS_OF), libraryAgendas()).items();
    List<String> lines = r.outLines().stream().filter(l -> l.startsWith("  ")).toList();
    assertThat(lines).hasSize(all.size());
    for (int i = 0; i < all.size(); i++) {
      assertThat(lines.get(i)).as("line %d", i).contains(all.get(i).ruleId()).contains(all.get(i).contractId());
    }
  }

  @Test
  void jsonIsRefusedForSeveralContractsInOneLine() {
    Cli.Result r = Cli.run("agenda", "../examples", "--as-of", AS_OF, "--format", "json");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).singleElement().asString().contains("--format text");
  }

  @Test
  void anUnreadableDocumentIsReportedAndTheOthersAreStillOnTheAgenda(@TempDir Path dir) throws IOException {
    Files.copy(Path.of("../examples/cls-mont-saint-michel-normandie.json"), dir.resolve("a.json"));
    Files.writeString(dir.resolve("b.json"), "{\"format\": \"cls/1\", \"id\": ");
    Cli.Result r = Cli.run("agenda", dir.toString(), "--as-of", AS_OF, "--format", "ics");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("b.json");
    assertThat(IcsAgendaTest.parse(r.out()).getComponents(Component.VEVENT)).isNotEmpty();
  }
}
