package io.github.clsante.cls.cli;

import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.region.Region;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The options shared by the commands that read a contract at a date: {@code --as-of} and {@code --lang}. */
final class DateAndLanguage {

  @Option(names = "--as-of", paramLabel = "DATE", description = "The check date, yyyy-mm-dd (default: today in the contract's région: Europe/Paris in "
          + "metropolitan France, the overseas régions' own time zones).")
  LocalDate asOf;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "fr",
      description = "The language of messages and labels: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Lang lang;

  /**
   * @param contract the contract checked
   * @return the check date: {@code --as-of}, else today in the contract's région (Europe/Paris when the région
   *     is unknown)
   */
  LocalDate date(LocalHealthContract contract) {
    if (asOf != null) {
      return asOf;
    }
    return Today.in(Region.find(contract.region()).map(Region::zoneId).orElse(Today.DEFAULT_ZONE));
  }
}
