package io.github.clsante.cls.cli;

/**
 * A command that reads contracts at a date: {@code check}, {@code agenda}, {@code calendar}, {@code compare}. It has
 * {@code --as-of} and {@code --lang} ({@link DateAndLanguage}), and speaks the language {@code --lang} names.
 */
abstract class DatedCommand extends BaseCommand {

  /** {@code --as-of}, {@code --lang}. */
  final DateAndLanguage when = new DateAndLanguage();

  @Override
  Lang lang() {
    return when.lang;
  }

  /** Receives {@code --as-of} and {@code --lang}, and passes the rest on to {@link BaseCommand#set}. */
  @Override
  public void set(String key, Object value) {
    if (!when.set(key, value)) {
      super.set(key, value);
    }
  }
}
