package io.github.clsante.cls.followup;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.calendar.JudgedYears;
import io.github.clsante.cls.calendar.YearInProgress;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.Milestones;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The follow-up's statuses are the calendar conventions' (CLAUSES.md, judged years and the year in progress),
 * for any dates: its years run from the first span's start year to the end's year or the check date's, whichever
 * comes first; a span's judged years are {@link JudgedYears}'s, its year in progress {@link YearInProgress}'s.
 */
class YearlyFollowUpProperties {

  static final LocalDate BASE = LocalDate.of(2018, 1, 1);

  @Provide
  Arbitrary<LocalDate> dates() {
    Arbitrary<LocalDate> any = Arbitraries.integers().between(0, 4000).map(BASE::plusDays);
    Arbitrary<LocalDate> edges = Arbitraries.integers().between(2018, 2028)
        .flatMap(y -> Arbitraries.of(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), LocalDate.of(y, 1, 2)));
    return Arbitraries.frequencyOf(Tuple.of(2, any), Tuple.of(1, edges));
  }

  @Provide
  Arbitrary<Optional<LocalDate>> maybe() {
    return dates().optional(0.8);
  }

  @Property
  @Label("the years and their statuses follow the judged-years and year-in-progress conventions")
  void statusesFollowTheConventions(@ForAll("maybe") Optional<LocalDate> diagnosis,
      @ForAll("maybe") Optional<LocalDate> signature, @ForAll("maybe") Optional<LocalDate> end,
      @ForAll("dates") LocalDate asOf) {
    var m = Milestones.builder();
    diagnosis.ifPresent(m::diagnosisStart);
    signature.ifPresent(m::signature);
    end.ifPresent(m::end);
    LocalHealthContract c = LocalHealthContract.builder().id("cls").name("CLS").region("Normandie")
        .milestones(m.build()).build();
    YearlyFollowUp f = YearlyFollowUp.of(c, asOf);

    int last = Math.min(end.map(LocalDate::getYear).orElse(asOf.getYear()), asOf.getYear());
    int first = IntStream.concat(diagnosis.stream().mapToInt(LocalDate::getYear),
        signature.stream().mapToInt(LocalDate::getYear)).min().orElse(Integer.MAX_VALUE);
    List<Integer> expected = first > last ? List.of() : IntStream.rangeClosed(first, last).boxed().toList();
    assertThat(f.years()).extracting(FollowUpYear::year).containsExactlyElementsOf(expected);

    check(f, FollowUpSpan.DIAGNOSIS_TO_END, diagnosis, end, asOf);
    check(f, FollowUpSpan.SIGNATURE_TO_END, signature, end, asOf);
  }

  private static void check(YearlyFollowUp f, FollowUpSpan span, Optional<LocalDate> start,
      Optional<LocalDate> end, LocalDate asOf) {
    List<Integer> judged = start.map(s -> JudgedYears.of(s, end, asOf)).orElse(List.of());
    assertThat(f.judged(span)).extracting(FollowUpYear::year).containsExactlyElementsOf(judged);
    Optional<Integer> inProgress = start.flatMap(s -> YearInProgress.of(s, end, asOf).stream().boxed().findFirst())
        .filter(y -> f.year(y).isPresent());
    assertThat(f.inProgress(span).map(FollowUpYear::year)).isEqualTo(inProgress);
    for (FollowUpYear y : f.years()) {
      boolean inSpan = start.isPresent() && y.year() >= start.get().getYear();
      assertThat(y.status(span) == YearStatus.OUTSIDE).as("%s %d", span, y.year()).isEqualTo(!inSpan);
    }
  }
}
