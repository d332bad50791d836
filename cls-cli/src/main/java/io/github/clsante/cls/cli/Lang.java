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

  /** @return the locale of findings' messages and labels */
  Locale locale() {
    return locale;
  }
}
