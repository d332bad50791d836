package io.github.clsante.cls.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Register identifiers: SIREN with its Luhn digit, INSEE commune codes, département codes, FINESS numbers. */
class IdentifiersTest {

  /** The Luhn check digit of a payload, straight from the definition (double every second digit from the right
   *  of the full number, i.e. the payload's rightmost digit first). */
  static int luhnDigit(String payload) {
    int sum = 0;
    for (int i = 0; i < payload.length(); i++) {
      int d = payload.charAt(payload.length() - 1 - i) - '0';
      int v = i % 2 == 0 ? 2 * d : d;
      sum += v / 10 + v % 10;
    }
    return (10 - sum % 10) % 10;
  }

  @Property(tries = 200)
  @Label("SIREN: the computed Luhn digit is accepted, the nine other digits are refused")
  void sirenLuhn(@ForAll @IntRange(min = 0, max = 99_999_999) int n) {
    String payload = String.format("%08d", n);
    int good = luhnDigit(payload);
    for (int d = 0; d < 10; d++) {
      assertThat(Identifiers.isSiren(payload + d)).as(payload + d).isEqualTo(d == good);
    }
  }

  @Test
  void sirenExamples() {
    // 200066389 is the example in the validator's message: its check digit must be the Luhn one
    assertThat(luhnDigit("20006638")).isEqualTo(9);
    assertThat(Identifiers.isSiren("200066389")).isTrue();
    assertThat(Identifiers.isSiren("200066388")).isFalse();
    assertThat(Identifiers.isSiren("000000000")).isTrue();
    assertThat(Identifiers.isSiren("20006638")).isFalse();
    assertThat(Identifiers.isSiren("2000663890")).isFalse();
    assertThat(Identifiers.isSiren("20006638A")).isFalse();
    assertThat(Identifiers.isSiren(null)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"50025", "2A004", "2B033", "97101", "97411", "01001", "95690", "75056"})
  void validInseeCodes(String code) {
    assertThat(Identifiers.isInseeCommuneCode(code)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"20123", "00123", "1234", "123456", "2C004", "96001", "97901", "9710", "", "5002A"})
  void refusedInseeCodes(String code) {
    assertThat(Identifiers.isInseeCommuneCode(code)).isFalse();
  }

  @Test
  void departementOfACommune() {
    assertThat(Identifiers.departementOf("50025")).isEqualTo("50");
    assertThat(Identifiers.departementOf("2A004")).isEqualTo("2A");
    assertThat(Identifiers.departementOf("97101")).isEqualTo("971");
  }

  @ParameterizedTest
  @ValueSource(strings = {"01", "19", "2A", "2B", "21", "95", "971", "976"})
  void validDepartements(String code) {
    assertThat(Identifiers.isDepartementCode(code)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"00", "20", "96", "979", "1", "2C", "970", "100"})
  void refusedDepartements(String code) {
    assertThat(Identifiers.isDepartementCode(code)).isFalse();
  }

  @Test
  void finess() {
    assertThat(Identifiers.isFiness("500000013")).isTrue();
    assertThat(Identifiers.isFiness("2A0000013")).isTrue();
    assertThat(Identifiers.isFiness("50000001")).isFalse();
    assertThat(Identifiers.isFiness("5000000130")).isFalse();
    assertThat(Identifiers.isFiness("2C0000013")).isFalse();
  }
}
