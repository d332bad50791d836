package io.github.clsante.cls.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.cls.calendar.Phase;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.Milestones;
import io.github.clsante.cls.referentiel.Clause;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.region.UnknownRegionException;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.report.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Many contracts at once: input order, failures kept to their contract, totals, agenda, bounded work in flight. */
class PortfolioTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

  /**
   * A référentiel for the tests: contract "cls-K" gets K ERROR findings and one to-do due K days after the check
   * date; a contract named "boom" makes it throw, as a faulty third-party pack would.
   */
  static final class Stub implements Referentiel {
    final AtomicInteger running = new AtomicInteger();
    final AtomicInteger maxRunning = new AtomicInteger();

    @Override
    public String id() {
      return "stub";
    }

    @Override
    public String title() {
      return "Stub";
    }

    @Override
    public String version() {
      return "1";
    }

    @Override
    public List<Clause> catalogue() {
      return List.of();
    }

    @Override
    public ConformityReport check(LocalHealthContract contract, LocalDate asOf) {
      maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
      try {
        if (contract.name().equals("boom")) {
          throw new IllegalStateException("the stub pack fails on " + contract.id());
        }
        int k = Integer.parseInt(contract.id().substring(4));
        List<Finding> fs = new ArrayList<>();
        for (int i = 0; i < k; i++) {
          fs.add(new Finding("X-ERR", Severity.ERROR, false, contract.id(), "/e/" + i, Optional.empty(), Map.of(),
              List.of(), "stub", (f, l) -> "m"));
        }
        fs.add(new Finding("X-TODO", Severity.INFO, true, contract.id(), "/t", Optional.empty(),
            Optional.of(asOf.plusDays(k)), Map.of(), List.of(), "stub", (f, l) -> "m"));
        Thread.yield();
        Phase phase = k % 2 == 0 ? Phase.IMPLEMENTATION_AND_EVALUATION : Phase.DIAGNOSIS_AND_PLANNING;
        return new ConformityReport("stub", contract.id(), asOf, phase, fs);
      } finally {
        running.decrementAndGet();
      }
    }
  }

  static LocalHealthContract contract(int k, String name, String region) {
    return LocalHealthContract.builder().id("cls-" + k).name(name).region(region).milestones(Milestones.none())
        .build();
  }

  static List<LocalHealthContract> contracts(int n) {
    return IntStream.range(0, n).mapToObj(k -> contract(k, "CLS " + k, "Normandie")).toList();
  }

  @Test
  void oneReportPerContractInInputOrderWhateverTheThreads() {
    Stub stub = new Stub();
    List<LocalHealthContract> in = new ArrayList<>(contracts(40));
    java.util.Collections.reverse(in);
    PortfolioReport r = Portfolio.asOf(AS_OF).referentiel(ReferentielChoice.forced(stub)).parallelism(4).check(in);
    assertThat(r.entries()).extracting(e -> e.contractId().orElseThrow())
        .containsExactlyElementsOf(in.stream().map(LocalHealthContract::id).toList());
    assertThat(r.entries()).extracting(PortfolioEntry::index).containsExactlyElementsOf(
        IntStream.range(0, 40).boxed().toList());
    assertThat(r.entries()).allSatisfy(e -> assertThat(e.report().orElseThrow().contractId())
        .isEqualTo(e.contractId().orElseThrow()));
    assertThat(r.asOf()).isEqualTo(AS_OF);
  }

  @Test
  void totalsAgendaAndDuplicates() {
    List<LocalHealthContract> in = List.of(contract(0, "a", "Normandie"), contract(1, "b", "Normandie"),
        contract(2, "c", "Normandie"), contract(2, "c bis", "Normandie"));
    PortfolioReport r = Portfolio.asOf(AS_OF).referentiel(ReferentielChoice.forced(new Stub())).check(in);
    assertThat(r.count(Severity.ERROR)).isEqualTo(0 + 1 + 2 + 2);
    assertThat(r.counts()).containsEntry(Severity.INFO, 4L).containsEntry(Severity.WARNING, 0L);
    assertThat(r.conforming()).isEqualTo(1);
    assertThat(r.notConforming()).isEqualTo(3);
    assertThat(r.isConforming()).isFalse();
    assertThat(r.phases()).containsEntry(Phase.IMPLEMENTATION_AND_EVALUATION, 3L)
        .containsEntry(Phase.DIAGNOSIS_AND_PLANNING, 1L).containsEntry(Phase.ENDED, 0L);
    assertThat(r.duplicateContractIds()).containsOnlyKeys("cls-2").containsEntry("cls-2", List.of(2, 3));
    assertThat(r.agenda().items()).extracting(i -> i.dueDate().orElseThrow())
        .containsExactly(AS_OF, AS_OF.plusDays(1), AS_OF.plusDays(2), AS_OF.plusDays(2));
    assertThat(r.agenda().items()).extracting(i -> i.contractId())
        .containsExactly("cls-0", "cls-1", "cls-2", "cls-2");
  }

  @Test
  void aContractThatCannotBeCheckedFailsAloneAndTheOthersAreChecked() {
    List<LocalHealthContract> in = List.of(contract(1, "ok", "Normandie"), contract(2, "boom", "Normandie"),
        contract(3, "ok", "Normandie"));
    PortfolioReport r = Portfolio.asOf(AS_OF).referentiel(ReferentielChoice.forced(new Stub())).check(in);
    assertThat(r.entries()).extracting(PortfolioEntry::isChecked).containsExactly(true, false, true);
    PortfolioEntry failed = r.failures().get(0);
    assertThat(failed.index()).isEqualTo(1);
    assertThat(failed.contractId()).contains("cls-2");
    assertThat(failed.failure()).get().isInstanceOf(IllegalStateException.class)
        .extracting(Throwable::getMessage).asString().contains("cls-2");
    assertThat(failed.report()).isEmpty();
    assertThat(r.reports()).hasSize(2);
    assertThat(r.isConforming()).isFalse();
  }

  @Test
  void byRegionARegionThatIsNoRegionFailsThatContractOnly() {
    // cls-core alone has no pack: "Normandie" fails for want of a référentiel, "Atlantis" for want of a région
    PortfolioReport r = Portfolio.asOf(AS_OF).check(List.of(contract(1, "x", "Atlantis")));
    assertThat(r.failures()).singleElement()
        .satisfies(e -> assertThat(e.failure()).get().isInstanceOf(UnknownRegionException.class));
  }

  @Test
  void sourcesAreOpenedOnTheWorkersAndWhatOpeningThrowsIsThatEntrysFailure() {
    List<String> files = List.of("1.json", "broken.json", "3.json");
    PortfolioReport r = Portfolio.asOf(AS_OF).referentiel(ReferentielChoice.forced(new Stub()))
        .check(files, f -> {
          if (f.startsWith("broken")) {
            throw new IllegalArgumentException("unreadable " + f);
          }
          return contract(Integer.parseInt(f.substring(0, 1)), f, "Normandie");
        });
    assertThat(r.entries()).extracting(PortfolioEntry::source).containsExactlyElementsOf(files);
    assertThat(r.failures()).singleElement().satisfies(e -> {
      assertThat(e.source()).isEqualTo("broken.json");
      assertThat(e.contractId()).isEmpty();
      assertThat(e.failure()).get().extracting(Throwable::getMessage).isEqualTo("unreadable broken.json");
    });
  }

  @Test
  void atMostParallelismContractsAreInFlightOnTheEmbeddersExecutor() {
    Stub stub = new Stub();
    AtomicInteger pulled = new AtomicInteger();
    AtomicInteger maxAhead = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    Iterable<LocalHealthContract> lazy = () -> new Iterator<>() {
      @Override
      public boolean hasNext() {
        return pulled.get() < 200;
      }

      @Override
      public LocalHealthContract next() {
        int k = pulled.getAndIncrement();
        maxAhead.accumulateAndGet(k - done.get(), Math::max);
        return contract(k % 5, "CLS", "Normandie");
      }
    };
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      PortfolioReport r = Portfolio.asOf(AS_OF).referentiel(ReferentielChoice.forced(stub)).parallelism(3)
          .executor(task -> pool.execute(() -> {
            task.run();
            done.incrementAndGet();
          })).check(lazy);
      assertThat(r.entries()).hasSize(200);
      assertThat(stub.maxRunning.get()).isBetween(1, 3);
      // the input is pulled as work completes, never far ahead of it (3 in flight, plus up to 3 finished tasks
      // whose "done" is not counted yet, plus the one being pulled) — not all 200 at once
      assertThat(maxAhead.get()).isLessThanOrEqualTo(2 * 3 + 1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void misuseIsRefusedNamingTheParameter() {
    assertThatThrownBy(() -> Portfolio.asOf(null)).isInstanceOf(NullPointerException.class).hasMessage("asOf");
    assertThatThrownBy(() -> Portfolio.asOf(AS_OF).parallelism(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("threads");
    assertThatThrownBy(() -> Portfolio.asOf(AS_OF).check(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("contracts");
    assertThatThrownBy(() -> Portfolio.asOf(AS_OF).referentiel(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("choice");
    assertThatThrownBy(() -> ReferentielChoice.forced(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("referentiel");
  }

  @Test
  void anEmptyPortfolioIsNoneConformingAndHasAnEmptyAgenda() {
    PortfolioReport r = Portfolio.asOf(AS_OF).check(List.of());
    assertThat(r.entries()).isEmpty();
    assertThat(r.isConforming()).isFalse();
    assertThat(r.agenda().isEmpty()).isTrue();
  }
}
