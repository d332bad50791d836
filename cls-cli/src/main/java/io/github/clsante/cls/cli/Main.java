package io.github.clsante.cls.cli;

import io.github.clsante.cls.internal.Printable;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code cls} command: checks a Contrat local de santé document against a regional référentiel and prints
 * the report as text, JSON or a self-contained HTML page; lists what is still to do and by when (text, JSON or
 * an iCalendar file); lists the référentiels and their rules; shows the yearly follow-up; compares packs; prints
 * the JSON Schemas.
 *
 * <p>Exit status, as linters do: 0 conforming, 1 at least one {@code ERROR} finding, 2 could not do the job
 * (usage error, unreadable document, unknown référentiel). Results go to stdout, diagnostics to stderr.
 *
 * @since 0.1.0
 */
public final class Main implements Runnable {

  /** Exit status: the contract conforms, or the job is done. */
  public static final int OK = 0;
  /** Exit status: at least one {@code ERROR} finding. */
  public static final int NOT_CONFORMING = 1;
  /** Exit status: the job could not be done. */
  public static final int FAILED = 2;

  /**
   * The subcommands' names, in the order the help lists them. {@link #commandLine} builds only the one the
   * arguments name, when they name one ({@link #only}): a command's model costs time in a fresh JVM (issue #16).
   */
  private static final List<String> SUBCOMMANDS =
      List.of("check", "agenda", "referentiels", "rules", "calendar", "compare", "schema", "help");

  /** @return a new subcommand of that name (not {@code help}), its model declared */
  private static CommandSpec subcommand(String name) {
    BaseCommand command = switch (name) {
      case "check" -> new CheckCommand();
      case "agenda" -> new AgendaCommand();
      case "referentiels" -> new ReferentielsCommand();
      case "rules" -> new RulesCommand();
      case "calendar" -> new CalendarCommand();
      case "compare" -> new CompareCommand();
      case "schema" -> new SchemaCommand();
      default -> throw new IllegalArgumentException("no subcommand " + name);
    };
    return command.declare();
  }

  /** The top command's model. */
  private CommandSpec spec;

  /** {@code --lang}. */
  Lang lang = Lang.fr;

  /** Creates the top command; {@link #commandLine} declares it. */
  public Main() {}

  private CommandSpec declare() {
    spec = CommandModel.command(this, "cls", "Checks Contrats locaux de santé (CLS) against regional référentiels.");
    CommandModel.exitStatuses(spec, "0:conforming (or the job is done)", "1:at least one ERROR finding",
        "2:could not do the job (usage error, unreadable document, unknown référentiel; with several "
            + "contracts, every readable one is still checked and reported)");
    spec.addOption(CommandModel.option(new LangTarget(), Lang.class, "--lang").paramLabel("LANG").defaultValue("fr")
        .description("The language of messages, diagnostics and help: ${COMPLETION-CANDIDATES} (default: "
            + "${DEFAULT-VALUE}).").build());
    return spec;
  }

  /** Receives {@code --lang}, the top command's one option; picocli calls it while parsing. */
  private final class LangTarget implements CommandModel.Target {
    @Override
    public void set(String key, Object value) {
      lang = (Lang) value;
    }
  }

  @Override
  public void run() {
    Labels l = new Labels(lang);
    throw new Failure(List.of(l.get("usage.noCommand", String.join(", ", spec.subcommands().keySet())),
        l.get("usage.help", spec.qualifiedName())));
  }

