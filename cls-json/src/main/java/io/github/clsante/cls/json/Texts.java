package io.github.clsante.cls.json;

import io.github.clsante.cls.internal.Printable;
import java.util.Collection;
import java.util.stream.Collectors;

/** Display helpers for problems. Internal, stateless. */
final class Texts {

  private Texts() {}

  /** The longest "found" text a problem quotes from a document, ellipsis included. */
  static final int MAX_FOUND = 120;

  /**
   * @param s a text from the document
   * @return it as a JSON string literal, quotes, backslashes, control and invisible characters and lone
   *     surrogates escaped ({@link Printable}), shortened with an ellipsis when its escaped form passes 60
   *     characters: at most 64 characters in all
   */
  static String quote(String s) {
    StringBuilder b = new StringBuilder();
    int i = 0;
    int fits = -1; // the length of b when it last fitted in 59 characters, leaving room for the ellipsis
    while (i < s.length()) {
      int n = Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1)) ? 2 : 1;
      String c = s.substring(i, i + n);
      b.append(c.equals("\"") || c.equals("\\") ? "\\" + c : Printable.escape(c));
      if (b.length() <= 59) {
        fits = b.length();
      } else if (b.length() > 60) {
        b.setLength(fits);
        return "\"" + b + "…\"";
      }
      i += n;
    }
    return "\"" + b + "\"";
  }

  /**
   * @param s a text
   * @return it shortened past 60 characters, with an ellipsis
   */
  static String shorten(String s) {
    return s.length() > 60 ? s.substring(0, Character.isHighSurrogate(s.charAt(56)) ? 56 : 57) + "…" : s;
  }

  /**
   * @param s a text
   * @param max the longest result
   * @return it, or its first {@code max - 1} characters and an ellipsis (never splitting a surrogate pair)
   */
  static String shorten(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = Character.isHighSurrogate(s.charAt(max - 2)) ? max - 2 : max - 1;
    return s.substring(0, end) + "…";
  }

  /** @return a field name as one segment of a JSON Pointer: {@code ~} as {@code ~0}, {@code /} as {@code ~1} */
  static String escapePointer(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  static String oneOf(Collection<String> names) {
    return names.stream().collect(Collectors.joining(", "));
  }

  /**
   * @param found an unknown name
   * @param known the known names
   * @return the closest known name within a small edit distance (case-insensitive), or null
   */
  static String closest(String found, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String f = found.toLowerCase(java.util.Locale.ROOT);
    if (f.length() > 100) {
      return null;
    }
    for (String k : known) {
      int d = distance(f, k.toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    int allowed = found.length() <= 4 ? 1 : found.length() <= 8 ? 2 : 3;
    return bestDistance <= allowed ? best : null;
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
