package io.github.clsante.cls.testkit;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A sequence of choices read by the generators (Hypothesis-style): jqwik generates and shrinks a list of ints,
 * and each decision of a generator reads the next one. Shrinking the list toward zeros shrinks every decision
 * toward its first, simplest alternative. When the list is used up, choices continue from a random source
 * seeded by the list, so big contracts never degenerate.
 */
final class Tape {

  private final int[] values;
  private int next;
  private SplittableRandom overflow;

  Tape(List<Integer> values) {
    this.values = values.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * @param n number of alternatives, at least 1
   * @return a choice in [0, n)
   */
  int below(int n) {
    if (n <= 1) {
      return 0;
    }
    int v;
    if (next < values.length) {
      v = values[next++];
    } else {
      if (overflow == null) {
        overflow = new SplittableRandom(Arrays.hashCode(values));
      }
      v = overflow.nextInt(Integer.MAX_VALUE);
    }
    return Math.floorMod(v, n);
  }

  /**
   * @param min lowest value
   * @param max highest value, inclusive
   * @return a value in [min, max]
   */
  int between(int min, int max) {
    return max <= min ? min : min + below(max - min + 1);
  }

  /**
   * @param percent probability in percent of true; a zero choice gives true whenever percent is above 0
   * @return the decision
   */
  boolean chance(int percent) {
    return below(100) < percent;
  }

  @SafeVarargs
  final <T> T oneOf(T... options) {
    return options[below(options.length)];
  }

  <T> T oneOf(List<T> options) {
    return options.get(below(options.size()));
  }
}
