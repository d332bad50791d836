package io.github.clsante.cls.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.model.Milestones;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * CLAUSES.md, conventions: « Phases are derived from dated milestones, never stored, and cover all time as
 * half-open intervals: PRELIMINARY until the diagnosis start (or always, if there is none);
 * DIAGNOSIS_AND_PLANNING from the diagnosis start to the day before signature; IMPLEMENTATION_AND_EVALUATION
 * from signature to the end date, inclusive; ENDED after the end date. A missing milestone leaves its phase
 * out. »
 */
class PhaseProperties {

  static final LocalDate BASE = LocalDate.of(2020, 1, 1);

  static Arbitrary<Optional<LocalDate>> optionalDate() {
    return Arbitraries.integers().between(0, 3000).map(BASE::plusDays).optional(0.8);
  }

  /** Milestones mostly in order, each optional, sometimes out of order or on the same day. */
  @Provide
  static Arbitrary<Milestones> milestones() {
    Arbitrary<Milestones> ordered = Combinators.combine(
            Arbitraries.integers().between(0, 400), Arbitraries.integers().between(0, 400),
            Arbitraries.integers().between(0, 2000), Arbitraries.integers().between(0, 6),
            Arbitraries.integers().between(0, 63))
        .as((ds, sigGap, len, missing, mask) -> {
          LocalDate d = BASE.plusDays(ds);
          LocalDate s = d.plusDays(sigGap);
          LocalDate e = s.plusDays(len);
          return Milestones.builder()
              .diagnosisStart((mask & 1) == 0 ? Optional.of(d) : Optional.empty())
              .signature((mask & 2) == 0 ? Optional.of(s) : Optional.empty())
              .end((mask & 4) == 0 ? Optional.of(e) : Optional.empty())
              .engagement((mask & 8) == 0 ? Optional.of(d.minusDays(30)) : Optional.empty())
              .build();
        });
    Arbitrary<Milestones> anyOrder = Combinators.combine(optionalDate(), optionalDate(), optionalDate())
        .as((d, s, e) -> Milestones.builder().diagnosisStart(d).signature(s).end(e).build());
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, ordered), net.jqwik.api.Tuple.of(1, anyOrder));
  }

  /** Milestones with a diagnosis start, then a signature at least a day later, then an end on or after it. */
  @Provide
  static Arbitrary<Milestones> orderedMilestones() {
    return Combinators.combine(Arbitraries.integers().between(0, 400), Arbitraries.integers().between(1, 400),
            Arbitraries.integers().between(0, 2000))
        .as((ds, sigGap, len) -> Milestones.builder().diagnosisStart(BASE.plusDays(ds))
            .signature(BASE.plusDays(ds + sigGap)).end(BASE.plusDays(ds + sigGap + len)).build());
  }

  @Provide
  static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(-200, 3300).map(BASE::plusDays);
  }

  @Group
  @Label("the timeline")
  class Timeline {

    @Property(tries = 200)
    @Label("starts at the beginning of time, ends at the end of time, with no gap and no overlap")
    void coversAllTimeWithoutGapOrOverlap(@ForAll("milestones") Milestones m) {
      List<PhaseInterval> t = Phases.timeline(m);
      assertThat(t).isNotEmpty();
      assertThat(t.get(0).from()).isEmpty();
      assertThat(t.get(t.size() - 1).until()).isEmpty();
      for (int i = 1; i < t.size(); i++) {
        assertThat(t.get(i).from()).as("interval %d starts where %d ends", i, i - 1).isEqualTo(t.get(i - 1).until());
        assertThat(t.get(i).from().get()).isAfter(t.get(i - 1).from().orElse(LocalDate.MIN));
      }
    }

    @Property(tries = 200)
    @Label("phases appear in order, each at most once, never empty")
    void phasesInOrder(@ForAll("milestones") Milestones m) {
      List<PhaseInterval> t = Phases.timeline(m);
      for (int i = 1; i < t.size(); i++) {
        assertThat(t.get(i).phase()).isGreaterThan(t.get(i - 1).phase());
      }
      for (PhaseInterval i : t) {
        if (i.from().isPresent() && i.until().isPresent()) {
          assertThat(i.until().get()).isAfter(i.from().get());
        }
      }
      assertThat(t.get(0).phase()).isEqualTo(Phase.PRELIMINARY);
    }

    @Property(tries = 200)
    @Label("Phases.at agrees with the interval that contains the date, and exactly one contains it")
    void atAgreesWithTimeline(@ForAll("milestones") Milestones m, @ForAll("dates") LocalDate d) {
      List<PhaseInterval> containing = Phases.timeline(m).stream().filter(i -> i.contains(d)).toList();
      assertThat(containing).hasSize(1);
      assertThat(Phases.at(m, d)).isEqualTo(containing.get(0).phase());
    }

    @Property(tries = 200)
    @Label("in-order milestones: the boundaries are diagnosis start, signature and the day after the end")
    void boundariesOfOrderedMilestones(@ForAll("orderedMilestones") Milestones m) {
      var ds = m.diagnosisStart();
      var s = m.signature();
      var e = m.end();
      assertThat(Phases.at(m, ds.get().minusDays(1))).isEqualTo(Phase.PRELIMINARY);
      assertThat(Phases.at(m, ds.get())).isEqualTo(Phase.DIAGNOSIS_AND_PLANNING);
      assertThat(Phases.at(m, s.get().minusDays(1))).isEqualTo(Phase.DIAGNOSIS_AND_PLANNING);
      assertThat(Phases.at(m, s.get())).isEqualTo(Phase.IMPLEMENTATION_AND_EVALUATION);
      assertThat(Phases.at(m, e.get())).isEqualTo(Phase.IMPLEMENTATION_AND_EVALUATION);
      assertThat(Phases.at(m, e.get().plusDays(1))).isEqualTo(Phase.ENDED);
    }

    @Property(tries = 200)
    @Label("the phase never goes back as time goes on")
    void monotonic(@ForAll("milestones") Milestones m, @ForAll("dates") LocalDate a, @ForAll("dates") LocalDate b) {
      LocalDate early = a.isBefore(b) ? a : b;
      LocalDate late = a.isBefore(b) ? b : a;
      assertThat(Phases.at(m, early)).isLessThanOrEqualTo(Phases.at(m, late));
    }
  }

  @Group
  @Label("the examples of the convention")
  class Examples {

    @Example
    @Label("a signature but no diagnosis start: PRELIMINARY straight to IMPLEMENTATION_AND_EVALUATION")
    void signatureWithoutDiagnosisStart() {
      LocalDate sig = LocalDate.of(2022, 3, 15);
      Milestones m = Milestones.builder().signature(sig).end(LocalDate.of(2027, 3, 14)).build();
      assertThat(Phases.timeline(m)).extracting(PhaseInterval::phase)
          .containsExactly(Phase.PRELIMINARY, Phase.IMPLEMENTATION_AND_EVALUATION, Phase.ENDED);
      assertThat(Phases.at(m, sig.minusDays(1))).isEqualTo(Phase.PRELIMINARY);
      assertThat(Phases.at(m, sig)).isEqualTo(Phase.IMPLEMENTATION_AND_EVALUATION);
    }

    @Example
    @Label("the end date is inclusive; ENDED starts the day after")
    void endInclusive() {
      Milestones m = Milestones.builder().diagnosisStart(LocalDate.of(2021, 9, 1))
          .signature(LocalDate.of(2022, 3, 15)).end(LocalDate.of(2027, 3, 14)).build();
      assertThat(Phases.at(m, LocalDate.of(2027, 3, 14))).isEqualTo(Phase.IMPLEMENTATION_AND_EVALUATION);
      assertThat(Phases.at(m, LocalDate.of(2027, 3, 15))).isEqualTo(Phase.ENDED);
      assertThat(Phases.at(m, LocalDate.of(2022, 3, 14))).isEqualTo(Phase.DIAGNOSIS_AND_PLANNING);
    }

    @Example
    @Label("no milestone at all: PRELIMINARY for ever, one interval open at both ends")
    void noMilestone() {
      assertThat(Phases.timeline(Milestones.none()))
          .containsExactly(new PhaseInterval(Phase.PRELIMINARY, Optional.empty(), Optional.empty()));
    }

    @Example
    @Label("engagement and letter of intent are not boundaries")
    void engagementIsNotABoundary() {
      Milestones m = Milestones.builder().engagement(LocalDate.of(2021, 1, 1))
          .letterOfIntent(LocalDate.of(2021, 2, 1)).build();
      assertThat(Phases.at(m, LocalDate.of(2021, 6, 1))).isEqualTo(Phase.PRELIMINARY);
      assertThat(Phases.timeline(m)).hasSize(1);
    }

    @Example
    @Label("a diagnosis start after the signature: no diagnosis phase, the timeline stays ordered")
    void diagnosisAfterSignature() {
      Milestones m = Milestones.builder().diagnosisStart(LocalDate.of(2022, 6, 1))
          .signature(LocalDate.of(2022, 3, 15)).build();
      List<PhaseInterval> t = Phases.timeline(m);
      assertThat(t).extracting(PhaseInterval::phase).isSorted().doesNotHaveDuplicates();
      assertThat(Phases.at(m, LocalDate.of(2022, 7, 1))).isEqualTo(Phase.IMPLEMENTATION_AND_EVALUATION);
    }
  }
}
