package io.github.clsante.cls.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The options every command has about where its result goes and how it looks: {@code --color}, {@code -o}/
 * {@code --output} and {@code --quiet}. Declared on every command by {@link BaseCommand}, which applies them.
 */
final class OutputOptions {

  /** When to colour the text output. */
  enum When {
    /** When standard output is a terminal, as picocli detects it: {@code NO_COLOR}, {@code CLICOLOR=0} and
     * {@code CLICOLOR_FORCE} are honoured. */
    auto,
    /** Always, even into a file or a pipe. */
    always,
    /** Never. */
    never
  }

  /** The command the options belong to: {@code --color} sets its colours, for its help too. */
  private CommandSpec mixee;

  When color = When.auto;

  /** {@code -o}, {@code --output}. */
  Path file;

  /** {@code -q}, {@code --quiet}. */
  boolean quiet;

  /**
   * Declares the options on a command.
   *
   * @param command the command's model
   * @param target what receives their values: the command, which passes them on to {@link #set}
   */
  void declare(CommandSpec command, CommandModel.Target target) {
    this.mixee = command;
    command.addOption(CommandModel.option(target, Path.class, "-o", "--output").paramLabel("FILE")
        .description("Write the result to FILE (UTF-8) instead of standard output; nothing is written when the job "
            + "cannot be done.").build());
    command.addOption(CommandModel.flag(target, "-q", "--quiet")
        .description("Print nothing on standard output, and no note on standard error: the exit status only (with "
            + "-o, the file is still written). Why a job could not be done at all is still said.").build());
    command.addOption(CommandModel.option(target, When.class, "--color").paramLabel("WHEN").defaultValue("auto")
        .description("Colour the text output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: when standard "
            + "output is a terminal, honouring NO_COLOR, CLICOLOR and CLICOLOR_FORCE; never into a file).")
        .build());
  }

  /**
   * @param key an option's longest name
   * @param value its value
   */
  void set(String key, Object value) {
    switch (key) {
      case "--output" -> file = (Path) value;
      case "--quiet" -> quiet = Boolean.TRUE.equals(value);
      case "--color" -> color((When) value);
      default -> throw new IllegalArgumentException("no option " + key);
    }
  }

  /**
   * @param when the {@code --color} option; its help follows it too
   */
  private void color(When when) {
    this.color = when;
    if (when != When.auto && mixee != null) {
      mixee.commandLine().setColorScheme(CommandLine.Help.defaultColorScheme(
          when == When.always ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
    }
  }
}
