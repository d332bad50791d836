package io.github.clsante.cls.cli;

/**
 * Makes text from a document safe to print on a terminal: every character that could break a line, move the
 * cursor, recolour or clear the terminal, or reorder or hide text is shown as an escape instead — {@code \n},
 * {@code \r}, {@code \t}, else {@code \}{@code uXXXX}. That is the control characters (C0, DEL, C1), the
 * invisible format characters (bidirectional controls, zero widths other than the joiners, the byte order mark),
 * the line and paragraph separators, and lone surrogates. Every other character is kept as is.
 *
 * <p>Used by the agenda's text (and the « À faire » section of the text report) for every string that comes from
 * the document or from a message that quotes it. The same notation as cls-core's {@code Printable.escape} on the
 * branch that introduces it; once that lands here, this class can delegate to it.
 */
final class TerminalText {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private TerminalText() {}

  /**
   * @param text any text
   * @return the text with every unsafe character escaped
   */
  static String escape(CharSequence text) {
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
      switch (c) {
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (Character.isSurrogate(c) || !safe(c)) {
            unicode(b, c);
          } else {
            b.append(c);
          }
        }
      }
      i++;
    }
    return b.toString();
  }

  private static boolean safe(int cp) {
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
