package io.github.clsante.cls.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.calendar.JudgedYears;
import io.github.clsante.cls.calendar.Phase;
import io.github.clsante.cls.model.BodyKind;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.Milestones;
import io.github.clsante.cls.model.OrganisationKind;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The random generators build meaningful, small contracts and really vary the dimensions the clauses read. */
class ContractsProperties {

  @Provide
  Arbitrary<LocalHealthContract> contracts() {
    return Contracts.contracts();
  }

  @Provide
  Arbitrary<ContractAtDate> atDates() {
    return Contracts.contractsAtDates();
  }

  static int size(LocalHealthContract c) {
    return c.organisations().size() + c.people().size() + c.signatories().size() + c.amendments().size()
        + c.coordination().funding().size()
        + c.governance().bodies().stream().mapToInt(b -> 1 + b.members().size() + b.meetings().size()).sum()
        + c.actionPlan().axes().size()
        + c.actionPlan().fiches().stream().mapToInt(f -> 1 + f.indicators().size()
            + f.indicators().stream().mapToInt(i -> i.values().size()).sum()).sum()
        + c.followUp().activityReports().size() + c.followUp().financialReports().size()
        + c.followUp().programmings().size() + c.followUp().evaluations().size();
  }

  @Property(tries = 200)
  @Label("contracts() are small (they are meaningful by construction: build() refuses the rest)")
  void contractsAreSmall(@ForAll("contracts") LocalHealthContract c) {
    assertThat(size(c)).isLessThan(200);
  }

  @Property(tries = 200)
  @Label("contracts() produce both sides of the key dimensions")
  void contractsCoverBothSides(@ForAll("contracts") LocalHealthContract c) {
    boolean ars = c.signatories().stream().anyMatch(s -> c.organisation(s.organisationId())
        .map(o -> o.kind() == OrganisationKind.ARS).orElse(false));
    boolean collectivite = c.signatories().stream().anyMatch(s -> c.organisation(s.organisationId())
        .map(o -> o.kind().isCollectivite()).orElse(false));
    boolean merged = c.governance().bodies().stream().anyMatch(b -> b.kind() == BodyKind.MERGED_COPIL_COTECH);
    Milestones m = c.milestones();
    Statistics.label("ARS signatory").collect(ars);
    Statistics.label("collectivité signatory").collect(collectivite);
    Statistics.label("merged body").collect(merged);
    Statistics.label("no body").collect(c.governance().bodies().isEmpty());
    Statistics.label("signature").collect(m.signature().isPresent());
    Statistics.label("end").collect(m.end().isPresent());
    Statistics.label("fiches").collect(!c.actionPlan().fiches().isEmpty());
    Statistics.label("amendments").collect(!c.amendments().isEmpty());
    Statistics.label("mental-health axis").collect(c.actionPlan().axes().stream()
        .anyMatch(a -> a.mentalHealthComponent()));

    Statistics.label("ARS signatory").coverage(k -> {
      k.check(true).percentage(p -> p > 50);
      k.check(false).percentage(p -> p > 5);
    });
    Statistics.label("collectivité signatory").coverage(k -> {
      k.check(true).percentage(p -> p > 50);
      k.check(false).percentage(p -> p > 3);
    });
    Statistics.label("merged body").coverage(k -> {
      k.check(true).percentage(p -> p > 3);
      k.check(false).percentage(p -> p > 50);
    });
    Statistics.label("no body").coverage(k -> k.check(true).percentage(p -> p > 3));
    Statistics.label("signature").coverage(k -> k.check(false).percentage(p -> p > 3));
    Statistics.label("end").coverage(k -> k.check(false).percentage(p -> p > 3));
    Statistics.label("fiches").coverage(k -> k.check(false).percentage(p -> p > 3));
    Statistics.label("amendments").coverage(k -> k.check(true).percentage(p -> p > 5));
    Statistics.label("mental-health axis").coverage(k -> {
      k.check(true).percentage(p -> p > 20);
      k.check(false).percentage(p -> p > 10);
    });
  }

