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
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the fresh-JVM measurements and writes their raw figures as a properties file for {@link Report}.
 *
 * <pre>
 * coldstart JAVA PRECOMPILED_CP NAIVE_CP FILE DATE RUNS OUT
 * retained  JAVA PRECOMPILED_CP NAIVE_CP RUNS OUT
 * </pre>
 * Each side runs alternately, one discarded run first (file cache), then RUNS measured runs. A cold start is
 * the wall time from {@code ProcessBuilder.start()} to the child's {@code REPORT} line.
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
  }

  private static void store(Properties p, Path out) throws IOException {
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      p.store(w, null);
    }
  }
}
