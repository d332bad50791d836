package io.github.clsante.cls.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.cls.cli.Main;
import io.github.clsante.cls.referentiel.Referentiels;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the portfolio benchmark (issue #12) compiling and honest on a few contracts: the documents it writes, the
 * API pass, the lines {@link Driver} parses, the command's summary. Never asserts on time.
 */
class PortfolioSmokeTest {

  @TempDir
  Path dir;

  @Test
  void portfolioContractsHaveTheTypicalShapeInBothRegions() {
    var typical = Contracts.typical();
    var normandie = Contracts.portfolio(0);
    var occitanie = Contracts.portfolio(1);
    assertThat(Contracts.elements(normandie)).isEqualTo(Contracts.elements(typical));
    assertThat(Contracts.elements(occitanie)).isEqualTo(Contracts.elements(typical));
    assertThat(normandie.region()).isEqualTo("Normandie");
    assertThat(occitanie.region()).isEqualTo("Occitanie");
    assertThat(normandie.id()).isNotEqualTo(occitanie.id()).isNotEqualTo(Contracts.portfolio(2).id());
    assertThat(occitanie.territory().departements()).containsExactly("31");
    assertThat(Referentiels.byId("normandie").check(normandie, Contracts.AS_OF).findings())
        .as("the same deliberate gaps as the typical contract")
        .hasSameSizeAs(Referentiels.byId("normandie").check(typical, Contracts.AS_OF).findings());
    assertThat(Contracts.scaled(1).id()).as("the single-contract benchmarks keep their contract").isEqualTo(
        "cls-bench-1");
  }

  @Test
  void apiPassReadsAndChecksEveryDocumentAgainstItsRegionsPack() {
    long bytes = PortfolioRun.write(dir, 6);
    assertThat(bytes).isPositive();
    assertThat(PortfolioRun.list(dir)).hasSize(6);
    assertThat(PortfolioRun.write(dir, 6)).as("the same folder is kept as it is").isEqualTo(bytes);
    assertThatThrownBy(() -> PortfolioRun.write(dir, 5)).isInstanceOf(IllegalStateException.class);

    var parallel = PortfolioRun.pass(dir, 2, Contracts.AS_OF);
    var serial = PortfolioRun.pass(dir, 1, Contracts.AS_OF);
    assertThat(parallel.report().entries()).hasSize(6);
    assertThat(parallel.report().failures()).isEmpty();
    assertThat(parallel.seconds()).isPositive();
    String d = PortfolioRun.describe(parallel.report());
    assertThat(Driver.value(d, "checked")).isEqualTo("6");
    assertThat(Driver.value(d, "normandie")).isEqualTo("3");
    assertThat(Driver.value(d, "occitanie")).isEqualTo("3");
    assertThat(Long.parseLong(Driver.value(d, "findings"))).isPositive();
    assertThat(PortfolioRun.describe(serial.report())).as("one thread finds the same").isEqualTo(d);
  }

  @Test
  void mainPrintsTheLinesTheDriverParses() {
    Path d4 = dir.resolve("4");
    Path d2 = dir.resolve("2");
    Path d6 = dir.resolve("6");
    PortfolioRun.write(d4, 4);
    PortfolioRun.write(d2, 2);
    PortfolioRun.write(d6, 6);
    PrintStream stdout = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      PortfolioRun.main(new String[] {Contracts.AS_OF.toString(), "1", "2", d4.toString(), d2.toString(),
          d6.toString()});
    } finally {
      System.setOut(stdout);
    }
    List<String> lines = buffer.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(0)).startsWith("JVM ");
    assertThat(Integer.parseInt(Driver.value(lines.get(0), "processors"))).isPositive();
    assertThat(lines).filteredOn(l -> l.startsWith("WARMUP ")).hasSize(1);
    List<String> runs = lines.stream().filter(l -> l.startsWith("RUN ")).toList();
    assertThat(runs).extracting(l -> Driver.value(l, "case"))
        .containsExactly("parallel", "serial", "n100", "n10000", "parallel", "serial", "n100", "n10000");
    assertThat(runs).extracting(l -> Driver.value(l, "n")).containsExactly("4", "4", "2", "6", "4", "4", "2", "6");
    assertThat(runs).extracting(l -> Driver.value(l, "threads")).contains("1");
    // the 100 are timed over several passes back to back, the others in one
    assertThat(runs).extracting(l -> Driver.value(l, "passes"))
        .containsExactly("1", "1", String.valueOf(PortfolioRun.SMALL_PASSES), "1", "1", "1",
            String.valueOf(PortfolioRun.SMALL_PASSES), "1");
    assertThat(runs).allSatisfy(l -> {
      assertThat(Driver.value(l, "failed")).isEqualTo("0");
      assertThat(Double.parseDouble(Driver.value(l, "cpu"))).isNotNegative();
    });
  }

  @Test
  void commandSummaryListsEveryContract() {
    PortfolioRun.write(dir, 4);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.commandLine(false, new PrintWriter(out), new PrintWriter(err))
        .execute("check", dir.toString(), "--summary", "--as-of", Contracts.AS_OF.toString());
    assertThat(status).as(err.toString()).isEqualTo(Main.NOT_CONFORMING);
    assertThat(out.toString().lines().filter(l -> l.contains("cls-bench-portfolio-"))).hasSize(4);
  }

  @Test
  void median() {
    assertThat(Driver.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
    assertThat(Driver.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
  }
}
