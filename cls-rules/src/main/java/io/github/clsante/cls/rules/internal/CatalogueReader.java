package io.github.clsante.cls.rules.internal;

import io.github.clsante.cls.referentiel.Applies;
import io.github.clsante.cls.referentiel.Clause;
import io.github.clsante.cls.referentiel.Measure;
import java.math.BigDecimal;
import java.time.LocalDate;
import io.github.clsante.cls.report.Severity;
import io.github.clsante.cls.report.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads a catalogue: a UTF-8 properties file with {@code clauses} (ids in order, comma-separated), and per
 * clause {@code <id>.pack}, {@code .severity}, optional {@code .severityCondition} (English) with its
 * {@code .severityConditionFr} (French; the English text when absent), {@code .applies}, {@code .check}
 * (English), {@code .checkFr} (French; the English text when absent), optional {@code .measure} (a {@link Measure}), the
 * clause's numbers {@code .param.<name>}, and numbered {@code .source.N} / {@code .quote.N}; each source's title is
 * {@code source.<document>.title}. Internal: no compatibility promise.
 */
public final class CatalogueReader {

  /** Between a clause's id and a parameter's name in a key: {@code <id>.param.<name>}. */
  private static final String PARAM = ".param.";
  private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
  private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private CatalogueReader() {}

  /**
   * @param resource the class path resource
   * @param packId keep only the clauses of this pack
   * @param loader the class loader to read from
   * @return the clauses, in catalogue order
   * @throws IllegalStateException when the resource is missing or malformed
   */
  public static List<Clause> read(String resource, String packId, ClassLoader loader) {
    return read(load(resource, loader), resource, packId);
  }

  /**
   * @param resource the class path resource
   * @param loader the class loader to read from
   * @return the catalogue's entries, for {@link #read(Properties, String, String)}: a référentiel whose parts share
   *     one catalogue (the socle and a région) reads it once
   * @throws IllegalStateException when the resource is missing or unreadable
   */
  public static Properties load(String resource, ClassLoader loader) {
    Properties p = new Properties();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("catalogue " + resource + " not found on the class path");
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read catalogue " + resource + ": " + e.getMessage(), e);
    }
    return p;
  }

  /**
   * @param p the catalogue's entries ({@link #load}), not changed
   * @param resource the class path resource they come from, named by the exceptions
   * @param packId keep only the clauses of this pack
   * @return the clauses, in catalogue order
   * @throws IllegalStateException when the catalogue is malformed
   */
  public static List<Clause> read(Properties p, String resource, String packId) {
    // Written without lambdas: this runs once per process, in the cold start, where each lambda is first spun
    // (docs/performance.md). String concatenation needs no care: the build compiles it inline (the parent POM).
    // Every clause's parameters in one pass over the names (a pass per clause made loading the pack quadratic in
    // the catalogue's size: ~10 % of a cold start's main thread).
    Map<String, Map<String, String>> params = new HashMap<>();
    for (String key : p.stringPropertyNames()) {
      int at = key.indexOf(PARAM);
      if (at > 0) {
        String id = key.substring(0, at);
        Map<String, String> m = params.get(id);
        if (m == null) {
          m = new TreeMap<>();
          params.put(id, m);
        }
        m.put(key.substring(at + PARAM.length()), p.getProperty(key));
      }
    }
    List<Clause> out = new ArrayList<>();
    for (String raw : required(p, "clauses", resource).split(",")) {
      String id = raw.trim();
      if (!packId.equals(required(p, id + ".pack", resource))) {
        continue;
      }
      List<Source> sources = new ArrayList<>();
      for (int n = 1; ; n++) {
        String doc = p.getProperty(id + ".source." + n);
        if (doc == null) {
          break;
        }
        sources.add(new Source(doc, required(p, "source." + doc + ".title", resource),
            required(p, id + ".quote." + n, resource)));
      }
      if (sources.isEmpty()) {
        throw new IllegalStateException("catalogue " + resource + ": clause " + id + " has no source");
      }
      Optional<Measure> measure = Optional.empty();
      String measureName = p.getProperty(id + ".measure");
      if (measureName != null) {
        try {
          measure = Optional.of(Measure.valueOf(measureName.trim()));
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException("catalogue " + resource + ": clause " + id + " has an unknown measure "
              + measureName, e);
        }
      }
      String conditionEn = p.getProperty(id + ".severityCondition");
      Optional<String> condition = Optional.empty();
      Optional<String> conditionFr = Optional.empty();
      if (conditionEn != null) {
        condition = Optional.of(conditionEn.trim());
        String fr = p.getProperty(id + ".severityConditionFr");
        conditionFr = Optional.of(fr != null ? fr.trim() : conditionEn.trim());
      }
      Severity severity = Severity.valueOf(required(p, id + ".severity", resource));
      Applies applies = Applies.ofLabel(required(p, id + ".applies", resource));
      String check = required(p, id + ".check", resource);
      String checkFr = p.getProperty(id + ".checkFr");
      Map<String, String> written = params.get(id);
      out.add(new Clause(id, packId, severity, condition, conditionFr, applies, check,
          checkFr != null ? checkFr.trim() : check, measure,
          parameters(written != null ? written : Map.of(), id, resource), sources));
    }
    return List.copyOf(out);
  }

  /**
   * The clause's parameters, {@code <id>.param.<name>}: a whole number is an {@link Integer}, a decimal a
   * {@link BigDecimal}, an ISO date a {@link LocalDate}; anything else is refused.
   */
  private static Map<String, Object> parameters(Map<String, String> written, String id, String resource) {
    Map<String, Object> m = new TreeMap<>();
    for (Map.Entry<String, String> e : written.entrySet()) {
      String v = e.getValue().trim();
      Object value;
      if (INTEGER.matcher(v).matches()) {
        value = Integer.valueOf(v);
      } else if (DECIMAL.matcher(v).matches()) {
        value = new BigDecimal(v);
      } else if (DATE.matcher(v).matches()) {
        value = LocalDate.parse(v);
      } else {
        throw new IllegalStateException("catalogue " + resource + ": " + id + PARAM + e.getKey()
            + " is neither a number nor a date: " + v);
      }
      m.put(e.getKey(), value);
    }
    return m;
  }

  private static String required(Properties p, String key, String resource) {
    String v = p.getProperty(key);
    if (v == null || v.isBlank()) {
      throw new IllegalStateException("catalogue " + resource + ": missing key " + key);
    }
    return v.trim();
  }
}
