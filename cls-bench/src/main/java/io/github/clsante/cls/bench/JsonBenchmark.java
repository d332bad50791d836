package io.github.clsante.cls.bench;

import io.github.clsante.cls.json.ClsJson;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.ConformityReport;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/** Warm read + check of a document of about 1 MB, written by {@code ClsJson.writer()} from a scaled contract. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
public class JsonBenchmark {

  /** The target size of the document, in bytes. */
  public static final int TARGET_BYTES = 1_000_000;

  private String json;
  private Referentiel normandie;

  /** Writes the document. */
  @Setup(Level.Trial)
  public void setUp() {
    json = document();
    normandie = Referentiels.byId("normandie");
  }

  /**
   * @return the JSON of the smallest scaled contract (scale 10 to 99, where the history is fixed and the size
   *     grows with the scale) of at least {@link #TARGET_BYTES} UTF-8 bytes
   */
  public static String document() {
    return write(documentScale());
  }

  /** @return the scale of that document */
  public static int documentScale() {
    int lo = 10;
    int hi = 99;
    while (lo < hi) {
      int mid = (lo + hi) / 2;
      if (bytes(write(mid)) >= TARGET_BYTES) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  static String write(int k) {
    return ClsJson.writer().write(Contracts.scaled(k));
  }

  static int bytes(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }

  /** @return the report of the document read and checked */
  @Benchmark
  public ConformityReport readAndCheck() {
    LocalHealthContract c = ClsJson.reader().read(json);
    return normandie.check(c, Contracts.AS_OF);
  }
}
