package io.github.clsante.cls.model;

/**
 * The document order of JSON Pointers into a contract's canonical JSON form (the paths of {@link ModelProblem}s
 * and of findings): segment by segment, array indexes compared as numbers, so {@code /people/2} comes before
 * {@code /people/10}. Stateless and thread-safe.
 *
 * <p>A segment is what follows a {@code /} up to the next one or the end (text before the first {@code /} is not
 * part of any segment). Two segments made of ASCII digits compare as numbers ({@code 007} equals {@code 7});
 * otherwise they compare as text, {@code /} included. A last segment of digits followed by a single final line
 * terminator compares as its digits. A pointer that is a prefix of the other, segment-wise, comes first.
 *
 * @since 0.1.0
 */
public final class JsonPointers {

  private JsonPointers() {}

  /**
   * @param a a JSON Pointer
   * @param b another
   * @return negative, zero or positive as {@code a} comes before, with or after {@code b} in document order
   * @throws NullPointerException when {@code a} or {@code b} is null
   */
  public static int compare(String a, String b) {
    // a plain scan: the findings of every check are sorted with this order, and a regular expression per
    // comparison was a tenth of a warm check (docs/performance.md)
    int ia = a.indexOf('/');
    int ib = b.indexOf('/');
    while (true) {
      boolean ha = ia >= 0;
      boolean hb = ib >= 0;
      if (!ha || !hb) {
        return Boolean.compare(ha, hb);
      }
      int ea = segmentEnd(a, ia);
      int eb = segmentEnd(b, ib);
      int da = digitsEnd(a, ia, ea);
      int db = digitsEnd(b, ib, eb);
      if (da >= 0) {
        ea = da;
      }
      if (db >= 0) {
        eb = db;
      }
      int c = da >= 0 && db >= 0 ? compareNumbers(a, ia + 1, ea, b, ib + 1, eb) : compareText(a, ia, ea, b, ib, eb);
      if (c != 0) {
        return c;
      }
      ia = a.indexOf('/', ea);
      ib = b.indexOf('/', eb);
    }
  }

  /** @return the index of the next {@code /} after {@code from}, or the length */
  private static int segmentEnd(String s, int from) {
    int e = s.indexOf('/', from + 1);
    return e < 0 ? s.length() : e;
  }

  /**
   * @return where the digits of the segment starting at {@code slash} end, when the segment is one or more ASCII
   *     digits (or, as the last segment, digits and a single final line terminator); else -1
   */
  private static int digitsEnd(String s, int slash, int end) {
    int i = slash + 1;
    while (i < end && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    if (i == slash + 1) {
      return -1;
    }
    return i == end || end == s.length() && isFinalLineTerminator(s, i) ? i : -1;
  }

  private static boolean isFinalLineTerminator(String s, int i) {
    int rest = s.length() - i;
    char c = s.charAt(i);
    if (rest == 1) {
      return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
    return rest == 2 && c == '\r' && s.charAt(i + 1) == '\n';
  }

  private static int compareNumbers(String a, int fa, int ea, String b, int fb, int eb) {
    while (fa < ea - 1 && a.charAt(fa) == '0') {
      fa++;
    }
    while (fb < eb - 1 && b.charAt(fb) == '0') {
      fb++;
    }
    int c = Integer.compare(ea - fa, eb - fb);
    for (int i = 0; c == 0 && i < ea - fa; i++) {
      c = Integer.compare(a.charAt(fa + i), b.charAt(fb + i));
    }
    return c;
  }

  private static int compareText(String a, int fa, int ea, String b, int fb, int eb) {
    int n = Math.min(ea - fa, eb - fb);
    for (int i = 0; i < n; i++) {
      char x = a.charAt(fa + i);
      char y = b.charAt(fb + i);
      if (x != y) {
        return x - y;
      }
    }
    return (ea - fa) - (eb - fb);
  }
}
