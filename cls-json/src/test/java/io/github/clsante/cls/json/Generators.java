package io.github.clsante.cls.json;

import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.testkit.Contracts;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * The contracts the properties run over: cls-testkit's meaningful contracts, this module's own generator (which
 * touches every field, odd texts and exact amounts), and two hand-built ones.
 */
final class Generators {

  private Generators() {}

  static Arbitrary<LocalHealthContract> contracts() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, Contracts.contracts()),
        net.jqwik.api.Tuple.of(4, RandomContracts.contracts()),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(Samples.minimal(), Samples.small())));
  }
}
