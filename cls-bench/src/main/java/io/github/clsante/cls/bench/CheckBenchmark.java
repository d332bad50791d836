package io.github.clsante.cls.bench;

import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.rules.ClauseOracles;
import io.github.clsante.cls.rules.oracle.SharedFinding;
import io.github.clsante.cls.rules.spi.FindingSink;
import io.github.clsante.cls.spi.facts.FactSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Warm check of a contract by the Normandie pack (one thread), with the floors measured in the same run:
 * {@code derive} ({@code FactSet.derive} alone) and {@code emptyKieBase} (the same facts through a stateless
 * session on a KieBase without rules), and {@code oracle}: the same contract judged by the plain-Java oracles of
 * cls-rules' tests (every socle and Normandie clause stated directly on the model, from its test-jar), so that
 * {@code check / oracle} is the price of the rule engine, from one run. {@code scale} 1 is the typical contract;
 * 10 and 100 the scaled ones.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
public class CheckBenchmark {

  /** The contract's scale (see {@link Contracts#scaled}). */
  @Param({"1", "10", "100"})
  public int scale;

  private LocalHealthContract contract;
  private Referentiel normandie;
  private EmptyKieBase empty;

  /** Builds the contract and loads the pack. */
  @Setup(Level.Trial)
  public void setUp() {
    contract = Contracts.scaled(scale);
    normandie = Referentiels.byId("normandie");
    empty = new EmptyKieBase();
    if (normandie.check(contract, Contracts.AS_OF).findings().isEmpty()) {
      throw new IllegalStateException("the check of the scale-" + scale + " contract found nothing");
    }
  }

  /** @return the report of a full check */
  @Benchmark
  public ConformityReport check() {
    return normandie.check(contract, Contracts.AS_OF);
  }

  /**
   * @return every finding the plain-Java oracles expect of the "normandie" check (socle + Normandie clauses):
   *     the same judgement without the rule engine, reduced findings (no message, no report)
   */
  @Benchmark
  public List<SharedFinding> oracle() {
    return ClauseOracles.expected("normandie", contract, Contracts.AS_OF);
  }

  /** @return the derived facts: floor (a) */
  @Benchmark
  public FactSet derive() {
    return FactSet.derive(contract, Contracts.AS_OF);
  }

  /** @return the sink of a check on a KieBase without rules: floor (b) */
  @Benchmark
  public FindingSink emptyKieBase() {
    return empty.run(contract, Contracts.AS_OF);
  }
}
