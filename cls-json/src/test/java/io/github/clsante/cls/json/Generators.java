package io.github.clsante.cls.json;

import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.testkit.ContractAtDate;
import io.github.clsante.cls.testkit.ContractProfile;
import io.github.clsante.cls.testkit.Contracts;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * The contracts the properties run over: cls-testkit's meaningful contracts, its every-field profile (which
 * touches every field of the format, odd texts and exact amounts), and two hand-built ones.
 */
final class Generators {

  private Generators() {}

  static Arbitrary<LocalHealthContract> contracts() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, Contracts.contracts()),
        net.jqwik.api.Tuple.of(4, Contracts.of(ContractProfile.everyField()).map(ContractAtDate::contract)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(Samples.minimal(), Samples.small())));
  }
}