  @Property(tries = 200)
  @Label("contractsAtDates() hit every phase, the last 12 months and the report-not-yet-due window")
  void checkDatesHitEveryPhase(@ForAll("atDates") ContractAtDate c) {
    Milestones m = c.contract().milestones();
    Phase phase = c.phase();
    boolean lastYear = m.end().map(e -> c.asOf().isAfter(e.minusYears(1)) && !c.asOf().isAfter(e)).orElse(false);
    boolean reportWindow = phase == Phase.IMPLEMENTATION_AND_EVALUATION && c.asOf().getMonthValue() <= 6
        && m.signature().map(s -> s.getYear() < c.asOf().getYear()).orElse(false);
    Statistics.label("phase").collect(phase);
    Statistics.label("last 12 months").collect(lastYear);
    Statistics.label("report not yet due").collect(reportWindow);
    Statistics.label("phase").coverage(k -> {
      for (Phase p : Phase.values()) {
        k.check(p).percentage(x -> x > 8);
      }
    });
    Statistics.label("last 12 months").coverage(k -> k.check(true).percentage(p -> p > 8));
    Statistics.label("report not yet due").coverage(k -> k.check(true).percentage(p -> p > 5));
  }

  @Property(tries = 200)
  @Label("judged years have sometimes no COPIL meeting and sometimes at least one")
  void judgedYearsWithAndWithoutCopilMeetings(@ForAll("atDates") ContractAtDate c) {
    Milestones m = c.contract().milestones();
    List<Integer> years = m.diagnosisStart().map(s -> JudgedYears.of(s, m.end(), c.asOf())).orElse(List.of());
    for (int y : years) {
      long n = c.contract().governance().bodies().stream().filter(b -> b.kind().countsAsCopil())
          .flatMap(b -> b.meetings().stream()).filter(mt -> mt.date().getYear() == y).count();
      Statistics.label("COPIL meetings in a judged year").collect(n == 0 ? "none" : "some");
    }
    Statistics.label("COPIL meetings in a judged year").coverage(k -> {
      k.check("none").percentage(p -> p > 10);
      k.check("some").percentage(p -> p > 30);
    });
  }

  @Property(tries = 200)
  @Label("durations cover the boundaries: 36 and 60 months, 35, 61, and 60 months + 1 day")
  void durationsCoverTheBoundaries(@ForAll("contracts") LocalHealthContract c) {
    Milestones m = c.milestones();
    String d = "none";
    if (m.signature().isPresent() && m.end().isPresent()) {
      var mc = io.github.clsante.cls.calendar.MonthCount.inclusive(m.signature().get(), m.end().get());
      d = mc.months() + "m" + mc.days() + "d";
    }
    Statistics.label("duration").collect(d);
    Statistics.label("duration").coverage(k -> {
      k.check("36m0d").percentage(p -> p > 1);
      k.check("60m0d").percentage(p -> p > 1);
      k.check("35m0d").percentage(p -> p > 0.5);
      k.check("61m0d").percentage(p -> p > 0.5);
      k.check("60m1d").percentage(p -> p > 0.5);
      k.check("none").percentage(p -> p > 3);
    });
  }

  @Property(tries = 50)
  @Label("generation is deterministic: the same choices give the same contract")
  void sameChoicesSameContract(@ForAll("choices") java.util.List<Integer> choices) {
    ContractAtDate a = ContractGenerator.generate(ContractProfile.any(), new Tape(choices));
    ContractAtDate b = ContractGenerator.generate(ContractProfile.any(), new Tape(choices));
    assertThat(a).isEqualTo(b);
    assertThat(a.asOf()).isAfter(LocalDate.of(2000, 1, 1)).isBefore(LocalDate.of(2050, 1, 1));
  }

  @Provide
  Arbitrary<java.util.List<Integer>> choices() {
    return net.jqwik.api.Arbitraries.integers().between(0, 1000).list().ofMaxSize(600);
  }
}
