package io.github.clsante.cls.cli;

import io.github.clsante.cls.internal.Printable;
import io.github.clsante.cls.json.ClsJson;
import io.github.clsante.cls.json.DocumentException;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.referentiel.UnknownReferentielException;
import io.github.clsante.cls.region.Region;
import io.github.clsante.cls.region.UnknownRegionException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What every subcommand shares: the output streams and where the result goes ({@code -o}, {@code --quiet}),
 * whether to colour ({@code --color}), {@code --verbose} progress on stderr, and reading a document or a
 * référentiel so that a failure becomes readable lines and exit status 2. A subcommand declares its options in
 * {@link #declare} ({@link CommandModel}) and does its job in {@link #execute}.
 */
abstract class BaseCommand implements Callable<Integer>, CommandModel.Target {

  /** The command's model, made by {@link #declare}. */
  CommandSpec spec;

  /** {@code --verbose}. */
  boolean verbose;

  /** {@code -o}, {@code --quiet}, {@code --color}. */
  final OutputOptions output = new OutputOptions();

  /**
   * Whether standard output is a terminal that takes colours, for {@code --color=auto}: picocli's own detection
   * ({@link CommandLine.Help.Ansi#AUTO}) from {@link Main#main}, on or off in tests; set by
   * {@link Main#commandLine}.
   */
  CommandLine.Help.Ansi terminal = CommandLine.Help.Ansi.AUTO;

  /** Standard input, read for the FILE argument {@code -}; tests set another stream. */
  java.io.InputStream stdin = System.in;

  /** What the result is written to: standard output, a buffer for {@code -o}, or nothing with {@code --quiet}. */
  private PrintWriter out;
  private StringWriter buffer;

  /**
   * Declares the command to picocli: its name, description, exit statuses, options and parameters, with
   * {@link #declareShared} for those every command has.
   *
   * @return the command's model, which is {@link #spec} from then on
   */
  abstract CommandSpec declare();

  /**
   * Declares {@code --verbose} and the output options on a command.
   *
   * @param command the command's model
   * @return it
   */
  final CommandSpec declareShared(CommandSpec command) {
    this.spec = command;
    command.addOption(CommandModel.flag(this, "--verbose").description("Print progress and timing on stderr.")
        .build());
    output.declare(command, this);
    return command;
  }

  /**
   * Receives {@code --verbose} and the output options; a subcommand receives its own first and passes the rest on.
   */
  @Override
  public void set(String key, Object value) {
    if (key.equals("--verbose")) {
      verbose = Boolean.TRUE.equals(value);
    } else {
      output.set(key, value);
    }
  }

  /**
   * Does the job, then writes the result to the {@code -o} file when there is one.
   *
   * @return the exit status
   * @throws Failure when the job cannot be done, or the file cannot be written
   */
  @Override
  public final Integer call() {
    int status = execute();
    out().flush();
    if (buffer != null) {
      write(output.file, buffer.toString());
    }
    return status;
  }

  /**
   * @return the exit status of the job, its result printed on {@link #out()}
   */
  abstract int execute();

  /** @return the language of the command's labels: its {@code --lang}, French for a command without one */
  Lang lang() {
    return Lang.fr;
  }

  /** @return where the result goes: standard output, the {@code -o} file (once the job is done), or nowhere */
  PrintWriter out() {
    if (out == null) {
      if (output.file != null) {
        buffer = new StringWriter();
        out = new PrintWriter(buffer);
      } else if (output.quiet) {
        out = new PrintWriter(Writer.nullWriter());
      } else {
        out = spec.commandLine().getOut();
      }
    }
    return out;
  }

  /** @return where notes and progress go: standard error, or nowhere with {@code --quiet} */
  PrintWriter err() {
    return output.quiet ? new PrintWriter(Writer.nullWriter()) : spec.commandLine().getErr();
  }

  /**
   * @return whether the text output gets ANSI colours: {@code --color=always}, or {@code auto} when the result
   *     goes to standard output and that is a terminal that takes them
   */
  boolean colour() {
    return switch (output.color) {
      case always -> true;
      case never -> false;
      case auto -> output.file == null && !output.quiet && terminal.enabled();
    };
  }

  /** @return the colours of the text output, or none */
  Ansi ansi() {
    return new Ansi(colour());
  }

  /**
   * Writes the result to the {@code -o} file, in UTF-8.
   *
   * @throws Failure in one line naming the file and why, when it cannot be written
   */
  private void write(Path file, String text) {
    Labels l = new Labels(lang());
    if (Files.isDirectory(file)) {
      throw new Failure(l.get("output.failed", file, l.get("output.isFolder")));
    }
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new Failure(l.get("output.failed", file, l.get("output.noFolder")));
    } catch (AccessDeniedException e) {
      throw new Failure(l.get("output.failed", file, l.get("output.denied")));
    } catch (IOException e) {
      String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
          : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new Failure(l.get("output.failed", file, reason));
    }
  }

  /** @param message progress, printed (escaped) on stderr with {@code --verbose} only */
  void progress(String message) {
    if (verbose) {
      err().println(Printable.escape("cls" + new Labels(lang()).get("colon") + message));
      err().flush();
    }
  }

  /**
   * Runs a step, printing its duration on stderr with {@code --verbose}.
   *
   * @param what the step, e.g. "read contract.json"
   * @param step the step
   * @return its result
   */
  <T> T timed(String what, Supplier<T> step) {
    long start = System.nanoTime();
    progress(what + "…");
    T result = step.get();
    progress(new Labels(lang()).get("progress.took", what, (System.nanoTime() - start) / 1_000_000));
    return result;
  }

  /**
   * @param file a JSON document
   * @return the contract it holds
   * @throws Failure listing every problem (one per line, with pointer, line and column) when it cannot be read
   */
  LocalHealthContract read(Path file) {
    Labels l = new Labels(lang());
    if (!Files.isRegularFile(file)) {
      throw new Failure(l.get(Files.exists(file) ? "file.notRegular" : "file.missing", file));
    }
    if (!Files.isReadable(file)) {
      throw new Failure(l.get("file.notReadable", file));
    }
    try {
      return timed(l.get("progress.read", file), () -> ClsJson.reader().read(file));
    } catch (DocumentException e) {
      throw new Failure(Inputs.problemLines(file.toString(), e.problems(), lang()));
    }
  }

  /**
   * @param id a référentiel id
   * @return the référentiel
   * @throws Failure naming the known ids, when there is none with this id
   */
  Referentiel referentiel(String id) {
    Labels l = new Labels(lang());
    try {
      return timed(l.get("progress.load", id), () -> Referentiels.byId(id));
    } catch (UnknownReferentielException e) {
      throw new Failure(l.get("referentiel.unknown", id, String.join(", ",
          Referentiels.all().stream().map(Referentiel::id).sorted().toList())));
    }
  }

  /**
   * The référentiel to check a contract against: the one forced with {@code --referentiel}, else the one of the
   * contract's région ({@link Referentiels#forRegion}), saying on stderr (one line) when it falls back to the
   * national socle, and warning when a forced one differs from the région's.
   *
   * @param contract the contract
   * @param forcedId the {@code --referentiel} option, or null
   * @param lang the language of the notes
   * @return the référentiel
   * @throws Failure when the forced id is unknown, or the contract's région is no région and none is forced
   */
  Referentiel referentielFor(LocalHealthContract contract, @Nullable String forcedId, Lang lang) {
    Labels l = new Labels(lang);
    Optional<Region> region = Region.find(contract.region());
    if (forcedId != null) {
      Referentiel forced = referentiel(forcedId);
      if (region.isPresent()) {
        String regional = Referentiels.idForRegion(region.get().code()).orElse(Referentiels.SOCLE_ID);
        if (!regional.equals(forced.id())) {
          err().println(l.get("region.override", forced.id(), region.get().officialName(), regional));
          err().flush();
        }
      }
      return forced;
    }
    if (region.isEmpty()) {
      throw new Failure(l.get("region.unknown", contract.region(), String.join(", ",
          java.util.Arrays.stream(Region.values()).map(Region::officialName).toList())));
    }
    Optional<String> id = Referentiels.idForRegion(region.get().code());
    if (id.isEmpty()) {
      err().println(l.get("region.socle", region.get().officialName()));
      err().flush();
    }
    return referentiel(id.orElse(Referentiels.SOCLE_ID));
  }

  /** Reads the one document: a file as before, or standard input with the same problem lines. */
  LocalHealthContract single(Inputs.Source source) {
    if (!source.isStdin()) {
      return read(source.path());
    }
    try {
      return timed(new Labels(lang()).get("progress.read", Inputs.STDIN), () -> Inputs.open(source, stdin));
    } catch (DocumentException e) {
      throw new Failure(Inputs.problemLines(Inputs.STDIN, e.problems(), lang()));
    }
  }
}
