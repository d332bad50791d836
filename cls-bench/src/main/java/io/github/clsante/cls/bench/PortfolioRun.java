package io.github.clsante.cls.bench;

import io.github.clsante.cls.json.ClsJson;
import io.github.clsante.cls.json.ContractReader;
import io.github.clsante.cls.portfolio.Portfolio;
import io.github.clsante.cls.portfolio.PortfolioEntry;
import io.github.clsante.cls.portfolio.PortfolioReport;
import io.github.clsante.cls.portfolio.ReferentielChoice;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The API side of the portfolio benchmark (issue #12), run in a fresh JVM by {@link Driver} on the shaded jar:
 * folders of {@code cls/1} documents listed, read with {@link ClsJson#reader()} and checked with
 * {@link Portfolio} (each contract against its région's référentiel), the reading on the worker threads.
 *
 * <pre>PortfolioRun DATE WARMUPS ROUNDS DIR_1000 DIR_100 DIR_10000</pre>
 *
 * <p>First {@code WARMUPS} passes over {@code DIR_1000} on every available processor (the JIT warms up in this
 * JVM), then {@code ROUNDS} rounds of four timed passes, in this order: {@code parallel} (the 1,000 on every
 * available processor), {@code serial} (the 1,000 on one thread), {@code n100} and {@code n10000} (on every
 * available processor); a full GC before each. {@code n100} is {@value #SMALL_PASSES} passes back to back, timed
 * as their mean: one pass of 100 contracts lasts about 0.04 s, and a single one varied by a quarter from one round
 * to the next, which made the 100 → 1,000 ratio a matter of luck. Interleaving the cases spreads the load of a
 * shared machine over all of them, so their ratios hold. Each case prints one line on stdout:
 * {@code RUN case=… n=… threads=… round=… passes=… seconds=… checked=… failed=… …} (seconds and CPU per pass);
 * the progress goes to stderr.
 */
public final class PortfolioRun {

  /** The cases of a round, in order. */
  static final List<String> CASES = List.of("parallel", "serial", "n100", "n10000");

  /** How many passes {@code n100} times back to back in a round (it reports their mean). */
  static final int SMALL_PASSES = 10;

  private static final ContractReader READER = ClsJson.reader();

  /** The process's CPU time (every thread: the workers, the JIT compilers, the GC). */
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private PortfolioRun() {}

  /**
   * @param args {@code DATE WARMUPS ROUNDS DIR_1000 DIR_100 DIR_10000}
   */
  public static void main(String[] args) {
    LocalDate asOf = LocalDate.parse(args[0]);
    int warmups = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    Path d1000 = Path.of(args[3]);
    Path d100 = Path.of(args[4]);
    Path d10000 = Path.of(args[5]);
    int processors = Runtime.getRuntime().availableProcessors();
    System.out.println("JVM processors=" + processors + " maxHeapMiB=" + Runtime.getRuntime().maxMemory() / 1048576
        + " warmups=" + warmups + " rounds=" + rounds);
    for (int w = 1; w <= warmups; w++) {
      Pass p = pass(d1000, processors, asOf);
      System.out.printf(Locale.ROOT, "WARMUP pass=%d seconds=%.6f cpu=%.6f%n", w, p.seconds, p.cpu);
      System.err.printf(Locale.ROOT, "portfolio API warm-up %d/%d: %.3f s (CPU %.3f s)%n", w, warmups, p.seconds,
          p.cpu);
    }
    for (int r = 1; r <= rounds; r++) {
      for (String c : CASES) {
        Path dir = switch (c) {
          case "n100" -> d100;
          case "n10000" -> d10000;
          default -> d1000;
        };
        int threads = c.equals("serial") ? 1 : processors;
        int passes = c.equals("n100") ? SMALL_PASSES : 1;
        System.gc();
        double seconds = 0;
        double cpu = 0;
        Pass p = null;
        for (int i = 0; i < passes; i++) {
          p = pass(dir, threads, asOf);
          seconds += p.seconds;
          cpu += p.cpu;
        }
        p = new Pass(seconds / passes, cpu / passes, p.report);
        String line = String.format(Locale.ROOT,
            "RUN case=%s n=%d threads=%d round=%d passes=%d seconds=%.6f cpu=%.6f %s",
            c, p.report.entries().size(), threads, r, passes, p.seconds, p.cpu, describe(p.report));
        System.out.println(line);
        System.out.flush();
        System.err.printf(Locale.ROOT, "portfolio API round %d/%d %s: %.3f s (CPU %.3f s)%n", r, rounds, c,
            p.seconds, p.cpu);
      }
    }
  }

  /** One timed pass: its wall time, the process's CPU time meanwhile, and its report. */
  record Pass(double seconds, double cpu, PortfolioReport report) {}

  /**
   * Lists, reads and checks a folder: what an embedder does with a portfolio on disk.
   *
   * @param dir the folder
   * @param threads the parallelism
   * @param asOf the check date
   * @return the wall time from listing to the report, the CPU time, and the report
   */
  static Pass pass(Path dir, int threads, LocalDate asOf) {
    long c0 = OS.getProcessCpuTime();
    long t0 = System.nanoTime();
    List<Path> files = list(dir);
    PortfolioReport report = Portfolio.asOf(asOf).referentiel(ReferentielChoice.byRegion()).parallelism(threads)
        .check(files, READER::read);
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpu = (OS.getProcessCpuTime() - c0) / 1e9;
    return new Pass(seconds, cpu, report);
  }

  /**
   * @param r a portfolio's report
   * @return its totals as {@code key=value} pairs: checked, failed, not conforming, findings, and how many were
   *     checked against each pack
   */
  static String describe(PortfolioReport r) {
    long normandie = 0;
    long occitanie = 0;
    long findings = 0;
    long errors = 0;
    for (PortfolioEntry e : r.entries()) {
      if (e.report().isEmpty()) {
        continue;
      }
      ConformityReport c = e.report().get();
      findings += c.findings().size();
      errors += c.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
      if (c.referentielId().equals("normandie")) {
        normandie++;
      } else if (c.referentielId().equals("occitanie")) {
        occitanie++;
      }
    }
    return "checked=" + (r.entries().size() - r.failures().size()) + " failed=" + r.failures().size()
        + " notConforming=" + r.notConforming() + " findings=" + findings + " errors=" + errors
        + " normandie=" + normandie + " occitanie=" + occitanie;
  }

  /**
   * @param dir a folder
   * @return its {@code *.json} files, sorted by name
   */
  public static List<Path> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String name(int i) {
    return String.format(Locale.ROOT, "cls-bench-portfolio-%05d.json", i);
  }

  /**
   * Writes a portfolio: {@code n} documents {@code cls-bench-portfolio-NNNNN.json}, the contracts
   * {@link Contracts#portfolio(int) portfolio(0)} to {@code portfolio(n - 1)}, with {@code ClsJson.writer()}.
   *
   * @param dir the folder, created if need be; when it already holds exactly these {@code n} files (a run
   *     reproduced by hand after {@code ./bench}), they are kept as they are: the contracts are deterministic
   * @param n how many
   * @return the files' total size in bytes
   * @throws IllegalStateException when the folder holds other documents
   */
  public static long write(Path dir, int n) {
    try {
      Files.createDirectories(dir);
      List<Path> there = list(dir);
      boolean reuse = there.size() == n;
      for (int i = 0; reuse && i < n; i++) {
        reuse = there.get(i).getFileName().toString().equals(name(i));
      }
      if (!there.isEmpty() && !reuse) {
        throw new IllegalStateException(dir + " already holds other documents");
      }
      long bytes = 0;
      for (int i = 0; i < n; i++) {
        Path f = dir.resolve(name(i));
        if (!reuse) {
          ClsJson.writer().write(Contracts.portfolio(i), f);
        }
        bytes += Files.size(f);
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
