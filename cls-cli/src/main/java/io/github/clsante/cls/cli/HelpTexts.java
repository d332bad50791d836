package io.github.clsante.cls.cli;

import java.util.ResourceBundle;
import picocli.CommandLine;

/**
 * The help of the command ({@code --help}, {@code cls help}) in the language of the command line. The commands'
 * models ({@link CommandModel}) hold the English texts; {@code CliHelp.properties} holds the French ones, under
 * picocli's keys: headings ({@code usage.synopsisHeading}…), each command's description and exit statuses
 * (qualified by the command's name: {@code cls.check.usage.description}), and each option's description (by its
 * name without dashes, or qualified where commands differ: {@code cls.agenda.format}). The file is read directly
 * as UTF-8 ({@link Labels#load}), so that it loads the same on the class path and the module path. Stateless and
 * thread-safe.
 */
final class HelpTexts {

  private static final String FRENCH = "CliHelp.properties";

  private HelpTexts() {}

  /**
   * Gives a command line (and its subcommands) the help texts of a language.
   *
   * @param root the command line, before the help is printed
   * @param lang the language
   */
  static void apply(CommandLine root, Lang lang) {
    if (lang == Lang.fr) {
      root.setResourceBundle(Holder.FRENCH_BUNDLE);
    }
  }

  /** @return the French help texts, for tests */
  static ResourceBundle french() {
    return Holder.FRENCH_BUNDLE;
  }

  private static final class Holder {
    static final ResourceBundle FRENCH_BUNDLE = Labels.load(FRENCH, null);
  }
}
