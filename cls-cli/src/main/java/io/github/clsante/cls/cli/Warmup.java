package io.github.clsante.cls.cli;

import io.github.clsante.cls.json.ClsJson;
import io.github.clsante.cls.referentiel.Referentiels;
import java.util.List;
import java.util.Set;

/**
 * Work the command will need, started on two daemon threads while picocli builds the command's model and parses
 * the arguments (issue #16): the JSON reader's format description, and the référentiel's rule base (the one
 * {@code --referentiel} names, else the socle, whose loading brings in most of the rule engine's classes), each of
 * which costs about 0.1 s of class loading and initialisation in a fresh process. The command then finds them
 * ready: the reader's classes initialised, and the référentiel built, since {@link Referentiels#byId} shares what
 * it builds and makes a second caller wait for the first.
 *
 * <p>A warm-up never reports and never changes a result: it reads no file, writes nothing, and whatever goes wrong
 * in it is done again, and reported, by the command itself. Only {@link Main#main} starts it (a process about to
 * exit); the system property {@code cls.noWarmup=true} turns it off, to measure what it saves.
 */
final class Warmup {

  /** The subcommands that read a contract and load a référentiel. */
  private static final Set<String> CHECKING = Set.of("check", "agenda", "calendar");

  private Warmup() {}

  /**
   * @param subcommand the one subcommand the arguments name ({@link Main#only}), or null
   * @param args the arguments
   * @return the threads started: none unless the subcommand reads a contract and loads a référentiel
   */
  static List<Thread> start(String subcommand, String[] args) {
    if (subcommand == null || !CHECKING.contains(subcommand) || Boolean.getBoolean("cls.noWarmup")) {
      return List.of();
    }
    String id = referentielOption(args);
    return List.of(daemon("cls-warmup-json", () -> ClsJson.reader().validate("{}")),
        daemon("cls-warmup-referentiel", () -> Referentiels.byId(id == null ? Referentiels.SOCLE_ID : id)));
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
