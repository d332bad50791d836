package io.github.clsante.cls.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.calendar.Phase;
import io.github.clsante.cls.model.BodyKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The conforming generators satisfy, on their check date, the check of every clause of the socle and of their
 * region, as read on cls-core's generic facts by {@link ClauseOracle} (no rule engine involved).
 */
class ConformingProperties {

  static List<String> violated(ContractAtDate c, List<String> clauses) {
    ClauseOracle oracle = new ClauseOracle(c);
    List<String> out = new ArrayList<>();
    for (String clause : clauses) {
      Optional<Boolean> holds = oracle.check(clause);
      if (holds.isPresent() && !holds.get()) {
        out.add(clause);
      }
    }
    return out;
  }

  @Group
  @Label("Normandie")
  class Normandie {

    @Provide
    Arbitrary<ContractAtDate> conforming() {
      return Contracts.conformingNormandie();
    }

    @Property(tries = 200)
    @Label("satisfies every socle and Normandie clause on its check date")
    void satisfiesEveryClause(@ForAll("conforming") ContractAtDate c) {
      assertThat(violated(c, ClauseOracle.SOCLE)).as("socle").isEmpty();
      assertThat(violated(c, ClauseOracle.NORMANDIE)).as("Normandie").isEmpty();
      assertThat(c.contract().region()).isEqualTo("Normandie");
    }

    @Property(tries = 200)
    @Label("hits every phase and sometimes a merged body")
    void coversPhasesAndMergedBodies(@ForAll("conforming") ContractAtDate c) {
      Statistics.label("phase").collect(c.phase());
      Statistics.label("merged").collect(c.contract().governance().bodies().stream()
          .anyMatch(b -> b.kind() == BodyKind.MERGED_COPIL_COTECH));
      Statistics.label("phase").coverage(k -> {
        for (Phase p : Phase.values()) {
          k.check(p).percentage(x -> x > 5);
        }
      });
      Statistics.label("merged").coverage(k -> k.check(true).percentage(x -> x > 1));
    }
  }

  @Group
  @Label("Occitanie")
  class Occitanie {

    @Provide
    Arbitrary<ContractAtDate> conforming() {
      return Contracts.conformingOccitanie();
    }

    @Property(tries = 200)
    @Label("satisfies every socle and Occitanie clause on its check date")
    void satisfiesEveryClause(@ForAll("conforming") ContractAtDate c) {
      assertThat(violated(c, ClauseOracle.SOCLE)).as("socle").isEmpty();
      assertThat(violated(c, ClauseOracle.OCCITANIE)).as("Occitanie").isEmpty();
      assertThat(c.contract().region()).isEqualTo("Occitanie");
    }

    @Property(tries = 200)
    @Label("still varies what Occitanie does not judge: some Normandie clauses are violated")
    void variesWhatOccitanieDoesNotJudge(@ForAll("conforming") ContractAtDate c) {
      Statistics.label("phase").collect(c.phase());
      Statistics.label("breaks a Normandie clause").collect(!violated(c, ClauseOracle.NORMANDIE).isEmpty());
      Statistics.label("phase").coverage(k -> {
        for (Phase p : Phase.values()) {
          k.check(p).percentage(x -> x > 5);
        }
      });
      Statistics.label("breaks a Normandie clause").coverage(k -> {
        k.check(true).percentage(x -> x > 20);
      });
    }
  }
}
