package io.github.clsante.cls.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * CLAUSES.md, « Durations » (settled 2026-12-02): « Adding months or years to a date gives the same day of the
 * month that many months later or, when that month has no such day, the 1st of the following month
 * (2024-02-29 + 1 year = 2025-03-01; 2024-08-31 + 6 months = 2025-03-01); one rule for every clause. »
 */
class DateArithmeticProperties {

  @Provide
  Arbitrary<LocalDate> dates() {
    // month ends and 29 February are where the rule matters
    Arbitrary<LocalDate> any = Arbitraries.integers().between(0, 3 * 365).map(LocalDate.of(2022, 1, 1)::plusDays);
    Arbitrary<LocalDate> ends = Arbitraries.integers().between(2022, 2030).flatMap(y -> Arbitraries.integers()
        .between(1, 12).map(m -> YearMonth.of(y, m).atEndOfMonth()));
    Arbitrary<LocalDate> leap = Arbitraries.of(2024, 2028).map(y -> LocalDate.of(y, 2, 29));
    return Arbitraries.frequencyOf(Tuple.of(3, any), Tuple.of(2, ends), Tuple.of(1, leap));
  }

  @Example
  @Label("the examples of CLAUSES.md: 2024-02-29 + 1 year = 2025-03-01; 2024-08-31 + 6 months = 2025-03-01")
  void examplesOfTheConvention() {
    assertThat(DateArithmetic.plusYears(LocalDate.of(2024, 2, 29), 1)).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(DateArithmetic.plusMonths(LocalDate.of(2024, 8, 31), 6)).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(DateArithmetic.plusYears(LocalDate.of(2024, 2, 29), 4)).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(DateArithmetic.plusYears(LocalDate.of(2024, 2, 29), 5)).isEqualTo(LocalDate.of(2029, 3, 1));
    assertThat(DateArithmetic.plusMonths(LocalDate.of(2024, 1, 31), 1)).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(DateArithmetic.plusMonths(LocalDate.of(2023, 1, 31), 1)).isEqualTo(LocalDate.of(2023, 3, 1));
    assertThat(DateArithmetic.plusMonths(LocalDate.of(2024, 3, 15), 6)).isEqualTo(LocalDate.of(2024, 9, 15));
    assertThat(DateArithmetic.plusMonths(LocalDate.of(2024, 3, 31), -1)).isEqualTo(LocalDate.of(2024, 3, 1));
  }

  @Example
  @Label("a null date is refused, naming the parameter")
  void nullDate() {
    assertThatThrownBy(() -> DateArithmetic.plusMonths(null, 1)).isInstanceOf(NullPointerException.class)
        .hasMessage("date");
  }

  @Property
  @Label("the same day of the month n months later, else the 1st of the month after, when that month lacks the day")
  void sameDayOrTheFirstOfTheNextMonth(@ForAll("dates") LocalDate d, @ForAll @IntRange(min = -120, max = 120) int n) {
    LocalDate r = DateArithmetic.plusMonths(d, n);
    YearMonth target = YearMonth.from(d).plusMonths(n);
    if (target.isValidDay(d.getDayOfMonth())) {
      assertThat(r).isEqualTo(target.atDay(d.getDayOfMonth()));
    } else {
      assertThat(r).isEqualTo(target.plusMonths(1).atDay(1));
    }
  }

  @Property
  @Label("adding months keeps the order of dates, and adding more months never gives an earlier date")
  void monotone(@ForAll("dates") LocalDate a, @ForAll("dates") LocalDate b,
      @ForAll @IntRange(min = 0, max = 120) int n) {
    LocalDate lo = a.isBefore(b) ? a : b;
    LocalDate hi = a.isBefore(b) ? b : a;
    assertThat(DateArithmetic.plusMonths(lo, n)).isBeforeOrEqualTo(DateArithmetic.plusMonths(hi, n));
    assertThat(DateArithmetic.plusMonths(lo, n)).isBefore(DateArithmetic.plusMonths(lo, n + 1));
  }

  @Property
  @Label("years are twelve months")
  void yearsAreTwelveMonths(@ForAll("dates") LocalDate d, @ForAll @IntRange(min = -10, max = 10) int years) {
    assertThat(DateArithmetic.plusYears(d, years)).isEqualTo(DateArithmetic.plusMonths(d, 12 * years));
  }

  @Property
  @Label("MonthCount.between counts the whole months the rule adds, and the days left over")
  void monthCountFollowsTheRule(@ForAll("dates") LocalDate from, @ForAll @IntRange(min = 0, max = 2500) int gap) {
    LocalDate to = from.plusDays(gap);
    MonthCount c = MonthCount.between(from, to);
    LocalDate reached = DateArithmetic.plusMonths(from, c.months());
    assertThat(c.months()).isNotNegative();
    assertThat(reached).isBeforeOrEqualTo(to);
    assertThat(DateArithmetic.plusMonths(from, c.months() + 1)).isAfter(to);
    assertThat(reached.plusDays(c.days())).isEqualTo(to);
    assertThat(MonthCount.between(to, from)).isEqualTo(new MonthCount(-c.months(), -c.days()));
  }
}