  /**
   * Runs the command and exits with its status.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
        StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
        StandardCharsets.UTF_8), true);
    String only = only(args);
    Warmup.start(only, args);
    int status = run(commandLine(CommandLine.Help.Ansi.AUTO, out, err, only), args, err);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * Executes a command line so that the job not being done never looks like a verdict: an
   * {@link OutOfMemoryError} or any other error escaping the command gives one line on stderr and
   * {@link #FAILED}, never {@link #OK} or {@link #NOT_CONFORMING}.
   *
   * @param cl the command line
   * @param args the arguments
   * @param err where the line goes
   * @return the exit status
   */
  static int run(CommandLine cl, String[] args, PrintWriter err) {
    try {
      return cl.execute(args);
    } catch (OutOfMemoryError e) {
      err.println(new Labels(Lang.of(Arrays.asList(args))).get("internal.outOfMemory"));
      return FAILED;
    } catch (Throwable e) {
      err.println(Printable.escape(new Labels(Lang.of(Arrays.asList(args))).get("internal.error",
          e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage()))));
      return FAILED;
    } finally {
      err.flush();
    }
  }

  /** @return whether the command line asks for help (--help, or the help command): only then are its texts loaded */
  private static boolean helpRequested(CommandLine.ParseResult parseResult) {
    for (CommandLine.ParseResult r = parseResult; r != null; r = r.subcommand()) {
      if (r.isUsageHelpRequested() || r.commandSpec().helpCommand()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Builds the command line, wired to the given streams, for {@link CommandLine#execute}.
   *
   * @param colour whether {@code --color=auto} colours the text output, as if stdout were a colour terminal
   * @param out where results go
   * @param err where diagnostics go
   * @return the command line
   */
  public static CommandLine commandLine(boolean colour, PrintWriter out, PrintWriter err) {
    return commandLine(CommandLine.Help.Ansi.valueOf(colour), out, err);
  }

  /**
   * Builds the command line, wired to the given streams, for {@link CommandLine#execute}.
   *
   * @param terminal what {@code --color=auto} does: {@link CommandLine.Help.Ansi#AUTO} asks picocli whether
   *     stdout is a terminal (honouring {@code NO_COLOR}, {@code CLICOLOR} and {@code CLICOLOR_FORCE}; on
   *     JDK 22 and later through {@code Console.isTerminal}); {@code ON} and {@code OFF} decide
   * @param out where results go
   * @param err where diagnostics go
   * @return the command line
   */
  public static CommandLine commandLine(CommandLine.Help.Ansi terminal, PrintWriter out, PrintWriter err) {
    return commandLine(terminal, out, err, null);
  }

  /**
   * The one subcommand a command line needs, when it needs only one: the arguments start with the top command's
   * {@code --lang} option at most, then name a subcommand other than {@code help}. Anything else (no subcommand,
   * {@code --help}, {@code --version}, a misspelt name, {@code help}) needs them all, to list or suggest them.
   *
   * @param args the arguments
   * @return the subcommand's name, or {@code null} for all of them
   */
  static String only(String[] args) {
    int i = 0;
    while (i < args.length) {
      String a = args[i];
      if (a.equals("--lang")) {
        i += 2;
      } else if (a.startsWith("--lang=")) {
        i++;
      } else {
        return SUBCOMMANDS.contains(a) && !a.equals("help") ? a : null;
      }
    }
    return null;
  }

  static CommandLine commandLine(CommandLine.Help.Ansi terminal, PrintWriter out, PrintWriter err, String only) {
    java.util.Objects.requireNonNull(terminal, "terminal");
    CommandLine cl = new CommandLine(new Main().declare());
    for (String name : SUBCOMMANDS) {
      if (only == null) {
        cl.addSubcommand(name, name.equals("help") ? new CommandLine.HelpCommand() : subcommand(name));
      } else if (only.equals(name)) {
        cl.addSubcommand(name, subcommand(name));
      }
    }
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setColorScheme(CommandLine.Help.defaultColorScheme(terminal));
    cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
      PrintWriter e = line.getErr();
      if (ex instanceof Failure f) {
        f.lines().forEach(e::println);
      } else {
        Labels l = new Labels(Lang.of(parseResult.originalArgs()));
        e.println(Printable.escape("cls" + l.get("colon") + (ex.getMessage() == null
            ? ex.getClass().getSimpleName() : ex.getMessage())));
      }
      e.flush();
      return FAILED;
    });
    cl.setParameterExceptionHandler((ex, args) -> {
      PrintWriter e = ex.getCommandLine().getErr();
      UsageErrors.lines(ex, Lang.of(Arrays.asList(args))).forEach(e::println);
      e.flush();
      return FAILED;
    });
    // the help and the version are printed by the execution strategy: the language of the command line is
    // known by then, and the help speaks it
    CommandLine.IExecutionStrategy run = new CommandLine.RunLast();
    cl.setExecutionStrategy(parseResult -> {
      if (helpRequested(parseResult)) {
        HelpTexts.apply(parseResult.commandSpec().root().commandLine(), Lang.of(parseResult.originalArgs()));
      }
      return run.execute(parseResult);
    });
    for (CommandLine sub : cl.getSubcommands().values()) {
      if (sub.getCommand() instanceof BaseCommand b) {
        b.terminal = terminal;
      }
    }
    return cl;
  }
}
