package io.github.clsante.cls.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Issue #16: {@code main} builds only the subcommand its arguments name; whatever needs the others (the top
 * help, the version, a misspelt name, {@code help}) still gets them all, and a command prints the same either way.
 */
class LazySubcommandsTest {

  @Test
  void theArgumentsNameTheOnlySubcommandNeeded() {
    assertThat(Main.only(new String[] {"check", "x.json"})).isEqualTo("check");
    assertThat(Main.only(new String[] {"--lang", "en", "rules"})).isEqualTo("rules");
    assertThat(Main.only(new String[] {"--lang=en", "schema"})).isEqualTo("schema");
    assertThat(Main.only(new String[] {"calendar", "--help"})).isEqualTo("calendar");
  }

  @Test
  void helpVersionAMisspeltNameOrNothingNeedThemAll() {
    assertThat(Main.only(new String[] {})).isNull();
    assertThat(Main.only(new String[] {"--help", "check"})).isNull();
    assertThat(Main.only(new String[] {"--version"})).isNull();
    assertThat(Main.only(new String[] {"help", "check"})).isNull();
    assertThat(Main.only(new String[] {"chek", "x.json"})).isNull();
    assertThat(Main.only(new String[] {"--lang", "en"})).isNull();
  }

  @Test
  void theLazyCommandLineHoldsOnlyThatSubcommand() {
    PrintWriter w = new PrintWriter(new StringWriter());
    assertThat(Main.commandLine(picocli.CommandLine.Help.Ansi.OFF, w, w, "agenda").getSubcommands())
        .containsOnlyKeys("agenda");
    assertThat(Main.commandLine(picocli.CommandLine.Help.Ansi.OFF, w, w).getSubcommands())
        .containsOnlyKeys("check", "agenda", "referentiels", "rules", "calendar", "compare", "schema", "help");
  }

  static Stream<Arguments> commandLines() {
    String msm = "../examples/cls-mont-saint-michel-normandie.json";
    return Stream.of(
        Arguments.of((Object) new String[] {"check", msm, "--as-of", Cli.AS_OF}),
        Arguments.of((Object) new String[] {"--lang", "en", "check", msm, "--as-of", Cli.AS_OF, "--format", "json"}),
        Arguments.of((Object) new String[] {"agenda", msm, "--as-of", Cli.AS_OF}),
        Arguments.of((Object) new String[] {"calendar", msm, "--as-of", Cli.AS_OF}),
        Arguments.of((Object) new String[] {"rules", "NOR-COPIL-ANNUAL"}),
        Arguments.of((Object) new String[] {"check", "--help"}),
        Arguments.of((Object) new String[] {"check"}),
        Arguments.of((Object) new String[] {"check", "--bogus"}));
  }

  @ParameterizedTest
  @MethodSource("commandLines")
  void aCommandPrintsTheSameWithOneSubcommandOrAll(String[] args) {
    Cli.Result lazy = Cli.run(args);
    Cli.Result full = Cli.runFull(args);
    assertThat(lazy.out() + lazy.err()).isNotEmpty();
    assertThat(lazy.out()).isEqualTo(full.out());
    assertThat(lazy.err()).isEqualTo(full.err());
    assertThat(lazy.status()).isEqualTo(full.status());
  }
}
