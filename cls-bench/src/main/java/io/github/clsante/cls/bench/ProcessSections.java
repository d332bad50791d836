package io.github.clsante.cls.bench;

import io.github.clsante.cls.model.LocalHealthContract;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * The sections of {@link Report} measured by running processes: the portfolio (section 7) and the command a person
 * waits for (section 8).
 */
abstract class ProcessSections extends ReportBase {

  ProcessSections(Path dir) throws IOException {
    super(dir);
  }

  void portfolio() throws IOException {
    Properties p = props("portfolio.properties");
    int threads = Integer.parseInt(p.getProperty("api.processors"));
    double api = d(p, "api.parallel.median");
    double serial = d(p, "api.serial.median");
    double cli = d(p, "cli.portfolio.median");
    double cliOne = d(p, "cli.one.median");
    // The ratios pair the passes of the same round (they ran seconds apart, under the same load), then take the
    // median of the rounds' ratios: on a shared machine the load drifts between rounds far more than within one.
    double speedUp = pairedMedian(p, "api.serial.all", "api.parallel.all");
    double grow1 = pairedMedian(p, "api.parallel.all", "api.n100.all");
    double grow2 = pairedMedian(p, "api.n10000.all", "api.parallel.all");
    double cores = pairedMedian(p, "api.parallel.cpu.all", "api.parallel.all");
    boolean metApi = api <= 1;
    boolean metCli = cli <= 2;
    boolean metSpeedUp = speedUp >= 1.6;
    boolean metLinear = grow1 <= 12 && grow2 <= 12;
    long bytes1000 = Long.parseLong(p.getProperty("files.1000.bytes"));
    long normandie = Long.parseLong(p.getProperty("api.parallel.normandie"));
    long occitanie = Long.parseLong(p.getProperty("api.parallel.occitanie"));
    LocalHealthContract typical = Contracts.typical();
    int rounds = Integer.parseInt(p.getProperty("api.rounds"));
    int warmups = Integer.parseInt(p.getProperty("api.warmups"));

    line("## 7. Portfolio: 1,000 contracts read and checked at once (issue #12)");
    line("");
    line("Contracts: `Contracts.portfolio(i)`, the typical contract of section 2 (" + Contracts.elements(typical)
        + " elements, the same deliberate gaps) with its own id, in Normandie for even i and in Occitanie (its"
        + " ARS, départements and PTSM) for odd i, written once as `cls/1` documents by `ClsJson.writer()` into"
        + " one folder per size under `cls-bench/target/bench/portfolio/`: " + String.format(Locale.ROOT, "%,d",
            bytes1000 / 1000) + " bytes each, " + f(bytes1000 / 1048576.0) + " MiB for the 1,000. Each is"
        + " checked against its région's référentiel (`ReferentielChoice.byRegion()`): " + normandie
        + " against normandie, " + occitanie + " against occitanie; " + n(p, "api.parallel.findings")
        + " findings in all for the 1,000 (" + n(p, "api.parallel.errors") + " errors), "
        + n(p, "api.parallel.notConforming") + " contracts not conforming, none failed. Load average"
        + " (1 min) at the start of this stage: " + p.getProperty("load.start") + ", at its end: "
        + p.getProperty("load.end") + ".");
    line("");
    line("### Through the API");
    line("");
    line("One fresh JVM (`PortfolioRun` on the shaded jar, default JVM options, " + threads
        + " available processors, max heap " + p.getProperty("api.maxHeapMiB") + " MiB) lists a folder, reads"
        + " every document with `ClsJson.reader()` and checks them with `Portfolio.asOf(date)"
        + ".referentiel(ReferentielChoice.byRegion()).parallelism(n).check(files, reader::read)` (reading on the"
        + " worker threads); a pass is timed from the listing to the `PortfolioReport` (totals and agenda"
        + " included). **Measured warm:** " + (warmups == 1 ? "one warm-up pass" : warmups + " warm-up passes")
        + " over the 1,000 first in the same JVM"
        + " (" + list(p.getProperty("api.warmup.all")) + " s), then " + rounds + " rounds of the four passes"
        + " below, interleaved so that a shared machine's load falls on all of them alike, a full GC before each;"
        + " the figure is the median of the " + rounds + " rounds. `n100` is " + p.getProperty("api.n100.passes")
        + " passes over the 100 back to back in each round, timed as their mean (one pass lasts some 0.04 s, too"
        + " short to time alone: a single pass varied by a quarter from one round to the next). CPU is the whole"
        + " process's (workers, JIT, GC) during the pass.");
    line("");
    line("| pass | threads | contracts | median wall | runs (s), round 1 to " + rounds + " | median CPU | CPU / wall"
        + " | wall per contract |");
    line("|---|---|---|---|---|---|---|---|");
    for (String c : PortfolioRun.CASES) {
      int n = Integer.parseInt(p.getProperty("api." + c + ".n"));
      double m = d(p, "api." + c + ".median");
      line("| `" + c + "` | " + p.getProperty("api." + c + ".threads") + " | " + String.format(Locale.ROOT, "%,d", n)
          + " | " + f(m) + " s | " + list(p.getProperty("api." + c + ".all")) + " | "
          + f(d(p, "api." + c + ".cpu.median")) + " s | "
          + f(pairedMedian(p, "api." + c + ".cpu.all", "api." + c + ".all")) + " | " + f(m / n * 1000) + " ms |");
    }
    line("");
    line("CPU / wall is how many cores the pass had on average (median of the rounds): on " + threads
        + " cores an unshared machine lets the parallel pass approach " + threads + "; a shared one caps the"
        + " speed-up at what the neighbours leave.");
    line("");
    line("- **The 1,000 through the API: " + f(api) + " s** on " + threads + " threads (goal ≤ 1 s: "
        + goal(metApi) + ").");
    line("- **Parallel speed-up, 1 thread → " + threads + ": " + f(speedUp) + "×** (median over the rounds of the"
        + " one-thread pass's time over the parallel pass's of the same round; goal ≥ 1.6×: " + goal(metSpeedUp)
        + "). The parallel pass had " + f(cores) + " cores on average. CPU per pass: "
        + f(d(p, "api.serial.cpu.median")) + " s on one thread, " + f(d(p, "api.parallel.cpu.median")) + " s on "
        + threads + ".");
    line("- **Linearity:** ten times the contracts took **" + f(grow1) + "×** the time from 100 to 1,000 and **"
        + f(grow2) + "×** from 1,000 to 10,000 (medians of the rounds' ratios), i.e. the time per contract"
        + " changed by " + f(grow1 / 10) + "× and " + f(grow2 / 10) + "× (goal: linear, at most 12× the time for"
        + " 10× the contracts: " + goal(metLinear) + ").");
    line("");
    line("Reproduce: `" + meta.getProperty("portfolio.command") + "` (the folders, the API JVM, then the"
        + " command), or the API alone: `java -cp cls-bench/target/cls-bench.jar io.github.clsante.cls.bench"
        + ".PortfolioRun " + meta.getProperty("asof") + " " + warmups + " " + rounds
        + " cls-bench/target/bench/portfolio/1000 cls-bench/target/bench/portfolio/100"
        + " cls-bench/target/bench/portfolio/10000`");
    line("");
    line("### Through the command");
    line("");
    line("`./cls check cls-bench/target/bench/portfolio/1000 --summary --as-of " + meta.getProperty("asof") + "` —"
        + " as a person runs it: the launcher, its JVM options and its class-data-sharing archive — alternating"
        + " with the same command on one contract (`./cls check examples/cls-mont-saint-michel-normandie.json"
        + " --as-of " + meta.getProperty("asof") + "`), each in a fresh process, timed from"
        + " `ProcessBuilder.start()` to the process's exit; one discarded run each, then "
        + p.getProperty("cli.runs") + ". The summary lists " + n(p, "cli.portfolio.rows")
        + " contracts (checked), exit status " + p.getProperty("cli.portfolio.exit")
        + ". CPU: user + system of the process.");
    line("");
    line("| command | median wall | runs (s) | median CPU | CPU / wall |");
    line("|---|---|---|---|---|");
    line("| `check FOLDER --summary` (1,000 contracts) | " + f(cli) + " s | " + list(p.getProperty("cli.portfolio.all"))
        + " | " + f(d(p, "cli.portfolio.cpu.median")) + " s | "
        + f(pairedMedian(p, "cli.portfolio.cpu.all", "cli.portfolio.all")) + " |");
    line("| `check FILE` (one contract) | " + f(cliOne) + " s | " + list(p.getProperty("cli.one.all")) + " | "
        + f(d(p, "cli.one.cpu.median")) + " s | " + f(pairedMedian(p, "cli.one.cpu.all", "cli.one.all")) + " |");
    line("");
    line("**The command on the 1,000, end to end: " + f(cli) + " s** (goal ≤ 2 s: " + goal(metCli) + "); "
        + f((cli - cliOne) / 999 * 1000) + " ms per contract beyond the first.");
    line("");
    line("### Beside them, the single-contract figures of this run");
    line("");
    F check = jmh.isEmpty() ? null : score("check", "1", null);
    F json = jmh.isEmpty() ? null : score("readAndCheck", null, null);
    line("| single-contract figure | value | the portfolio's |");
    line("|---|---|---|");
    if (check != null) {
      line("| warm check of the typical contract, one thread (section 2) | " + pm(check) + " | API, one thread: "
          + f(serial / 1000 * 1e6) + " µs per contract read and checked (" + f(serial / 1000 * 1e6 / check.v)
          + "× the check alone) |");
    } else {
      line("| warm check of the typical contract (section 2) | not measured in this run | API, one thread: "
          + f(serial / 1000 * 1e6) + " µs per contract |");
    }
    if (json != null) {
      int k = JsonBenchmark.documentScale();
      line("| warm read + check of a ~1 MB document, one thread (section 5; scale " + k + ") | " + pm(json)
          + " | API, one thread: " + f(serial / (bytes1000 / 1048576.0) * 1000) + " ms per MiB of documents |");
    }
    if (has("coldstart.properties")) {
      Properties cs = props("coldstart.properties");
      line("| cold start, JVM start to first report, precompiled (section 1) | " + f(d(cs, "precompiled.mean"))
          + " s | command on the 1,000: " + f(cli) + " s |");
    }
    line("| the command on one contract (this stage) | " + f(cliOne) + " s | command on the 1,000: " + f(cli)
        + " s |");
    line("");
    summary.add("| 7 | portfolio: the 1,000 through the API ≤ 1 s (" + threads + " threads, warm) | " + f(api) + " s | "
        + goal(metApi) + " |");
    summary.add("| 7 | portfolio: the command on the 1,000 ≤ 2 s end to end | " + f(cli) + " s | " + goal(metCli)
        + " |");
    summary.add("| 7 | portfolio: parallel speed-up ≥ 1.6× (1 → " + threads + " threads) | " + f(speedUp) + "× | "
        + goal(metSpeedUp) + " |");
    summary.add("| 7 | portfolio: linear, 10× the contracts ≤ 12× the time | 100 → 1,000: " + f(grow1)
        + "×; 1,000 → 10,000: " + f(grow2) + "× | " + goal(metLinear) + " |");
  }

