package io.github.clsante.cls.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The options shared by the commands that read a contract at a date: {@code --as-of} and {@code --lang}. */
final class DateAndLanguage {

  @Option(names = "--as-of", paramLabel = "DATE", description = "The check date, yyyy-mm-dd (default: today).")
  LocalDate asOf;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "fr",
      description = "The language of messages and labels: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Lang lang;

  /** @return the check date: {@code --as-of}, else today */
  LocalDate date() {
    return asOf == null ? LocalDate.now() : asOf;
  }
}
