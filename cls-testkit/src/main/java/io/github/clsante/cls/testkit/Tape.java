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
  /** The number of alternatives each read value chose among (0 where not read yet). */
  private final int[] bounds;
  private int next;
  private SplittableRandom overflow;

  Tape(List<Integer> values) {
    this.values = values.stream().mapToInt(Integer::intValue).toArray();
    this.bounds = new int[this.values.length];
  }

  /** @return how many values of the list the decisions have read so far */
  int used() {
    return next;
  }

  /**
   * @param i the index of a value already read ({@code i < used()})
   * @return the number of alternatives the decision that read it chose among
   */
  int bound(int i) {
    return bounds[i];
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
      bounds[next] = n;
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
