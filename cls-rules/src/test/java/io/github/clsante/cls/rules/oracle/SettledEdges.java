package io.github.clsante.cls.rules.oracle;

import io.github.clsante.cls.model.BodyDecision;
import io.github.clsante.cls.model.Evaluation;
import io.github.clsante.cls.model.EvaluationKind;
import io.github.clsante.cls.model.FollowUp;
import io.github.clsante.cls.model.GovernanceBody;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.Milestones;
import io.github.clsante.cls.testkit.ContractAtDate;
import io.github.clsante.cls.testkit.Contracts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
          Milestones m = Milestones.builder().mergeFrom(cad.contract().milestones()).signature(sig).end(end).build();
          return cad.withContract(LocalHealthContract.builder().mergeFrom(cad.contract()).milestones(m).build());
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
          return new ContractAtDate(LocalHealthContract.builder().mergeFrom(cad.contract()).milestones(m.build())
              .build(), sig.plusDays(checkedAfter));
        });
  }

  /**
   * Conforming Normandie contracts whose end date is an edge day (28 February after a leap year, 29 February,
   * 1 and 14 March, month ends), with a final evaluation supervised by the COPIL dated the day before the last
   * 12 months open, the day they open, or on the end date (or none), checked the day before they open, the
   * day they open, on the end date, the day after, or later.
   *
   * @return contracts at dates around NOR-FINAL-EVALUATION's window
   */
  public static Arbitrary<ContractAtDate> lastTwelveMonths() {
    Arbitrary<Integer> endShapes = Arbitraries.integers().between(0, 7);
    return Combinators.combine(Contracts.conformingNormandie(), endShapes, Arbitraries.integers().between(3, 4),
        Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 4))
        .as((cad, shape, years, evaluatedOn, checkedOn) -> {
          LocalHealthContract c = cad.contract();
          LocalDate sig = c.milestones().signature().orElse(cad.asOf());
          int y = sig.getYear() + years;
          LocalDate end = switch (shape) {
            case 0 -> LocalDate.of(y, 2, 28);
            case 1 -> LocalDate.of(leapYearFrom(y), 2, 29);
            case 2 -> LocalDate.of(y, 3, 1);
            case 3 -> LocalDate.of(y, 3, 14);
            case 4 -> LocalDate.of(y, 8, 31);
            case 5 -> LocalDate.of(y, 4, 30);
            case 6 -> LocalDate.of(y, 12, 31);
            default -> LocalDate.of(y, 1, 31);
          };
          LocalDate opens = firstDayOfLastTwelveMonths(end);
          Optional<String> copil = c.governance().bodies().stream().filter(b -> b.kind().countsAsCopil())
              .map(GovernanceBody::id).findFirst();
          List<Evaluation> evaluations = new ArrayList<>();
          if (evaluatedOn < 3) {
            LocalDate on = evaluatedOn == 0 ? opens.minusDays(1) : evaluatedOn == 1 ? opens : end;
            evaluations.add(Evaluation.builder().id("evaluation-finale").kind(EvaluationKind.FINAL).date(on)
                .supervision(copil.map(id -> BodyDecision.builder().bodyId(id).date(on).build())).build());
          }
          LocalDate asOf = switch (checkedOn) {
            case 0 -> opens.minusDays(1);
            case 1 -> opens;
            case 2 -> end;
            case 3 -> end.plusDays(1);
            default -> end.plusDays(200);
          };
          LocalHealthContract edited = LocalHealthContract.builder().mergeFrom(c)
              .milestones(Milestones.builder().mergeFrom(c.milestones()).end(end).build())
              .followUp(FollowUp.builder().mergeFrom(c.followUp()).evaluations(evaluations).build()).build();
          return new ContractAtDate(edited, asOf);
        });
  }

  private static int leapYearFrom(int y) {
    int leap = y;
    while (!java.time.Year.isLeap(leap)) {
      leap++;
    }
    return leap;
  }

  /** « the days d up to and including the end date with d + 1 year later than the end date »: the first one. */
  private static LocalDate firstDayOfLastTwelveMonths(LocalDate end) {
    LocalDate d = end.minusYears(1).minusDays(3);
    while (!SharedOracle.plusMonths(d, 12).isAfter(end)) {
      d = d.plusDays(1);
    }
    return d;
  }
}
