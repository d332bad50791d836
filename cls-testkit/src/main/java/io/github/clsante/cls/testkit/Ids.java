package io.github.clsante.cls.testkit;

/**
 * Valid French register identifiers for generated organisations and territories: SIREN with its Luhn check
 * digit, INSEE commune codes, FINESS numbers.
 */
final class Ids {

  private Ids() {}

  /**
   * @param payload the first digits of a Luhn-checked number
   * @return the check digit that makes {@code payload + digit} pass the Luhn test
   */
  static int luhnCheckDigit(String payload) {
    int sum = 0;
    for (int i = 0; i < payload.length(); i++) {
      int d = payload.charAt(payload.length() - 1 - i) - '0';
      if (i % 2 == 0) { // doubled: it will sit at an odd position from the right once the check digit is added
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return (10 - sum % 10) % 10;
  }

  static String siren(Tape t) {
    StringBuilder s = new StringBuilder().append(t.between(1, 9));
    for (int i = 0; i < 7; i++) {
      s.append(t.below(10));
    }
    return s.append(luhnCheckDigit(s.toString())).toString();
  }

  static String insee(Tape t, String dept) {
    return dept.length() == 3 ? dept + String.format("%02d", t.between(1, 99))
        : dept + String.format("%03d", t.between(1, 999));
  }

  static String finess(Tape t, String dept) {
    String prefix = dept.length() == 3 ? dept.substring(0, 2) : dept;
    return prefix + String.format("%07d", t.between(0, 9_999_999));
  }
}
