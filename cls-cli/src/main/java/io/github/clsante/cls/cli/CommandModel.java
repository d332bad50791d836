package io.github.clsante.cls.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * How the commands declare their options and parameters to picocli: in code, each command in its own
 * {@code declare} method, rather than with picocli's annotations. Reading annotations costs a fresh JVM some 30 ms
 * of the main thread's time (annotation proxies, reflection over every field and type, picocli's own annotated
 * mixin for {@code --help} and {@code --version}), before the command can start its job (issue #16); a model built
 * here costs none of that. The help, the parsing and the errors are picocli's, as with annotations.
 *
 * <p>A parsed value goes to the command through {@link Target#set}, under the option's longest name (e.g.
 * {@code --format}) or the positional parameter's key: the command assigns its field. picocli calls it while
 * parsing, for the values given and the default values, never with an initial value: the fields keep theirs.
 * Stateless; the specs it builds belong to one command line.
 */
final class CommandModel {

  private CommandModel() {}

  /** A command, or a group of its options, that receives the parsed values. */
  interface Target {
    /**
     * @param key the option's longest name, or the positional parameter's key
     * @param value its value, converted to the declared type
     */
    void set(String key, Object value);
  }

  /**
   * A command with picocli's standard {@code -h, --help} and {@code -V, --version} options, as
   * {@code mixinStandardHelpOptions} gives them (the same names, description keys and English texts), the version
   * of {@link Version}, and its description.
   *
   * @param command the object picocli executes
   * @param name the command's name
   * @param description the paragraphs of its description, in English
   * @return its model, to which the caller adds options, parameters and exit statuses
   */
  static CommandSpec command(Object command, String name, String... description) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name).versionProvider(new Version());
    spec.usageMessage().description(description);
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
        .descriptionKey("mixinStandardHelpOptions.help").description("Show this help message and exit.").build());
    spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
        .descriptionKey("mixinStandardHelpOptions.version").description("Print version information and exit.")
        .build());
    return spec;
  }

  /**
   * Gives a command its list of exit statuses, under the heading "Exit status:".
   *
   * @param spec the command
   * @param statuses each "status:meaning", in English
   */
  static void exitStatuses(CommandSpec spec, String... statuses) {
    // split as picocli splits @Command(exitCodeList = …)
    spec.usageMessage().exitCodeListHeading("%nExit status:%n")
        .exitCodeList(CommandLine.Model.UsageMessageSpec.keyValuesMap(statuses));
  }

  /**
   * An option whose values go to a target under its longest name.
   *
   * @param target what receives the value
   * @param type the value's type (an enum's constants are its completion candidates)
   * @param names its names, e.g. {@code "-o", "--output"}
   * @return the option's builder, for its label, description and default value
   */
  static OptionSpec.Builder option(Target target, Class<?> type, String... names) {
    OptionSpec.Builder b = OptionSpec.builder(names).type(type);
    Binding binding = new Binding(target, longest(names));
    return b.getter(binding).setter(binding).hasInitialValue(false);
  }

  /**
   * An option that takes no value: {@code true} when given.
   *
   * @param target what receives the value
   * @param names its names
   * @return the option's builder, for its description
   */
  static OptionSpec.Builder flag(Target target, String... names) {
    return option(target, boolean.class, names);
  }

  /**
   * Positional parameters whose values go to a target under a key.
   *
   * @param target what receives the value
   * @param key the key
   * @param type the value's type: {@link java.util.List} with {@code elementType} for several
   * @param elementType the type of a list's elements, or {@code null}
   * @param arity how many values, e.g. {@code "1"} or {@code "1..*"}: required when at least one
   * @return the parameters' builder, for their index, label and description
   */
  static PositionalParamSpec.Builder positional(Target target, String key, Class<?> type, Class<?> elementType,
      String arity) {
    PositionalParamSpec.Builder b = PositionalParamSpec.builder().type(type).arity(arity)
        .required(CommandLine.Range.valueOf(arity).min() > 0);
    if (elementType != null) {
      b.auxiliaryTypes(elementType);
    }
    Binding binding = new Binding(target, key);
    return b.getter(binding).setter(binding).hasInitialValue(false);
  }

  private static String longest(String... names) {
    String longest = names[0];
    for (String n : names) {
      if (n.length() > longest.length()) {
        longest = n;
      }
    }
    return longest;
  }

  /** Holds the last value set, for picocli, and passes it on to the target. */
  private static final class Binding implements CommandLine.Model.IGetter, CommandLine.Model.ISetter {
    private final Target target;
    private final String key;
    private Object value;

    Binding(Target target, String key) {
      this.target = target;
      this.key = key;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get() {
      return (T) value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T set(T newValue) {
      T old = (T) value;
      value = newValue;
      target.set(key, newValue);
      return old;
    }
  }
}
