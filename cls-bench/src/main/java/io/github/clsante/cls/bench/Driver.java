package io.github.clsante.cls.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the fresh-JVM measurements and writes their raw figures as a properties file for {@link Report}.
 *
 * <pre>
 * coldstart JAVA PRECOMPILED_CP NAIVE_CP FILE DATE RUNS OUT
 * retained  JAVA PRECOMPILED_CP NAIVE_CP RUNS OUT
 * portfolio JAVA PRECOMPILED_CP LAUNCHER FILE DATE WARMUPS ROUNDS CLI_RUNS OUT
 * command   JAVA LAUNCHER FILE RUNS OUT
 * </pre>
 * Each side runs alternately, one discarded run first (file cache), then RUNS measured runs. A cold start is
 * the wall time from {@code ProcessBuilder.start()} to the child's {@code REPORT} line.
 *
 * <p>{@code portfolio} (issue #12) writes 100, 1,000 and 10,000 contracts ({@link Contracts#portfolio}) as
 * {@code cls/1} documents under {@code portfolio/} beside OUT, runs {@link PortfolioRun} once in a fresh JVM on
 * the precompiled class path (the API: warm-up, then ROUNDS interleaved rounds), then the command through
 * LAUNCHER, {@code ./cls} ({@code check DIR_1000 --summary --as-of DATE}), alternating with the command on the
 * one contract FILE,
 * each in a fresh process, one discarded run each then CLI_RUNS measured runs, timed from
 * {@code ProcessBuilder.start()} to the process's exit.
 *
 * <p>{@code command} (issue #16) times the README's main job through LAUNCHER beside {@code java -version}; see
 * {@link #command}.
 */
public final class Driver {

  private static final Pattern KV = Pattern.compile("(\\w+)=(\\S+)");

  private Driver() {}

  /**
   * @param args see the class comment
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "coldstart" -> coldStart(args[1], args[2], args[3], args[4], args[5], Integer.parseInt(args[6]),
          Path.of(args[7]));
      case "retained" -> retained(args[1], args[2], args[3], Integer.parseInt(args[4]), Path.of(args[5]));
      case "portfolio" -> portfolio(args[1], args[2], args[3], args[4], args[5], Integer.parseInt(args[6]),
          Integer.parseInt(args[7]), Integer.parseInt(args[8]), Path.of(args[9]));
      case "command" -> command(args[1], args[2], args[3], Integer.parseInt(args[4]), Path.of(args[5]));
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  private static void coldStart(String java, String preCp, String naiveCp, String file, String date, int runs,
      Path out) throws Exception {
    Properties p = new Properties();
    List<Double> pre = new ArrayList<>();
    List<Double> naive = new ArrayList<>();
    String preLine = null;
    String naiveLine = null;
    for (int i = -1; i < runs; i++) {
      Run n = run(List.of(java, "-cp", naiveCp, ColdStart.class.getName(), "naive", file, date), "REPORT");
      Run r = run(List.of(java, "-cp", preCp, ColdStart.class.getName(), "precompiled", file, date), "REPORT");
      System.err.printf(Locale.ROOT, "cold start %s: naive %.3f s, precompiled %.3f s%n",
          i < 0 ? "(discarded)" : "#" + (i + 1), n.seconds, r.seconds);
      if (i >= 0) {
        naive.add(n.seconds);
        pre.add(r.seconds);
      }
      naiveLine = n.line;
      preLine = r.line;
    }
    put(p, "precompiled", pre);
    put(p, "naive", naive);
    copy(p, "precompiled", preLine);
    copy(p, "naive", naiveLine);
    p.setProperty("runs", String.valueOf(runs));
    store(p, out);
    if (Integer.parseInt(value(preLine, "rules")) == 0
        || !value(preLine, "rules").equals(value(naiveLine, "rules"))
        || !value(preLine, "signature").equals(value(naiveLine, "signature"))) {
      throw new IllegalStateException("the two sides disagree: precompiled " + preLine + " / naive " + naiveLine);
    }
  }

  private static void retained(String java, String preCp, String naiveCp, int runs, Path out) throws Exception {
    Properties p = new Properties();
    List<Double> pre = new ArrayList<>();
    List<Double> naive = new ArrayList<>();
    String preLine = null;
    String naiveLine = null;
    for (int i = 0; i < runs; i++) {
      Run n = run(List.of(java, "-XX:+UseSerialGC", "-cp", naiveCp, Retained.class.getName(), "naive"), "RETAINED");
      Run r = run(List.of(java, "-XX:+UseSerialGC", "-cp", preCp, Retained.class.getName(), "precompiled"),
          "RETAINED");
      naive.add(Double.parseDouble(value(n.line, "bytes")));
      pre.add(Double.parseDouble(value(r.line, "bytes")));
      naiveLine = n.line;
      preLine = r.line;
      System.err.printf(Locale.ROOT, "retained #%d: naive %s, precompiled %s%n", i + 1, n.line, r.line);
    }
    put(p, "precompiled", pre);
    put(p, "naive", naive);
    copy(p, "precompiled", preLine);
    copy(p, "naive", naiveLine);
    p.setProperty("runs", String.valueOf(runs));
    store(p, out);
  }

  /** The portfolio sizes: the 1,000 of the goals, and 100 and 10,000 for the linearity. */
  static final List<Integer> SIZES = List.of(100, 1000, 10_000);

  private static void portfolio(String java, String preCp, String launcher, String file, String date, int warmups,
      int rounds, int cliRuns, Path out) throws Exception {
    Properties p = new Properties();
    p.setProperty("load.start", load());
    Path base = out.toAbsolutePath().getParent().resolve("portfolio");
    for (int n : SIZES) {
      long t0 = System.nanoTime();
      long bytes = PortfolioRun.write(base.resolve(String.valueOf(n)), n);
      p.setProperty("files." + n + ".bytes", String.valueOf(bytes));
      System.err.printf(Locale.ROOT, "portfolio: wrote %,d documents (%,d bytes) in %.1f s%n", n, bytes,
          (System.nanoTime() - t0) / 1e9);
    }
    String d100 = base.resolve("100").toString();
    String d1000 = base.resolve("1000").toString();
    String d10000 = base.resolve("10000").toString();

    // The API: one fresh JVM, warm-up passes, then interleaved rounds of the four cases.
    Exec api = exec(List.of(java, "-cp", preCp, PortfolioRun.class.getName(), date, String.valueOf(warmups),
        String.valueOf(rounds), d1000, d100, d10000), ProcessBuilder.Redirect.INHERIT);
    if (api.rc != 0) {
      throw new IllegalStateException("the API run failed (exit " + api.rc + ")\n" + api.out);
    }
    for (String line : api.out.split("\n")) {
      if (line.startsWith("JVM ")) {
        copy(p, "api", line);
      }
    }
    List<Double> warm = new ArrayList<>();
    for (String line : api.out.split("\n")) {
      if (line.startsWith("WARMUP ")) {
        warm.add(Double.parseDouble(value(line, "seconds")));
      }
    }
    put(p, "api.warmup", warm);
    for (String c : PortfolioRun.CASES) {
      List<Double> xs = new ArrayList<>();
      List<Double> cpu = new ArrayList<>();
      String last = null;
      for (String line : api.out.split("\n")) {
        if (line.startsWith("RUN ") && value(line, "case").equals(c)) {
          xs.add(Double.parseDouble(value(line, "seconds")));
          cpu.add(Double.parseDouble(value(line, "cpu")));
          last = line;
        }
      }
      if (last == null || xs.size() != rounds) {
        throw new IllegalStateException("the API run gave " + xs.size() + " " + c + " runs\n" + api.out);
      }
      int n = Integer.parseInt(value(last, "n"));
      if (!value(last, "checked").equals(String.valueOf(n)) || !value(last, "failed").equals("0")
          || value(last, "normandie").equals("0") || value(last, "occitanie").equals("0")) {
        throw new IllegalStateException("the API run did not check every contract against both packs: " + last);
      }
      put(p, "api." + c, xs);
      put(p, "api." + c + ".cpu", cpu);
      copy(p, "api." + c, last);
    }

    // The command: fresh processes, alternating one contract and the 1,000.
    List<Double> one = new ArrayList<>();
    List<Double> all = new ArrayList<>();
    List<Double> oneCpu = new ArrayList<>();
    List<Double> allCpu = new ArrayList<>();
    // as a person runs it: the launcher (its JVM options and class-data-sharing archive included)
    List<String> oneCmd = List.of(launcher, "check", file, "--as-of", date);
    List<String> allCmd = List.of(launcher, "check", d1000, "--summary", "--as-of", date);
    for (int i = -1; i < cliRuns; i++) {
      Exec s = exec(oneCmd, null);
      Exec m = exec(allCmd, null);
      if (s.rc > 1 || m.rc > 1) {
        throw new IllegalStateException("the command could not do the job (exit " + s.rc + ", " + m.rc + ")\n"
            + s.out + m.out);
      }
      long rows = m.out.lines().filter(l -> l.contains("cls-bench-portfolio-")).count();
      if (rows != 1000) {
        throw new IllegalStateException("the summary lists " + rows + " contracts, not 1000:\n" + m.out);
      }
      System.err.printf(Locale.ROOT, "portfolio command %s: one contract %.3f s (CPU %.2f s), 1,000 contracts %.3f s"
          + " (CPU %.2f s)%n", i < 0 ? "(discarded)" : "#" + (i + 1), s.seconds, s.cpu, m.seconds, m.cpu);
      if (i >= 0) {
        one.add(s.seconds);
        all.add(m.seconds);
        oneCpu.add(s.cpu);
        allCpu.add(m.cpu);
      }
      p.setProperty("cli.one.exit", String.valueOf(s.rc));
      p.setProperty("cli.portfolio.exit", String.valueOf(m.rc));
      p.setProperty("cli.portfolio.rows", String.valueOf(rows));
    }
    put(p, "cli.one", one);
    put(p, "cli.portfolio", all);
    put(p, "cli.one.cpu", oneCpu);
    put(p, "cli.portfolio.cpu", allCpu);
    p.setProperty("load.end", load());
    p.setProperty("api.warmups", String.valueOf(warmups));
    p.setProperty("api.rounds", String.valueOf(rounds));
    p.setProperty("cli.runs", String.valueOf(cliRuns));
    store(p, out);
  }

  /**
   * Issue #16: the command a person waits for, the README's main job through the launcher
   * ({@code ./cls check FILE --referentiel normandie}), in fresh processes, beside the JVM's own floor
   * ({@code java -version}) and the same command without the class-data-sharing archive ({@code CLS_NO_CDS=1});
   * the three alternate, one discarded run each, then {@code runs}. The archive is made by the discarded run.
   */
  private static void command(String java, String launcher, String file, int runs, Path out) throws Exception {
    Properties p = new Properties();
    p.setProperty("load.start", load());
    List<String> check = List.of(launcher, "check", file, "--referentiel", "normandie");
    List<String> floor = List.of(java, "-version");
    List<Double> cls = new ArrayList<>();
    List<Double> noCds = new ArrayList<>();
    List<Double> jvm = new ArrayList<>();
    List<Double> clsCpu = new ArrayList<>();
    for (int i = -1; i < runs; i++) {
      Exec c = exec(check, null, Map.of());
      Exec n = exec(check, null, Map.of("CLS_NO_CDS", "1"));
      Exec v = exec(floor, ProcessBuilder.Redirect.DISCARD, Map.of());
      if (c.rc != 1 || n.rc != 1 || v.rc != 0 || !c.out.equals(n.out) || !c.out.contains("non conforme")) {
        throw new IllegalStateException("the command did not give the example's report (exit " + c.rc + ", "
            + n.rc + ", java -version " + v.rc + ")\n" + c.out + "\n---\n" + n.out);
      }
      System.err.printf(Locale.ROOT, "command %s: ./cls check %.3f s (CPU %.2f s), without the archive %.3f s,"
          + " java -version %.3f s%n", i < 0 ? "(discarded)" : "#" + (i + 1), c.seconds, c.cpu, n.seconds,
          v.seconds);
      if (i >= 0) {
        cls.add(c.seconds);
        noCds.add(n.seconds);
        jvm.add(v.seconds);
        clsCpu.add(c.cpu);
      }
      p.setProperty("cls.exit", String.valueOf(c.rc));
      p.setProperty("cls.firstLine", c.out.lines().findFirst().orElse(""));
    }
    put(p, "cls", cls);
    put(p, "nocds", noCds);
    put(p, "floor", jvm);
    put(p, "cls.cpu", clsCpu);
    p.setProperty("runs", String.valueOf(runs));
    p.setProperty("load.end", load());
    store(p, out);
  }

  /**
   * A finished process: wall time from start to exit, CPU time (user + system, NaN where /proc/self/stat is not
   * available), exit status, stdout.
   */
  private record Exec(double seconds, double cpu, int rc, String out) {}

  /**
   * Runs a process to its end, reading its stdout in this thread; its stderr goes to {@code err}, or is kept in
   * a file and shown when the process fails.
   */
  private static Exec exec(List<String> cmd, ProcessBuilder.Redirect err) throws IOException, InterruptedException {
    return exec(cmd, err, Map.of());
  }

  private static Exec exec(List<String> cmd, ProcessBuilder.Redirect err, Map<String, String> env)
      throws IOException, InterruptedException {
    Path errFile = err == null ? Files.createTempFile("cls-bench-", ".err") : null;
    try {
      ProcessBuilder pb = new ProcessBuilder(cmd)
          .redirectError(err != null ? err : ProcessBuilder.Redirect.to(errFile.toFile()));
      pb.environment().putAll(env);
      double c0 = childrenCpu();
      long t0 = System.nanoTime();
      Process proc = pb.start();
      String out;
      try (var in = proc.getInputStream()) {
        out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      int rc = proc.waitFor();
      double seconds = (System.nanoTime() - t0) / 1e9;
      double cpu = childrenCpu() - c0;
      if (rc > 1 && errFile != null) {
        out = out + Files.readString(errFile, StandardCharsets.UTF_8);
      }
      return new Exec(seconds, cpu, rc, out);
    } finally {
      if (errFile != null) {
        Files.deleteIfExists(errFile);
      }
    }
  }

  /**
   * @return the CPU time (user + system, in seconds) of this process's children that have ended and been
   *     waited for — fields cutime and cstime of /proc/self/stat, at 100 ticks a second (Linux's USER_HZ) — or
   *     NaN where it cannot be read
   */
  private static double childrenCpu() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
      return (Long.parseLong(f[13]) + Long.parseLong(f[14])) / 100.0;
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  /** @return the load average over the last minute, or "?" */
  static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }

  private record Run(double seconds, String line) {}

  private static Run run(List<String> cmd, String marker) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
    long t0 = System.nanoTime();
    Process proc = pb.start();
    String found = null;
    double seconds = 0;
    StringBuilder all = new StringBuilder();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(proc.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (found == null && line.startsWith(marker)) {
          seconds = (System.nanoTime() - t0) / 1e9;
          found = line;
        } else {
          all.append(line).append('\n');
        }
      }
    }
    int rc = proc.waitFor();
    if (found == null || rc != 0) {
      throw new IllegalStateException("child failed (exit " + rc + "): " + cmd + "\n" + all);
    }
    return new Run(seconds, found);
  }

  static String value(String line, String key) {
    Matcher m = KV.matcher(line);
    while (m.find()) {
      if (m.group(1).equals(key)) {
        return m.group(2);
      }
    }
    throw new IllegalStateException("no " + key + " in " + line);
  }

  private static void copy(Properties p, String side, String line) {
    Matcher m = KV.matcher(line);
    while (m.find()) {
      p.setProperty(side + "." + m.group(1), m.group(2));
    }
  }

  private static void put(Properties p, String side, List<Double> xs) {
    double mean = xs.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    double var = xs.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum() / Math.max(1, xs.size() - 1);
    p.setProperty(side + ".mean", String.valueOf(mean));
    p.setProperty(side + ".stdev", String.valueOf(Math.sqrt(var)));
    p.setProperty(side + ".all", xs.toString());
    p.setProperty(side + ".median", String.valueOf(median(xs)));
  }

  /**
   * @param xs values, at least one
   * @return their median (the mean of the two middle ones when their number is even)
   */
  static double median(List<Double> xs) {
    List<Double> s = xs.stream().sorted().toList();
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }

  private static void store(Properties p, Path out) throws IOException {
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      p.store(w, null);
    }
  }
}
