package io.github.clsante.cls.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.testkit.Breakage;
import io.github.clsante.cls.testkit.ContractAtDate;
import io.github.clsante.cls.testkit.Contracts;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Every argument of every finding is asserted by its clause's oracle — thresholds included ({@code minimum},
 * {@code idealMinimum}, {@code idealMaximum}, {@code minimumMonths}, {@code maximumMonths}…): over random
 * contracts and conforming ones broken clause by clause, in both référentiels, each finding's argument names are
 * among those the oracle function of its clause states ({@code @ClauseOracle(asserts = …)}, {@link ClauseOracles}). An argument the
 * rules add without its oracle stating it fails here, so no argument goes unchecked. At the end, every clause has
 * been seen with a finding.
 */
class FindingArgumentsProperties {

  private static final Map<String, Set<String>> SEEN = new ConcurrentHashMap<>();

  @Provide
  Arbitrary<ContractAtDate> contracts() {
    Arbitrary<ContractAtDate> brokenNormandie = Arbitraries.of(Breakage.values())
        .filter(b -> !b.pack().equals("occitanie"))
        .flatMap(b -> Breakage.broken(Contracts.conformingNormandie(), b));
    Arbitrary<ContractAtDate> brokenOccitanie = Arbitraries.of(Breakage.values())
        .filter(b -> !b.pack().equals("normandie"))
        .flatMap(b -> Breakage.broken(Contracts.conformingOccitanie(), b));
    return Arbitraries.frequencyOf(Tuple.of(2, Contracts.contractsAtDates()), Tuple.of(3, brokenNormandie),
        Tuple.of(3, brokenOccitanie));
  }

  @Property(tries = 300)
  @Label("every finding argument is one its clause's oracle asserts")
  void everyArgumentIsAsserted(@ForAll("contracts") ContractAtDate c) {
    for (String id : List.of("normandie", "occitanie")) {
      Referentiel r = Referentiels.byId(id);
      for (Finding f : r.check(c.contract(), c.asOf()).findings()) {
        List<String> asserted = asserted(f.ruleId());
        assertThat(asserted).as("arguments of %s (%s) on %s", f.ruleId(), f.arguments(), c)
            .containsAll(f.arguments().keySet());
        SEEN.computeIfAbsent(f.ruleId(), k -> ConcurrentHashMap.newKeySet()).addAll(f.arguments().keySet());
      }
    }
  }

  @AfterContainer
  static void everyClauseWasSeen() {
    Set<String> all = new TreeSet<>();
    for (String id : List.of("normandie", "occitanie")) {
      Referentiels.byId(id).catalogue().forEach(cl -> all.add(cl.id()));
    }
    assertThat(new TreeMap<>(SEEN).keySet()).as("clauses seen with a finding").containsAll(all);
  }

  /** @return the argument names the oracle of that clause compares */
  static List<String> asserted(String ruleId) {
    return ClauseOracles.asserts(ruleId);
  }
}