  /**
   * @return the median over the rounds of {@code a[r] / b[r]}, two lists of the same rounds in the same order
   */
  void command() throws IOException {
    Properties p = props("command.properties");
    double cls = d(p, "cls.median");
    double noCds = d(p, "nocds.median");
    double floor = d(p, "floor.median");
    double times = pairedMedian(p, "cls.all", "floor.all");
    boolean metWall = cls <= 0.35;
    boolean metFloor = times <= 10;
    line("## 8. The command a person waits for (issue #16)");
    line("");
    line("The README's main job, `./cls check examples/cls-mont-saint-michel-normandie.json --referentiel"
        + " normandie` (first line of its report: « " + p.getProperty("cls.firstLine") + " », exit status "
        + p.getProperty("cls.exit") + "), in fresh processes through the launcher as a person types it; beside it"
        + " the JVM's own floor, `java -version`, and the same command with `CLS_NO_CDS=1` (no class-data-sharing"
        + " archive). The three alternate; one discarded run each (it makes the archive), then "
        + p.getProperty("runs") + "; wall time from `ProcessBuilder.start()` to the process's exit. Load average"
        + " (1 min) at the start of this stage: " + p.getProperty("load.start") + ", at its end: "
        + p.getProperty("load.end") + ".");
    line("");
    line("| | median wall | runs (s) |");
    line("|---|---|---|");
    line("| `./cls check …` | " + f(cls) + " s | " + list(p.getProperty("cls.all")) + " |");
    line("| the same, `CLS_NO_CDS=1` | " + f(noCds) + " s | " + list(p.getProperty("nocds.all")) + " |");
    line("| floor: `java -version` | " + f(floor) + " s | " + list(p.getProperty("floor.all")) + " |");
    line("");
    line("- **The command: " + f(cls) + " s** median (goal ≤ 0.35 s: " + goal(metWall) + ").");
    line("- **" + f(times) + "× the `java -version` floor** (median of the runs' ratios; goal ≤ 10×: "
        + goal(metFloor) + ").");
    line("- The class-data-sharing archive saves " + f(noCds - cls) + " s (" + f(noCds / cls) + "×).");
    line("");
    line("Reproduce: `" + meta.getProperty("command.command") + "`");
    line("");
    summary.add("| 8 | the command ≤ 0.35 s median (README's main job) | " + f(cls) + " s | " + goal(metWall) + " |");
    summary.add("| 8 | the command ≤ 10× `java -version` (" + f(floor) + " s) | " + f(times) + "× | " + goal(metFloor)
        + " |");
  }
}
