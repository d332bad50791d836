package io.github.clsante.cls.cli;

import java.util.Locale;

/** The languages of the output: French (the default) and English. */
enum Lang {
  /** French. */
  fr(Locale.FRENCH),
  /** English. */
  en(Locale.ENGLISH);

  private final Locale locale;

  Lang(Locale locale) {
    this.locale = locale;
  }

  /**
   * The language of a command line, known before it is parsed, so that usage errors and {@code --help} speak it
   * too: the value of its last {@code --lang} option ({@code --lang en}, {@code --lang=EN}) before a {@code --}
   * argument, French when there is none or its value is no language.
   *
   * @param args the command-line arguments
   * @return the language
   */
  static Lang of(java.util.List<String> args) {
    Lang found = fr;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a == null || a.equals("--")) {
        break;
      }
      String value = a.equals("--lang") && i + 1 < args.size() ? args.get(i + 1)
          : a.startsWith("--lang=") ? a.substring("--lang=".length()) : null;
      if (value != null) {
        found = value.equalsIgnoreCase("en") ? en : fr;
      }
    }
    return found;
  }

  /** @return the locale of findings' messages and labels */
  Locale locale() {
    return locale;
  }
}
