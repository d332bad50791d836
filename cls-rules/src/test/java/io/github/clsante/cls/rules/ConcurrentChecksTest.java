package io.github.clsante.cls.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.testkit.ContractAtDate;
import io.github.clsante.cls.testkit.Contracts;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One référentiel instance is shared by many threads: every concurrent result equals the single-threaded one
 * (no state crosses checks).
 */
class ConcurrentChecksTest {

  @Test
  void oneInstanceHammeredFromManyThreadsGivesTheSingleThreadedResults() throws Exception {
    List<ContractAtDate> inputs = Contracts.contractsAtDates().sampleStream().limit(60).toList();
    for (String id : List.of("normandie", "occitanie")) {
      Referentiel r = Referentiels.byId(id);
      List<ConformityReport> expected = inputs.stream().map(c -> r.check(c.contract(), c.asOf())).toList();
      assertThat(expected.stream().mapToInt(x -> x.findings().size()).sum()).as("the inputs give findings")
          .isPositive();
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<Boolean>> results = new ArrayList<>();
        for (int round = 0; round < 8; round++) {
          for (int i = 0; i < inputs.size(); i++) {
            int k = (i + round * 7) % inputs.size();
            results.add(pool.submit(() -> r.check(inputs.get(k).contract(), inputs.get(k).asOf())
                .equals(expected.get(k))));
          }
        }
        for (Future<Boolean> f : results) {
          assertThat(f.get(60, TimeUnit.SECONDS)).as("a concurrent result equals the single-threaded one")
              .isTrue();
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
