package io.github.clsante.cls.cli;

import io.github.clsante.cls.json.ClsJson;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work the command will need, started on two daemon threads while picocli builds the command's model and parses
 * the arguments (issue #16): reading a real contract (a copy of the Pays Cœur d'Hérault example, {@link #SAMPLE}),
 * and loading the référentiel (the one {@code --referentiel} names, else the socle, whose loading brings in most
 * of the rule engine's classes) then checking that contract against it; the first thread then writes a date in
 * words in the command's language. In a fresh process the first read and the
 * first load each cost about 0.1 s of class loading and initialisation, the first check some 30 ms; the command
 * then finds the reader's and the checker's classes ready, and the référentiel built, since
 * {@link Referentiels#byId} shares what it builds and makes a second caller wait for the first.
 *
 * <p>A warm-up never reports and never changes a result: it reads none of the user's files, writes nothing, keeps
 * nothing the command uses but the shared référentiel, and whatever goes wrong in it is done again, and reported,
 * by the command itself. Only {@link Main#main} starts it (a process about to exit); the system property
 * {@code cls.noWarmup=true} turns it off, to measure what it saves.
 */
final class Warmup {

  /** A real contract (the Pays Cœur d'Hérault example, copied by the build), read and checked by the warm-up. */
  static final String SAMPLE = "warmup/cls-pays-coeur-herault-occitanie.json";

  private static final LocalDate SAMPLE_DATE = LocalDate.of(2026, 1, 1);

  /** The subcommands that read a contract and load a référentiel. */
  private static final Set<String> CHECKING = Set.of("check", "agenda", "calendar");

  /** picocli's standard options: with one of them the command prints its help or version and reads nothing. */
  private static final Set<String> HELP = Set.of("--help", "-h", "--version", "-V");

  private Warmup() {}

  /**
   * @param subcommand the one subcommand the arguments name ({@link Main#only}), or null
   * @param args the arguments
   * @return the threads started: none unless the subcommand reads a contract and loads a référentiel, and none
   *     when the arguments ask for the help or the version
   */
  static List<Thread> start(String subcommand, String[] args) {
    if (subcommand == null || !CHECKING.contains(subcommand) || Boolean.getBoolean("cls.noWarmup")
        || asksForHelp(args)) {
      return List.of();
    }
    String id = referentielOption(args);
    // the sample is read once, on the first thread; the second checks it once its référentiel is loaded
    FutureTask<LocalHealthContract> sample = new FutureTask<>(Warmup::read);
    Lang lang = Lang.of(List.of(args));
    return List.of(daemon("cls-warmup-json", () -> {
          sample.run();
          // the first date in words loads the JDK's month names for the language (about 10 ms, which the report
          // and the findings' messages would otherwise pay on the main thread)
          new Labels(lang).date(SAMPLE_DATE);
        }),
        daemon("cls-warmup-referentiel", () -> {
          Referentiel r = Referentiels.byId(id == null ? Referentiels.SOCLE_ID : id);
          try {
            r.check(sample.get(), SAMPLE_DATE);
          } catch (InterruptedException | ExecutionException e) {
            // the sample could not be read: nothing to check
          }
        }));
  }

  /** @return the sample contract, read as the command reads a document (the first read initialises the reader) */
  private static LocalHealthContract read() {
    try (InputStream in = Warmup.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new IllegalStateException(SAMPLE + " is not on the class path");
      }
      return ClsJson.reader().read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return whether an argument before any {@code --} is one of picocli's help or version options */
  private static boolean asksForHelp(String[] args) {
    for (String a : args) {
      if (a.equals("--")) {
        return false;
      }
      if (HELP.contains(a)) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param args the arguments
   * @return the value of {@code --referentiel} (the first, before any {@code --}), or null when the arguments do
   *     not give one
   */
  static String referentielOption(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--")) {
        return null;
      }
      if (args[i].equals("--referentiel") && i + 1 < args.length) {
        return args[i + 1];
      }
      if (args[i].startsWith("--referentiel=")) {
        return args[i].substring("--referentiel=".length());
      }
    }
    return null;
  }

  private static Thread daemon(String name, Runnable work) {
    Thread t = new Thread(() -> {
      try {
        work.run();
      } catch (Throwable ignored) {
        // done again, and reported, by the command
      }
    }, name);
    t.setDaemon(true);
    t.start();
    return t;
  }
}
