package io.github.clsante.cls.internal;

/**
 * Makes text from a document safe to print on a terminal, in a log or a text report: every character that could
 * break a line, move the cursor, recolour or clear a terminal, reorder or hide text is shown as an escape
 * instead — {@code \n}, {@code \r}, {@code \t}, else {@code \}{@code uXXXX} (JSON's notation). That is: the
 * control characters (C0, DEL, C1), the invisible format characters (bidirectional controls and marks, zero
 * widths other than the joiners, the byte order mark, tag characters), the line and paragraph separators, and
 * lone surrogates. Every other character is kept as is, backslashes included, so escaping twice changes nothing.
 * Internal: no compatibility promise.
 */
public final class Printable {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Printable() {}

  /**
   * @param text any text, or null
   * @return the text with every unsafe character escaped; {@code "null"} for null
   */
  public static String escape(CharSequence text) {
    if (text == null) {
      return "null";
    }
    int n = text.length();
    int i = 0;
    while (i < n && safe(text, i)) {
      i += Character.isHighSurrogate(text.charAt(i)) ? 2 : 1;
    }
    if (i >= n) {
      return text.toString();
    }
    StringBuilder b = new StringBuilder(n + 16).append(text, 0, i);
    while (i < n) {
      char c = text.charAt(i);
      if (safe(text, i)) {
        if (Character.isHighSurrogate(c)) {
          b.append(c).append(text.charAt(i + 1));
          i += 2;
        } else {
          b.append(c);
          i++;
        }
        continue;
      }
      int cp = Character.codePointAt(text, i);
      switch (c) {
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          for (char u : Character.toChars(cp)) {
            unicode(b, u);
          }
        }
      }
      i += Character.charCount(cp);
    }
    return b.toString();
  }

  /**
   * @param text any text
   * @return whether {@link #escape} would change it
   */
  public static boolean needsEscaping(CharSequence text) {
    for (int i = 0; i < text.length(); i += Character.isHighSurrogate(text.charAt(i)) ? 2 : 1) {
      if (!safe(text, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The same as {@link #loneSurrogate(CharSequence)}, for a string: the JSON reader asks it of every text of a
   * document, and a string's characters are read without the interface calls a {@code CharSequence} costs when
   * the code is not yet fully compiled.
   *
   * @param text any text
   * @return the index of its first lone surrogate, or -1
   */
  public static int loneSurrogate(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
        return loneSurrogate((CharSequence) text); // a surrogate at all: the careful reading, from the start
      }
    }
    return -1;
  }

  /**
   * @param text any text
   * @return the index of its first lone surrogate (a high one not followed by a low one, or a low one not
   *     preceded by a high one), or -1: text without one can be encoded in UTF-8
   */
  public static int loneSurrogate(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the character (or surrogate pair) at {@code i} may be printed as is. */
  private static boolean safe(CharSequence text, int i) {
    char c = text.charAt(i);
    if (c >= 0x20 && c < 0x7f) {
      return true; // printable ASCII: the fast path
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
          && safeCodePoint(Character.toCodePoint(c, text.charAt(i + 1)));
    }
    return !Character.isLowSurrogate(c) && safeCodePoint(c);
  }

  private static boolean safeCodePoint(int cp) {
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
