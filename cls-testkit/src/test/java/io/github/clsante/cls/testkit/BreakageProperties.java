package io.github.clsante.cls.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.calendar.JudgedYears;
import io.github.clsante.cls.model.BodyKind;
import io.github.clsante.cls.model.Milestones;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The breakages' shape: one per clause id, the same date, the same phase, their input back when they do not
 * apply, each applied often enough. That a breakage violates its clause is shown against the real rules and the
 * oracles of the clauses in cls-rules ({@code TestkitProperties}, and each clause's property); cls-testkit's own
 * tests cannot load the rules (cls-rules' tests depend on this module), and a copy of the rules here would only
 * agree with itself.
 */
class BreakageProperties {

  private static final Map<Breakage, Integer> APPLIED = new EnumMap<>(Breakage.class);

  @Provide
  Arbitrary<ContractAtDate> conforming() {
    return Arbitraries.oneOf(Contracts.conformingNormandie(), Contracts.conformingOccitanie());
  }

  @Example
  @Label("one breakage per clause id, named after it; its pack from the id's prefix")
  void oneBreakagePerClause() {
    Set<String> broken = Stream.of(Breakage.values()).map(Breakage::clauseId).collect(Collectors.toSet());
    assertThat(broken).hasSize(Breakage.values().length).allMatch(id -> id.matches("(SOC|NOR|OCC)(-[A-Z]+)+"));
    for (Breakage b : Breakage.values()) {
      assertThat(Breakage.of(b.clauseId())).isEqualTo(b);
    }
    assertThat(Breakage.of("NOR-COPIL-ANNUAL")).isEqualTo(Breakage.NOR_COPIL_ANNUAL);
    assertThat(Breakage.SOC_DURATION.pack()).isEqualTo("socle");
    assertThat(Breakage.OCC_TERRITORY.pack()).isEqualTo("occitanie");
  }

  @Property(tries = 200)
  @Label("an applicable breakage changes the contract, keeps the date and the phase; another returns its input")
  void everyApplicableBreakageChangesTheContractOnly(@ForAll("conforming") ContractAtDate base) {
    for (Breakage b : Breakage.values()) {
      ContractAtDate out = b.apply(base);
      if (!b.appliesTo(base)) {
        assertThat(out).as(b.name()).isSameAs(base);
        continue;
      }
      synchronized (APPLIED) {
        APPLIED.merge(b, 1, Integer::sum);
      }
      assertThat(out.asOf()).isEqualTo(base.asOf());
      // a broken contract is still a meaningful one: ContractAtDate holds a built contract, and build() refuses
      // what is meaningless, so the breakage itself would have thrown
      if (b != Breakage.SOC_DURATION) {
        assertThat(out.phase()).as(b.name()).isEqualTo(base.phase());
      }
      // the base conforms to its région's pack and the socle, so a breakage of their clauses must change
      // something (a clause of the other région's pack may already be unmet)
      boolean conformsFor = b.pack().equals("socle")
          || b.pack().equalsIgnoreCase(base.contract().region());
      if (conformsFor) {
        assertThat(out.contract().equals(base.contract())).as(b + " changes the contract").isFalse();
      }
    }
  }

  @AfterContainer
  static void everyBreakageAppliedSometimes() {
    List<Breakage> never = new ArrayList<>();
    for (Breakage b : Breakage.values()) {
      if (APPLIED.getOrDefault(b, 0) < 3) {
        never.add(b);
      }
    }
    assertThat(never).as("breakages applied fewer than 3 times in 200 tries").isEmpty();
  }

  @Property(tries = 100)
  @Label("NOR_COPIL_ANNUAL leaves a judged year (diagnosis start → end) with no COPIL meeting")
  void copilAnnual(@ForAll("broken") ContractAtDate c) {
    Milestones m = c.contract().milestones();
    List<Integer> years = JudgedYears.of(m.diagnosisStart().orElseThrow(), m.end(), c.asOf());
    assertThat(years).anySatisfy(y -> assertThat(c.contract().governance().bodies().stream()
        .filter(b -> b.kind().countsAsCopil()).flatMap(b -> b.meetings().stream())
        .filter(mt -> mt.date().getYear() == y)).isEmpty());
  }

  @Provide
  Arbitrary<ContractAtDate> broken() {
    return Breakage.broken(Contracts.conformingNormandie(), Breakage.NOR_COPIL_ANNUAL);
  }

  @Property(tries = 100)
  @Label("NOR_MERGED_BODIES leaves a merged body on a territory not in the politique de la ville")
  void mergedBodies(@ForAll("mergedBroken") ContractAtDate c) {
    assertThat(c.contract().territory().politiqueDeLaVille()).isFalse();
    assertThat(c.contract().governance().bodies()).anyMatch(b -> b.kind() == BodyKind.MERGED_COPIL_COTECH);
  }

  @Provide
  Arbitrary<ContractAtDate> mergedBroken() {
    return Breakage.broken(Contracts.conformingNormandie(), Breakage.NOR_MERGED_BODIES);
  }

  @Property(tries = 100)
  @Label("a breakage that does not apply returns its input: NOR_FINAL_EVALUATION before the last 12 months")
  void finalEvaluationOnlyAtTheEnd(@ForAll("conforming") ContractAtDate c) {
    boolean window = c.contract().milestones().end().map(e -> c.asOf().isAfter(e.minusYears(1))).orElse(false);
    assertThat(Breakage.NOR_FINAL_EVALUATION.appliesTo(c)).isEqualTo(window);
    if (!window) {
      assertThat(Breakage.NOR_FINAL_EVALUATION.apply(c)).isSameAs(c);
    }
  }
}
