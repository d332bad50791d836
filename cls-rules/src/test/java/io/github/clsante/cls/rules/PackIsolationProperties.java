package io.github.clsante.cls.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.report.Severity;
import io.github.clsante.cls.testkit.Breakage;
import io.github.clsante.cls.testkit.ContractAtDate;
import io.github.clsante.cls.testkit.Contracts;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * « Regional packs differ on purpose … A rule that is absent from a pack is not evaluated there. » The
 * "occitanie" référentiel never reports a NOR-* clause, "normandie" never an OCC-* clause, and the socle,
 * included in both, reports the same findings in both, for any contract and check date.
 */
@Label("PackIsolationProperties")
class PackIsolationProperties {

  private static final Referentiel OCCITANIE = Referentiels.byId("occitanie");
  private static final Referentiel NORMANDIE = Referentiels.byId("normandie");

  /** A finding as far as packs must agree on it: everything but the pack and the messages' bundle. */
  record Comparable(String ruleId, Severity severity, boolean toDo, String elementId, String path,
      Optional<Integer> year, Map<String, Object> arguments) {
    static Comparable of(Finding f) {
      return new Comparable(f.ruleId(), f.severity(), f.isToDo(), f.elementId(), f.path(), f.year(),
          f.arguments());
    }
  }

  @Property
  @Label("OCC pack isolation — « Regional packs differ on purpose »: \"occitanie\" reports no NOR-* clause")
  void occitanieReportsNoNormandieClause(@ForAll("anyContract") ContractAtDate c) {
    ConformityReport occ = OCCITANIE.check(c.contract(), c.asOf());
    ConformityReport nor = NORMANDIE.check(c.contract(), c.asOf());
    boolean normandieSpoke = nor.findings().stream().anyMatch(f -> f.ruleId().startsWith("NOR-"));
    Statistics.label("normandie reports a NOR-* finding").collect(normandieSpoke);
    Statistics.label("normandie reports a NOR-* finding").coverage(k -> k.check(true).count(n -> n > 0));
    assertThat(occ.findings()).as("occitanie on %s", c)
        .allSatisfy(f -> {
          assertThat(f.ruleId()).matches("(SOC|OCC)-.*");
          assertThat(f.pack()).isIn("socle", "occitanie");
        });
  }

  @Property
  @Label("NOR pack isolation — « Regional packs differ on purpose »: \"normandie\" reports no OCC-* clause")
  void normandieReportsNoOccitanieClause(@ForAll("anyContract") ContractAtDate c) {
    ConformityReport occ = OCCITANIE.check(c.contract(), c.asOf());
    ConformityReport nor = NORMANDIE.check(c.contract(), c.asOf());
    boolean occitanieSpoke = occ.findings().stream().anyMatch(f -> f.ruleId().startsWith("OCC-"));
    Statistics.label("occitanie reports an OCC-* finding").collect(occitanieSpoke);
    Statistics.label("occitanie reports an OCC-* finding").coverage(k -> k.check(true).count(n -> n > 0));
    assertThat(nor.findings()).as("normandie on %s", c)
        .allSatisfy(f -> {
          assertThat(f.ruleId()).matches("(SOC|NOR)-.*");
          assertThat(f.pack()).isIn("socle", "normandie");
        });
  }

  @Property
  @Label("SOC-* in both packs — the socle « applies in every référentiel pack »: identical socle findings")
  void socleFindingsAreTheSameInBothPacks(@ForAll("anyContract") ContractAtDate c) {
    List<Comparable> occ = socle(OCCITANIE.check(c.contract(), c.asOf()));
    List<Comparable> nor = socle(NORMANDIE.check(c.contract(), c.asOf()));
    Statistics.label("socle findings").collect(occ.isEmpty() ? "none" : "some");
    Statistics.label("socle findings").coverage(k -> k.check("some").count(n -> n > 0));
    assertThat(nor).as("socle findings of normandie vs occitanie on %s", c).containsExactlyInAnyOrderElementsOf(occ);
    assertThat(nor).hasSameSizeAs(occ);
  }

  private static List<Comparable> socle(ConformityReport r) {
    return r.findings().stream().filter(f -> f.ruleId().startsWith("SOC-")).map(Comparable::of).toList();
  }

  /** Random contracts at dates, both packs' conforming contracts, and conforming contracts broken in any way. */
  @Provide
  Arbitrary<ContractAtDate> anyContract() {
    Arbitrary<ContractAtDate> brokenNormandie = Arbitraries.of(Arrays.stream(Breakage.values())
            .filter(b -> !b.pack().equals("occitanie")).toList())
        .flatMap(b -> Breakage.broken(Contracts.conformingNormandie(), b));
    Arbitrary<ContractAtDate> brokenOccitanie = Arbitraries.of(Arrays.stream(Breakage.values())
            .filter(b -> !b.pack().equals("normandie")).toList())
        .flatMap(b -> Breakage.broken(Contracts.conformingOccitanie(), b));
    return Arbitraries.frequencyOf(
        Tuple.of(4, Contracts.contractsAtDates()),
        Tuple.of(1, Contracts.conformingNormandie()),
        Tuple.of(1, Contracts.conformingOccitanie()),
        Tuple.of(2, brokenNormandie),
        Tuple.of(2, brokenOccitanie));
  }
}
