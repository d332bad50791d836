package io.github.clsante.cls.json;

import java.util.Collection;
import java.util.stream.Collectors;

/** Display helpers for problems. Internal, stateless. */
final class Texts {

  private Texts() {}

  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    String shown = s.length() > 60 ? s.substring(0, 57) : s;
    for (char c : shown.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    if (shown.length() < s.length()) {
      b.append('…');
    }
    return b.append('"').toString();
  }

  static String shorten(String s) {
    return s.length() > 60 ? s.substring(0, 57) + "…" : s;
  }

  static String child(String pointer, String name) {
    return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
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
