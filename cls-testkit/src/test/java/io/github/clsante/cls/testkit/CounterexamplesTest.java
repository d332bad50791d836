package io.github.clsante.cls.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.cls.model.LocalHealthContract;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

/**
 * {@link Counterexamples#minimal}: what it returns is a counter-example by the caller's check, the same for the
 * same seed, smaller than the first one it found, and the budget bounds its work.
 */
class CounterexamplesTest {

  /** The clause's check, read on the model: the letter of intent is missing. */
  private static final Predicate<ContractAtDate> NO_LETTER =
      c -> c.contract().milestones().letterOfIntent().isEmpty();

  private static int size(LocalHealthContract c) {
    return c.people().size() + c.organisations().size() + c.governance().bodies().size()
        + c.governance().bodies().stream().mapToInt(b -> b.meetings().size()).sum()
        + c.actionPlan().fiches().size() + c.amendments().size() + c.followUp().activityReports().size();
  }

  private static final ToIntFunction<ContractAtDate> SIZE = c -> size(c.contract());

  @Test
  void theResultIsACounterExampleAndTheSameForTheSameSeed() {
    Optional<ContractAtDate> a = Counterexamples.minimal(Breakage.NOR_LETTER_OF_INTENT, NO_LETTER, SIZE, 7L, 300);
    Optional<ContractAtDate> b = Counterexamples.minimal(Breakage.NOR_LETTER_OF_INTENT, NO_LETTER, SIZE, 7L, 300);
    assertThat(a).isPresent();
    assertThat(NO_LETTER.test(a.get())).isTrue();
    assertThat(b).isEqualTo(a);
  }

  @Test
  void shrinkingMakesItSmallerThanTheFirstFound() {
    // with a budget of one contract per search, the first counter-example found is returned as it is
    ContractAtDate first = null;
    for (int budget = 1; first == null && budget < 50; budget++) {
      first = Counterexamples.minimal(Breakage.NOR_LETTER_OF_INTENT, NO_LETTER, SIZE, 7L, budget).orElse(null);
    }
    assertThat(first).isNotNull();
    ContractAtDate shrunk = Counterexamples.minimal(Breakage.NOR_LETTER_OF_INTENT, NO_LETTER, SIZE, 7L, 300)
        .orElseThrow();
    assertThat(size(shrunk.contract())).isLessThan(size(first.contract()));
  }

  @Test
  void theBudgetBoundsTheWorkAndNothingFoundIsEmpty() {
    AtomicInteger calls = new AtomicInteger();
    Optional<ContractAtDate> none = Counterexamples.minimal(Breakage.NOR_LETTER_OF_INTENT,
        c -> calls.incrementAndGet() < 0, SIZE, 7L, 25);
    assertThat(none).isEmpty();
    assertThat(calls.get()).isBetween(1, 25);
  }

  @Test
  void badArgumentsAreNamed() {
    assertThatThrownBy(() -> Counterexamples.minimal(null, NO_LETTER, SIZE, 1L, 10))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("breakage");
    assertThatThrownBy(() -> Counterexamples.minimal(Breakage.NOR_AXES, NO_LETTER, SIZE, 1L, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxEvaluations");
  }
}
