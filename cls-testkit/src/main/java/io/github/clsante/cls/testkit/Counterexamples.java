package io.github.clsante.cls.testkit;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;

/**
 * The smallest counter-example of a clause that a {@link Breakage} produces, found deterministically: the
 * référentiel handbook (docs/referentiel/) shows one per clause.
 *
 * <p>{@link #minimal} draws conforming contracts from the same generator as
 * {@link Contracts#conforming(String)} (the Normandie one for the socle's clauses), from decision lists made by
 * a {@link SplittableRandom} with the given seed, until the breakage applies to one and the caller's check
 * reports the clause on the broken contract. It then shrinks that contract greedily, decision by decision, as
 * jqwik shrinks the testkit's decision lists: each decision the generator read is tried at its first and at
 * its last alternative, and the change is kept when the broken contract is still reported and is smaller by
 * the caller's measure (or as small, with the decision nearer its first alternative). Nothing is random
 * after the seed and nothing is stored between runs (no jqwik database), so the same seed, generator and rules
 * give the same contract on every machine.
 *
 * <p>Stateless and thread-safe; the cost is bounded by {@code maxEvaluations} generated contracts per call.
 */
public final class Counterexamples {

  private Counterexamples() {}

  /**
   * @param breakage the breakage of the clause
   * @param reported whether the caller's référentiel reports the clause on a broken contract (called with the
   *     contract the breakage produced, never with the conforming one)
   * @param size the measure to minimise, e.g. the length of the contract's JSON document
   * @param seed the seed of the decision lists
   * @param maxEvaluations how many contracts at most to generate, search and shrink together (at least 1)
   * @return the broken contract, shrunk; empty when none of the contracts generated within the budget is a
   *     counter-example
   * @throws NullPointerException when {@code breakage}, {@code reported} or {@code size} is null
   * @throws IllegalArgumentException when {@code maxEvaluations} is below 1
   */
  public static Optional<ContractAtDate> minimal(Breakage breakage, Predicate<ContractAtDate> reported,
      ToIntFunction<ContractAtDate> size, long seed, int maxEvaluations) {
    Objects.requireNonNull(breakage, "breakage");
    Objects.requireNonNull(reported, "reported");
    Objects.requireNonNull(size, "size");
    if (maxEvaluations < 1) {
      throw new IllegalArgumentException("maxEvaluations must be at least 1, was " + maxEvaluations);
    }
    ContractProfile profile = ContractProfile.conformingTo(breakage.pack().equals("occitanie")
        ? "occitanie" : "normandie");
    Search s = new Search(breakage, reported, size, profile, maxEvaluations);
    SplittableRandom random = new SplittableRandom(seed);
    Candidate best = null;
    while (best == null && s.budget > 0) {
      int[] values = IntStream.generate(() -> random.nextInt(Integer.MAX_VALUE)).limit(Contracts.TAPE_LENGTH)
          .toArray();
      best = s.evaluate(values);
    }
    if (best == null) {
      return Optional.empty();
    }
    boolean changed = true;
    while (changed && s.budget > 0) {
      changed = false;
      for (int i = 0; i < best.used && s.budget > 0; i++) {
        int n = best.bounds[i];
        int current = Math.floorMod(best.values[i], Math.max(n, 1));
        for (int alternative : new int[] {0, n - 1}) {
          if (n <= 1 || alternative == current || s.budget == 0) {
            continue;
          }
          int[] values = best.values.clone();
          values[i] = alternative;
          Candidate c = s.evaluate(values);
          if (c != null && (c.size < best.size || (c.size == best.size && alternative < current))) {
            best = c;
            changed = true;
            break;
          }
        }
      }
    }
    return Optional.of(best.broken);
  }

  private record Candidate(int[] values, int[] bounds, int used, ContractAtDate broken, int size) {}

  private static final class Search {
    final Breakage breakage;
    final Predicate<ContractAtDate> reported;
    final ToIntFunction<ContractAtDate> size;
    final ContractProfile profile;
    int budget;

    Search(Breakage breakage, Predicate<ContractAtDate> reported, ToIntFunction<ContractAtDate> size,
        ContractProfile profile, int budget) {
      this.breakage = breakage;
      this.reported = reported;
      this.size = size;
      this.profile = profile;
      this.budget = budget;
    }

    /** @return the candidate when the values give a counter-example, else null */
    Candidate evaluate(int[] values) {
      budget--;
      Tape tape = new Tape(Arrays.stream(values).boxed().toList());
      ContractAtDate conforming = ContractGenerator.generate(profile, tape);
      if (!breakage.appliesTo(conforming)) {
        return null;
      }
      ContractAtDate broken = breakage.apply(conforming);
      if (!reported.test(broken)) {
        return null;
      }
      int used = tape.used();
      int[] bounds = new int[used];
      for (int i = 0; i < used; i++) {
        bounds[i] = tape.bound(i);
      }
      return new Candidate(values, bounds, used, broken, size.applyAsInt(broken));
    }
  }
}
