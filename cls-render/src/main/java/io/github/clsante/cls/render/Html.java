package io.github.clsante.cls.render;

import io.github.clsante.cls.internal.Printable;

/**
 * Where a page is written: a {@link StringBuilder} and the one escaping function every text from a document, a
 * pack or the caller goes through. The markup written is well-formed XML as well as HTML (void elements closed,
 * no named entity but the five of XML). Not thread-safe: one per page.
 */
final class Html {

  private final StringBuilder b;

  Html(int capacity) {
    this.b = new StringBuilder(capacity);
  }

  /** Appends markup as it is: only ever literal markup of this package, never a text from outside. */
  Html raw(String markup) {
    b.append(markup);
    return this;
  }

  /** Appends a number. */
  Html raw(long n) {
    b.append(n);
    return this;
  }

  /** Appends a text, escaped. */
  Html text(String s) {
    b.append(esc(s));
    return this;
  }

  /** Appends {@code <tag class="cls">} then the escaped text and {@code </tag>}; no class when empty. */
  Html el(String tag, String cls, String text) {
    b.append('<').append(tag);
    if (!cls.isEmpty()) {
      b.append(" class=\"").append(esc(cls)).append('"');
    }
    b.append('>').append(esc(text)).append("</").append(tag).append('>');
    return this;
  }

  /** Appends {@code name="value"} with a leading space, the value escaped. */
  Html attr(String name, String value) {
    b.append(' ').append(name).append("=\"").append(esc(value)).append('"');
    return this;
  }

  @Override
  public String toString() {
    return b.toString();
  }

  /**
   * @param s a text
   * @return the text with {@code & < > " '} escaped, safe in element content and in quoted attributes, and every
   *     control or invisible character (bidirectional overrides included) shown as an escape, so that nothing a
   *     document holds can reorder or hide what the page shows, nor act on a terminal the page is printed to
   */
  static String esc(String s) {
    String t = Printable.escape(s);
    StringBuilder out = new StringBuilder(t.length() + 16);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
