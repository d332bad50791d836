package io.github.clsante.cls.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * What every section of {@link Report} shares: the raw results of the run, the page being written, the summary
 * rows and the formatting of figures.
 */
abstract class ReportBase {

  final Path dir;

  final Properties meta;

  final List<JsonNode> jmh = new ArrayList<>();

  final StringBuilder md = new StringBuilder();

  final List<String> summary = new ArrayList<>();

  ReportBase(Path dir) throws IOException {
    this.dir = dir;
    this.meta = props("meta.properties");
    if (has("jmh.json")) {
      new ObjectMapper().readTree(dir.resolve("jmh.json").toFile()).forEach(jmh::add);
    }
  }

  /** @return whether this run wrote that raw result (a stage left out with BENCH_ONLY did not) */
  boolean has(String name) {
    return Files.isRegularFile(dir.resolve(name));
  }

  /** A section whose stage was left out of this run. */
  void notRun(String heading, String stage) {
    line(heading);
    line("");
    line("Not measured in this run (stage `" + stage + "` left out with `BENCH_ONLY`).");
    line("");
  }

  Properties props(String name) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(dir.resolve(name), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  /** A figure with its error. */
  static final class F {
    final double v;
    final double err;
    final String unit;

    F(double v, double err, String unit) {
      this.v = v;
      this.err = err;
      this.unit = unit;
    }

    F div(F o) {
      double q = v / o.v;
      return new F(q, q * Math.hypot(err / v, o.err / o.v), "");
    }
  }

  F score(String method, String scale, String metric) {
    for (JsonNode n : jmh) {
      String b = n.get("benchmark").asText();
      if (!b.endsWith("." + method)) {
        continue;
      }
      if (scale != null && !scale.equals(n.path("params").path("scale").asText())) {
        continue;
      }
      JsonNode m = metric == null ? n.get("primaryMetric") : n.path("secondaryMetrics").get(metric);
      if (m == null) {
        return null;
      }
      double err = m.path("scoreError").asDouble(0);
      return new F(m.get("score").asDouble(), Double.isNaN(err) ? 0 : err, m.get("scoreUnit").asText());
    }
    return null;
  }

  static String f(double v) {
    if (Math.abs(v) >= 100) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    if (Math.abs(v) >= 10) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    return String.format(Locale.ROOT, "%.2f", v);
  }

  static String pm(F x) {
    return f(x.v) + " ± " + f(x.err) + (x.unit.isEmpty() ? "" : " " + x.unit);
  }

  static String goal(boolean met) {
    return met ? "**met**" : "**missed**";
  }

  void line(String s) {
    md.append(s).append('\n');
  }

  static String kb(F x) {
    if (x == null) {
      return "n/a";
    }
    return f(x.v / 1024) + " ± " + f(x.err / 1024) + " KiB";
  }

  static double pairedMedian(Properties p, String a, String b) {
    List<Double> xs = values(p.getProperty(a));
    List<Double> ys = values(p.getProperty(b));
    if (xs.size() != ys.size() || xs.isEmpty()) {
      throw new IllegalStateException(a + " and " + b + " do not pair: " + xs + " / " + ys);
    }
    List<Double> q = new ArrayList<>();
    for (int i = 0; i < xs.size(); i++) {
      q.add(xs.get(i) / ys.get(i));
    }
    return Driver.median(q);
  }

  /** @return the values of a properties list, {@code [1.0, 2.0]} */
  static List<Double> values(String all) {
    List<Double> out = new ArrayList<>();
    if (all == null || all.length() < 2) {
      return out;
    }
    for (String x : all.substring(1, all.length() - 1).split(",")) {
      if (!x.isBlank()) {
        out.add(Double.parseDouble(x.trim()));
      }
    }
    return out;
  }

  /** @return a properties list of seconds, {@code [1.0, 2.0]}, with 2 decimals */
  static String list(String all) {
    if (all == null || all.length() < 2) {
      return "";
    }
    return String.join(", ", values(all).stream().map(x -> String.format(Locale.ROOT, "%.2f", x)).toList());
  }

  static double mib(List<File> fs) {
    return fs.stream().mapToLong(File::length).sum() / 1048576.0;
  }

  static String names(List<File> fs) {
    return fs.stream().map(File::getName).sorted().map(n -> "`" + n + "`").reduce((a, b) -> a + ", " + b).orElse("");
  }

  /** @return an integer property with thousands separators */
  static String n(Properties p, String k) {
    return String.format(Locale.ROOT, "%,d", Long.parseLong(p.getProperty(k)));
  }

  static double d(Properties p, String k) {
    return Double.parseDouble(p.getProperty(k));
  }
}
