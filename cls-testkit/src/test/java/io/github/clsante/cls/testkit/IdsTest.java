package io.github.clsante.cls.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.model.Identifiers;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class IdsTest {

  @Test
  void luhnCheckDigitOfKnownPayloads() {
    // 7992739871 + 3 is the textbook Luhn example
    assertThat(Ids.luhnCheckDigit("7992739871")).isEqualTo(3);
    assertThat(Ids.luhnCheckDigit("00000000")).isZero();
  }

  @Provide
  Arbitrary<List<Integer>> choices() {
    return Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofSize(40);
  }

  @Property(tries = 200)
  void generatedIdentifiersAreValidAndAWrongCheckDigitIsNot(@ForAll("choices") List<Integer> choices) {
    Tape t = new Tape(choices);
    String siren = Ids.siren(t);
    assertThat(Identifiers.isSiren(siren)).as(siren).isTrue();
    char last = siren.charAt(8);
    String wrong = siren.substring(0, 8) + (char) ('0' + (last - '0' + 1) % 10);
    assertThat(Identifiers.isSiren(wrong)).as(wrong).isFalse();
    assertThat(Identifiers.isInseeCommuneCode(Ids.insee(t, "2A"))).isTrue();
    assertThat(Identifiers.isInseeCommuneCode(Ids.insee(t, "971"))).isTrue();
    assertThat(Identifiers.isFiness(Ids.finess(t, "974"))).isTrue();
  }
}
