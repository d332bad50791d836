package io.github.clsante.cls.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * CLAUSES.md, judged years: « A span is a pair of dates, both inclusive; a span whose end is missing or later
 * than the check date ends at the check date. Year Y is judged when 1 January Y and 31 December Y both lie in
 * the span and 31 December Y is before the check date. Partial years at either end are not judged. »
 */
class JudgedYearsProperties {

  static final LocalDate BASE = LocalDate.of(2018, 1, 1);

  @Provide
  Arbitrary<LocalDate> dates() {
    // bias toward 1 January and 31 December, the boundaries that matter
    Arbitrary<LocalDate> any = Arbitraries.integers().between(0, 4000).map(BASE::plusDays);
    Arbitrary<LocalDate> edges = Arbitraries.integers().between(2018, 2028)
        .flatMap(y -> Arbitraries.of(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), LocalDate.of(y + 1, 1, 1),
            LocalDate.of(y, 12, 30), LocalDate.of(y, 1, 2)));
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(2, any), net.jqwik.api.Tuple.of(1, edges));
  }

  @Provide
  Arbitrary<Optional<LocalDate>> ends() {
    return dates().optional(0.8);
  }

  /** The span's last day as the convention reads it. */
  static LocalDate effectiveEnd(Optional<LocalDate> end, LocalDate asOf) {
    return end.filter(e -> !e.isAfter(asOf)).orElse(asOf);
  }

  @Property(tries = 200)
  @Label("every judged year lies entirely in its span, and its 31 December is before the check date")
  void judgedYearsLieInTheSpan(@ForAll("dates") LocalDate start, @ForAll("ends") Optional<LocalDate> end,
      @ForAll("dates") LocalDate asOf) {
    LocalDate last = effectiveEnd(end, asOf);
    for (int y : JudgedYears.of(start, end, asOf)) {
      assertThat(LocalDate.of(y, 1, 1)).isAfterOrEqualTo(start);
      assertThat(LocalDate.of(y, 12, 31)).isBeforeOrEqualTo(last).isBefore(asOf);
    }
  }

  @Property(tries = 200)
  @Label("a partial year is never judged: the years of a start or end not on 1 Jan / 31 Dec")
  void partialYearsAreNotJudged(@ForAll("dates") LocalDate start, @ForAll("ends") Optional<LocalDate> end,
      @ForAll("dates") LocalDate asOf) {
    List<Integer> years = JudgedYears.of(start, end, asOf);
    if (start.getDayOfYear() != 1) {
      assertThat(years).doesNotContain(start.getYear());
    }
    LocalDate last = effectiveEnd(end, asOf);
    if (!last.equals(LocalDate.of(last.getYear(), 12, 31)) || !last.isBefore(asOf)) {
      assertThat(years).doesNotContain(last.getYear());
    }
  }

  @Property(tries = 200)
  @Label("completeness: every full year of the span whose 31 December is before the check date is judged")
  void everyFullYearIsJudged(@ForAll("dates") LocalDate start, @ForAll("ends") Optional<LocalDate> end,
      @ForAll("dates") LocalDate asOf) {
    LocalDate last = effectiveEnd(end, asOf);
    List<Integer> years = JudgedYears.of(start, end, asOf);
    for (int y = start.getYear() - 1; y <= last.getYear() + 1; y++) {
      boolean full = !LocalDate.of(y, 1, 1).isBefore(start) && !LocalDate.of(y, 12, 31).isAfter(last)
          && LocalDate.of(y, 12, 31).isBefore(asOf);
      assertThat(years.contains(y)).as("year %d", y).isEqualTo(full);
    }
    assertThat(years).isSorted().doesNotHaveDuplicates();
  }

  @Property(tries = 100)
  @Label("an open span ends at the check date: same years as a span ending on the check date or later")
  void openSpanEndsAtTheCheckDate(@ForAll("dates") LocalDate start, @ForAll("dates") LocalDate asOf) {
    List<Integer> open = JudgedYears.of(start, Optional.empty(), asOf);
    assertThat(JudgedYears.of(start, Optional.of(asOf), asOf)).isEqualTo(open);
    assertThat(JudgedYears.of(start, Optional.of(asOf.plusYears(3)), asOf)).isEqualTo(open);
  }

  @Example
  @Label("examples: a span 2022-03-15 → 2027-03-14 checked on 2025-01-01 judges 2023 and 2024")
  void examples() {
    LocalDate s = LocalDate.of(2022, 3, 15);
    Optional<LocalDate> e = Optional.of(LocalDate.of(2027, 3, 14));
    assertThat(JudgedYears.of(s, e, LocalDate.of(2025, 1, 1))).containsExactly(2023, 2024);
    assertThat(JudgedYears.of(s, e, LocalDate.of(2024, 12, 31))).containsExactly(2023);
    assertThat(JudgedYears.of(s, e, LocalDate.of(2030, 1, 1))).containsExactly(2023, 2024, 2025, 2026);
    assertThat(JudgedYears.of(LocalDate.of(2022, 1, 1), Optional.of(LocalDate.of(2022, 12, 31)),
        LocalDate.of(2023, 1, 1))).containsExactly(2022);
    assertThat(JudgedYears.of(s, e, s)).isEmpty();
  }
}
