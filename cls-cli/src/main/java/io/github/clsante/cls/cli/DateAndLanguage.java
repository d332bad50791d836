package io.github.clsante.cls.cli;

import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.region.Region;
import java.time.LocalDate;
import picocli.CommandLine.Model.CommandSpec;

/** The options shared by the commands that read a contract at a date: {@code --as-of} and {@code --lang}. */
final class DateAndLanguage {

  /** {@code --as-of}. */
  LocalDate asOf;

  /** {@code --lang}. */
  Lang lang = Lang.fr;

  /**
   * Declares the options on a command.
   *
   * @param command the command's model
   * @param target what receives their values: the command, which passes them on to {@link #set}
   */
  void declare(CommandSpec command, CommandModel.Target target) {
    command.addOption(CommandModel.option(target, LocalDate.class, "--as-of").paramLabel("DATE")
        .description("The check date, yyyy-mm-dd (default: today in the contract's région: Europe/Paris in "
            + "metropolitan France, the overseas régions' own time zones).").build());
    command.addOption(CommandModel.option(target, Lang.class, "--lang").paramLabel("LANG").defaultValue("fr")
        .description("The language of messages and labels: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        .build());
  }

  /**
   * @param key an option's longest name
   * @param value its value
   * @return whether the key is one of these options
   */
  boolean set(String key, Object value) {
    switch (key) {
      case "--as-of" -> asOf = (LocalDate) value;
      case "--lang" -> lang = (Lang) value;
      default -> {
        return false;
      }
    }
    return true;
  }

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
