package io.github.clsante.cls.model;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Form checks for the French public register identifiers the model uses: INSEE commune codes (Code officiel
 * géographique), département codes, SIREN (with its Luhn check digit) and FINESS numbers. Stateless and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class Identifiers {

  private static final String DEPT = "(0[1-9]|1\\d|2[1-9AB]|[3-8]\\d|9[0-5])";
  private static final Pattern INSEE = Pattern.compile(DEPT + "\\d{3}|97[1-8]\\d{2}");
  private static final Pattern DEPARTEMENT = Pattern.compile(DEPT + "|97[1-8]");
  private static final Pattern SIREN = Pattern.compile("\\d{9}");
  private static final Pattern FINESS = Pattern.compile("(\\d{2}|2[AB])\\d{7}");

  private Identifiers() {}

  /**
   * @param code a candidate INSEE commune code
   * @return whether it has the form of one: 5 characters, a département prefix (2A/2B for Corsica, 97x
   *     overseas) then digits
   */
  public static boolean isInseeCommuneCode(@Nullable String code) {
    return code != null && INSEE.matcher(code).matches();
  }

  /**
   * @param code a candidate département code
   * @return whether it is one: "01" to "95" (no "20"), "2A", "2B", or "971" to "978"
   */
  public static boolean isDepartementCode(@Nullable String code) {
    return code != null && DEPARTEMENT.matcher(code).matches();
  }

  /**
   * @param inseeCode a valid INSEE commune code
   * @return the code of the département the commune lies in
   */
  public static String departementOf(String inseeCode) {
    return inseeCode.startsWith("97") ? inseeCode.substring(0, 3) : inseeCode.substring(0, 2);
  }

  /**
   * @param siren a candidate SIREN number
   * @return whether it is 9 digits with a valid Luhn check digit
   */
  public static boolean isSiren(@Nullable String siren) {
    return siren != null && SIREN.matcher(siren).matches() && luhn(siren);
  }

  /**
   * @param finess a candidate FINESS number
   * @return whether it has the form of one: 9 characters, a département prefix (2A/2B allowed) then digits
   */
  public static boolean isFiness(@Nullable String finess) {
    return finess != null && FINESS.matcher(finess).matches();
  }

  private static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return sum % 10 == 0;
  }
}
