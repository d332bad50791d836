package io.github.clsante.cls.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.calendar.Phase;
import io.github.clsante.cls.model.BodyKind;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The conforming generators' reach: their région, every phase, a merged body sometimes. That they satisfy every
 * clause on their check date is shown against the real rules in cls-rules ({@code TestkitProperties}).
 */
class ConformingProperties {

  @Group
  @Label("Normandie")
  class Normandie {

    @Provide
    Arbitrary<ContractAtDate> conforming() {
      return Contracts.conformingNormandie();
    }

    @Property(tries = 200)
    @Label("is in Normandie, hits every phase and sometimes a merged body")
    void coversPhasesAndMergedBodies(@ForAll("conforming") ContractAtDate c) {
      assertThat(c.contract().region()).isEqualTo("Normandie");
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
    @Label("is in Occitanie and hits every phase")
    void coversPhases(@ForAll("conforming") ContractAtDate c) {
      assertThat(c.contract().region()).isEqualTo("Occitanie");
      Statistics.label("phase").collect(c.phase());
      Statistics.label("phase").coverage(k -> {
        for (Phase p : Phase.values()) {
          k.check(p).percentage(x -> x > 5);
        }
      });
    }
  }
}
