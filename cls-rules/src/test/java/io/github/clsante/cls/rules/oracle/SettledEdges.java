package io.github.clsante.cls.rules.oracle;

import io.github.clsante.cls.model.ImmutableLocalHealthContract;
import io.github.clsante.cls.model.ImmutableMilestones;
import io.github.clsante.cls.model.Milestones;
import io.github.clsante.cls.testkit.ContractAtDate;
import io.github.clsante.cls.testkit.Contracts;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Contracts at dates placed on the edges of the readings settled on 2026-12-02 (CLAUSES.md), which random
 * contracts rarely reach: durations and periods ending the day before, on, or the day after a bound counted
 * with the one rule for adding months (from month ends and 29 February). Dates are built with the oracles'
 * own reading of that rule ({@link SharedOracle#plusMonths}); every edit keeps the contract meaningful.
 */
public final class SettledEdges {

  private SettledEdges() {}

  /** Start dates where adding months matters: month ends, 29 February (often), 28 February, 1 March, a plain day. */
  public static Arbitrary<LocalDate> edgeDays() {
    Arbitrary<LocalDate> monthEnds = Arbitraries.integers().between(2017, 2026).flatMap(y -> Arbitraries.of(
        LocalDate.of(y, 1, 31), LocalDate.of(y, 2, 28), LocalDate.of(y, 3, 1), LocalDate.of(y, 3, 31),
        LocalDate.of(y, 4, 30), LocalDate.of(y, 8, 31), LocalDate.of(y, 10, 31), LocalDate.of(y, 12, 31),
        LocalDate.of(y, 6, 15)));
    Arbitrary<LocalDate> leapDays = Arbitraries.of(2016, 2020, 2024).map(y -> LocalDate.of(y, 2, 29));
    return Arbitraries.frequencyOf(Tuple.of(3, monthEnds), Tuple.of(2, leapDays));
  }

  /**
   * Random contracts whose signature is an edge day and whose end date is the day before signature + N years
   * (N = 3, 4 or 5), moved by −1, 0 or +1 day: exactly 3 years less a day, exactly N years, 5 years and a day.
   *
   * @return contracts at dates around SOC-DURATION's bounds
   */
  public static Arbitrary<ContractAtDate> durationsToTheDay() {
    return Combinators.combine(Contracts.contractsAtDates(), edgeDays(), Arbitraries.of(3, 4, 5),
        Arbitraries.of(-1, 0, 1)).as((cad, sig, years, shift) -> {
          LocalDate end = SharedOracle.plusMonths(sig, 12 * years).minusDays(1).plusDays(shift);
          Milestones m = ImmutableMilestones.copyOf(cad.contract().milestones()).withSignature(sig).withEnd(end);
          return cad.withContract(ImmutableLocalHealthContract.copyOf(cad.contract()).withMilestones(m));
        });
  }

  /**
   * Random contracts whose period before signature starts on an edge day (the engagement, else the letter of
   * intent, else the diagnosis start) and ends at signature on start + 6 or 12 months, moved by −1, 0 or +1
   * day; checked on or after the signature mostly (the clause judges from signature), sometimes before.
   *
   * @return contracts at dates around NOR-PRESIGNATURE-PERIOD's bounds
   */
  public static Arbitrary<ContractAtDate> presignatureToTheDay() {
    return Combinators.combine(Contracts.contractsAtDates(), edgeDays(), Arbitraries.of(6, 12),
        Arbitraries.of(-1, 0, 1), Arbitraries.integers().between(0, 3), Arbitraries.integers().between(-30, 900))
        .as((cad, start, months, shift, startsAt, checkedAfter) -> {
          LocalDate sig = SharedOracle.plusMonths(start, months).plusDays(shift);
          var m = Milestones.builder().signature(sig).end(SharedOracle.plusMonths(sig, 36).minusDays(1))
              .diagnosisCompletion(sig.minusDays(1));
          switch (startsAt) {
            case 0 -> m.engagement(start).letterOfIntent(start).diagnosisStart(start);
            case 1 -> m.letterOfIntent(start).diagnosisStart(start.plusDays(1));
            case 2 -> m.diagnosisStart(start);
            default -> m.engagement(start).diagnosisStart(start.plusDays(2)); // no letter of intent
          }
          return new ContractAtDate(ImmutableLocalHealthContract.copyOf(cad.contract()).withMilestones(m.build()),
              sig.plusDays(checkedAfter));
        });
  }
}
