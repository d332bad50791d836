package io.github.clsante.cls.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Issue #16: the commands declare their options in code ({@link CommandModel}) rather than with picocli's
 * annotations. What picocli would have made of the annotations is what the model says: the standard help options,
 * required parameters, default values; a value reaches the command only when given or defaulted.
 */
class CommandModelTest {

  /** What {@code mixinStandardHelpOptions = true} gives an annotated command. */
  @CommandLine.Command(name = "annotated", mixinStandardHelpOptions = true)
  static final class Annotated {}

  /** Records what picocli passes on: the last value of each key. */
  static final class Recorder implements CommandModel.Target, Runnable {
    final Map<String, Object> calls = new LinkedHashMap<>();

    @Override
    public void set(String key, Object value) {
      calls.put(key, value);
    }

    @Override
    public void run() {}
  }

  @Test
  void theStandardHelpOptionsAreThoseOfPicocliMixin() {
    CommandSpec annotated = new CommandLine(new Annotated()).getCommandSpec();
    CommandSpec declared = CommandModel.command(new Recorder(), "declared", "A command.");
    assertThat(declared.options()).hasSameSizeAs(annotated.options());
    for (OptionSpec a : annotated.options()) {
      OptionSpec d = declared.findOption(a.longestName());
      assertThat(d).as(a.longestName()).isNotNull();
      assertThat(d.names()).containsExactly(a.names());
      assertThat(d.usageHelp()).isEqualTo(a.usageHelp());
      assertThat(d.versionHelp()).isEqualTo(a.versionHelp());
      assertThat(d.descriptionKey()).isEqualTo(a.descriptionKey());
      assertThat(d.description()).containsExactly(a.description());
      assertThat(d.arity()).isEqualTo(a.arity());
    }
    assertThat(declared.versionProvider()).isInstanceOf(Version.class);
  }

  @Test
  void aValueReachesTheTargetOnlyWhenGivenOrDefaulted() {
    Recorder r = new Recorder();
    CommandSpec spec = CommandModel.command(r, "t");
    spec.addOption(CommandModel.flag(r, "-q", "--quiet").build());
    spec.addOption(CommandModel.option(r, String.class, "--id").build());
    spec.addOption(CommandModel.option(r, Lang.class, "--lang").defaultValue("fr").build());
    spec.addPositional(CommandModel.positional(r, "files", List.class, String.class, "1..*").build());
    new CommandLine(spec).parseArgs("a.json", "b.json");
    assertThat(r.calls).containsOnly(entry("--lang", Lang.fr), entry("files", List.of("a.json", "b.json")));

    r.calls.clear();
    new CommandLine(spec).parseArgs("-q", "--id", "x", "--lang", "en", "c.json");
    assertThat(r.calls).containsOnly(entry("--quiet", true), entry("--id", "x"), entry("--lang", Lang.en),
        entry("files", List.of("c.json")));
  }

  @Test
  void parametersWithAtLeastOneValueAreRequired() {
    Recorder r = new Recorder();
    CommandSpec spec = CommandModel.command(r, "t");
    spec.addPositional(CommandModel.positional(r, "file", String.class, null, "1").index("0").paramLabel("FILE")
        .build());
    assertThatThrownBy(() -> new CommandLine(spec).parseArgs())
        .isInstanceOf(CommandLine.MissingParameterException.class);
    assertThat(r.calls).isEmpty();
  }

  @Test
  void exitStatusesKeepTheirOrderAndSplitAtTheFirstColon() {
    CommandSpec spec = CommandModel.command(new Recorder(), "t");
    CommandModel.exitStatuses(spec, "0:done", "2:not done: why");
    assertThat(spec.usageMessage().exitCodeList()).containsExactly(entry("0", "done"), entry("2", "not done: why"));
    assertThat(spec.usageMessage().exitCodeListHeading()).isEqualTo("%nExit status:%n");
  }
}
