package io.github.clsante.cls.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document order of JSON Pointers into a contract's canonical JSON form (the paths of {@link ModelProblem}s
 * and of findings): segment by segment, array indexes compared as numbers, so {@code /people/2} comes before
 * {@code /people/10}. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class JsonPointers {

  private static final Pattern SEGMENT = Pattern.compile("/(\\d+)(?=/|$)|/([^/]*)");

  private JsonPointers() {}

  /**
   * @param a a JSON Pointer
   * @param b another
   * @return negative, zero or positive as {@code a} comes before, with or after {@code b} in document order
   * @throws NullPointerException when {@code a} or {@code b} is null
   */
  public static int compare(String a, String b) {
    Matcher ma = SEGMENT.matcher(a);
    Matcher mb = SEGMENT.matcher(b);
    while (true) {
      boolean ha = ma.find();
      boolean hb = mb.find();
      if (!ha || !hb) {
        return Boolean.compare(ha, hb);
      }
      int c;
      if (ma.group(1) != null && mb.group(1) != null) {
        c = new java.math.BigInteger(ma.group(1)).compareTo(new java.math.BigInteger(mb.group(1)));
      } else {
        c = ma.group().compareTo(mb.group());
      }
      if (c != 0) {
        return c;
      }
    }
  }
}
