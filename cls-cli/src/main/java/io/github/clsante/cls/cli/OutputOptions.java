package io.github.clsante.cls.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options every command has about where its result goes and how it looks: {@code --color}, {@code -o}/
 * {@code --output} and {@code --quiet}. A mixin of {@link BaseCommand}, which applies them.
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

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  When color = When.auto;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the result to FILE (UTF-8) instead of standard output; nothing is written when the job "
          + "cannot be done.")
  Path file;

  @Option(names = {"-q", "--quiet"},
      description = "Print nothing on standard output, and no note on standard error: the exit status only (with "
          + "-o, the file is still written). Why a job could not be done at all is still said.")
  boolean quiet;

  /**
   * @param when the {@code --color} option; its help follows it too
   */
  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
      description = "Colour the text output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: when standard "
          + "output is a terminal, honouring NO_COLOR, CLICOLOR and CLICOLOR_FORCE; never into a file).")
  void color(When when) {
    this.color = when;
    if (when != When.auto && mixee != null) {
      mixee.commandLine().setColorScheme(CommandLine.Help.defaultColorScheme(
          when == When.always ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
    }
  }
}
