package io.github.clsante.cls.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.json.ClsJson;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.rules.ClauseOracles;
import io.github.clsante.cls.rules.oracle.SharedFinding;
import io.github.clsante.cls.rules.internal.DroolsReferentiel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the benchmarks compiling and honest: each benchmark method runs once and returns something non-trivial.
 * Never asserts on time.
 */
class BenchSmokeTest {

  @Test
  void checkBenchmarkMethodsDoRealWork() {
    CheckBenchmark b = new CheckBenchmark();
    b.scale = 1;
    b.setUp();
    ConformityReport r = b.check();
    assertThat(r.findings()).isNotEmpty();
    assertThat(r.findings()).extracting(f -> f.ruleId()).contains("NOR-COPIL-MEMBERS", "NOR-MINUTES",
        "NOR-INDICATOR-FOLLOW-UP");
    int meetings = Contracts.typical().governance().bodies().stream().mapToInt(x -> x.meetings().size()).sum();
    assertThat(b.derive().bodies().meetings())
        .as("one fact per meeting: the derivation really runs").hasSize(meetings);
    assertThat(b.emptyKieBase().hits()).isEmpty();
    assertThat(((DroolsReferentiel) Referentiels.byId("normandie")).ruleCount()).isGreaterThan(30);
  }

  /**
   * The oracle benchmark judges the same contract as the check, finding for finding: as many findings, and the
   * same ones once reduced to what an oracle states (rule, severity, to-do, element, path, year, arguments).
   */
  @Test
  void oracleBenchmarkFindsWhatTheCheckFinds() {
    CheckBenchmark b = new CheckBenchmark();
    b.scale = 1;
    b.setUp();
    ConformityReport r = b.check();
    List<SharedFinding> expected = b.oracle();
    assertThat(expected).as("oracle findings").hasSameSizeAs(r.findings());
    assertThat(r.findings().stream().map(f -> SharedFinding.of(f, ClauseOracles.asserts(f.ruleId()))).toList())
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void typicalContractHasTheAdvertisedShape() {
    var c = Contracts.typical();
    assertThat(c.signatories()).hasSize(6);
    assertThat(c.governance().bodies()).hasSize(3);
    assertThat(c.governance().bodies().stream().mapToInt(x -> x.meetings().size()).sum()).isBetween(35, 45);
    assertThat(c.actionPlan().fiches()).hasSize(20);
  }

  @Test
  void scaledContractsGrowAboutLinearly() {
    int e1 = Contracts.elements(Contracts.scaled(1));
    int e10 = Contracts.elements(Contracts.scaled(10));
    assertThat((double) e10 / e1).isBetween(7.0, 13.0);
    ConformityReport r = Referentiels.byId("normandie").check(Contracts.scaled(10), Contracts.AS_OF);
    assertThat(r.findings().size()).isGreaterThan(
        Referentiels.byId("normandie").check(Contracts.typical(), Contracts.AS_OF).findings().size());
  }

  @Test
  void naiveAnchorRefusesToRunWithoutTheDrlCompiler() {
    // The precompiled class path holds no DRL compiler: the naive anchor only runs on ./bench's naive class
    // path, where ./bench also checks that it finds exactly what the precompiled pack finds.
    assertThat(getClass().getClassLoader().getResource("org/mvel2/MVEL.class")).isNull();
    assertThat(getClass().getClassLoader().getResource("naive-drl/io/github/clsante/cls/rules/normandie/normandie.drl"))
        .isNotNull();
  }

  @Test
  void jsonDocumentRoundTripsAndChecks() {
    String json = JsonBenchmark.write(10);
    var c = ClsJson.reader().read(json);
    assertThat(Referentiels.byId("normandie").check(c, Contracts.AS_OF).findings()).isNotEmpty();
  }
}
