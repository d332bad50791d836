package io.github.clsante.cls.cli;

/**
 * Makes text that comes from a document or the file system (ids, names, régions, file names, problems) safe to
 * print on a terminal: every control character (C0, DEL, C1), invisible format character (bidirectional
 * overrides, zero widths but the joiners, the byte order mark), line or paragraph separator and lone surrogate
 * is shown as a JSON-style escape ({@code \n}, {@code \r}, {@code \t}, else {@code \}{@code uXXXX}); every other
 * character is kept. Escaping twice changes nothing. Stateless and thread-safe.
 *
 * <p>The portfolio output's own escape, written while the shared one of issue #17 ({@code Printable.escape} in
 * cls-core) is not on this branch; it follows the same rules so that the two can be merged into one.
 */
final class TerminalEscape {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private TerminalEscape() {}

  /**
   * @param text any text, or null
   * @return the text with every unsafe character escaped; {@code "null"} for null
   */
  static String text(CharSequence text) {
    if (text == null) {
      return "null";
    }
    StringBuilder b = new StringBuilder(text.length() + 8);
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, text.charAt(i + 1));
        if (safe(cp)) {
          b.append(c).append(text.charAt(i + 1));
        } else {
          unicode(b, c);
          unicode(b, text.charAt(i + 1));
        }
        i += 2;
        continue;
      }
      if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\t') {
        b.append("\\t");
      } else if (Character.isSurrogate(c) || !safe(c)) {
        unicode(b, c);
      } else {
        b.append(c);
      }
      i++;
    }
    return b.toString();
  }

  private static boolean safe(int cp) {
    if (cp >= 0x20 && cp < 0x7f) {
      return true;
    }
    if (cp == 0x200c || cp == 0x200d) {
      return true; // the joiners shape scripts and emoji; they neither move nor hide text
    }
    return switch (Character.getType(cp)) {
      case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
          Character.SURROGATE -> false;
      default -> true;
    };
  }

  private static void unicode(StringBuilder b, char c) {
    b.append("\\u").append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf]).append(HEX[(c >> 4) & 0xf])
        .append(HEX[c & 0xf]);
  }
}
