package io.github.clsante.cls.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.referentiel.Clause;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.testkit.Breakage;
import io.github.clsante.cls.testkit.ContractAtDate;
import io.github.clsante.cls.testkit.Contracts;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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
import net.jqwik.api.statistics.Statistics;

/**
 * cls-testkit's promises, against the real rules (the testkit's own tests cannot load them): its conforming
 * generators give no finding but to-dos in their référentiel, each breakage makes the rules report its clause,
 * one breakage per catalogued clause, and the Occitanie generator still varies what Normandie judges. Each
 * clause's property then compares the rules with an oracle computed from the model and CLAUSES.md.
 */
class TestkitProperties {

  private static final Map<Breakage, Integer> APPLIED = new EnumMap<>(Breakage.class);

  private static Referentiel referentiel(String id) {
    return Referentiels.byId(id);
  }

  @Example
  @Label("one breakage per catalogued clause, in the clause's pack")
  void oneBreakagePerCataloguedClause() {
    Map<String, Clause> catalogue = new LinkedHashMap<>();
    for (String id : List.of("normandie", "occitanie")) {
      referentiel(id).catalogue().forEach(c -> catalogue.putIfAbsent(c.id(), c));
    }
    Set<String> broken = Stream.of(Breakage.values()).map(Breakage::clauseId).collect(Collectors.toSet());
    assertThat(broken).containsExactlyInAnyOrderElementsOf(catalogue.keySet());
    for (Breakage b : Breakage.values()) {
      assertThat(b.pack()).as(b.name()).isEqualTo(catalogue.get(b.clauseId()).pack());
    }
  }

  @Property(tries = 200)
  @Label("conformingNormandie() gets no finding but to-dos from the normandie référentiel")
  void conformingNormandie(@ForAll("normandie") ContractAtDate c) {
    List<Finding> findings = referentiel("normandie").check(c.contract(), c.asOf()).findings();
    Statistics.label("to-dos").collect(findings.isEmpty() ? "none" : "some");
    assertThat(findings).as("%s", c).allMatch(Finding::isToDo);
  }

  @Property(tries = 200)
  @Label("conformingOccitanie() gets no finding but to-dos from the occitanie référentiel")
  void conformingOccitanie(@ForAll("occitanie") ContractAtDate c) {
    List<Finding> findings = referentiel("occitanie").check(c.contract(), c.asOf()).findings();
    assertThat(findings).as("%s", c).allMatch(Finding::isToDo);
  }

  @Property(tries = 200)
  @Label("conformingOccitanie() still varies what Occitanie does not judge: Normandie often finds more")
  void occitanieVariesWhatItDoesNotJudge(@ForAll("occitanie") ContractAtDate c) {
    boolean normandieFinds = referentiel("normandie").check(c.contract(), c.asOf()).findings().stream()
        .anyMatch(f -> f.ruleId().startsWith("NOR-") && !f.isToDo());
    Statistics.label("a Normandie clause violated").collect(normandieFinds);
    Statistics.label("a Normandie clause violated").coverage(k -> k.check(true).percentage(x -> x > 20));
  }

  @Property(tries = 200)
  @Label("an applicable breakage makes the rules report its clause on the same date")
  void everyApplicableBreakageIsReported(@ForAll("conforming") ContractAtDate base) {
    String region = base.contract().region().toLowerCase(java.util.Locale.ROOT);
    for (Breakage b : Breakage.values()) {
      if (!b.appliesTo(base)) {
        continue;
      }
      synchronized (APPLIED) {
        APPLIED.merge(b, 1, Integer::sum);
      }
      ContractAtDate out = b.apply(base);
      String id = b.pack().equals("socle") ? region : b.pack();
      assertThat(referentiel(id).check(out.contract(), out.asOf()).findings(b.clauseId()))
          .as("%s on %s, checked by %s", b, out, id).isNotEmpty();
    }
  }

  @AfterContainer
  static void everyBreakageAppliedSometimes() {
    List<Breakage> rare = new ArrayList<>();
    for (Breakage b : Breakage.values()) {
      if (APPLIED.getOrDefault(b, 0) < 3) {
        rare.add(b);
      }
    }
    assertThat(rare).as("breakages applied fewer than 3 times in 200 tries").isEmpty();
  }

  @Provide
  Arbitrary<ContractAtDate> normandie() {
    return Contracts.conformingNormandie();
  }

  @Provide
  Arbitrary<ContractAtDate> occitanie() {
    return Contracts.conformingOccitanie();
  }

  @Provide
  Arbitrary<ContractAtDate> conforming() {
    return Arbitraries.oneOf(Contracts.conformingNormandie(), Contracts.conformingOccitanie());
  }
}
