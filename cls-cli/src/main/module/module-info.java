/**
 * cls-cli: the {@code cls} command. Run from the module path with
 * {@code java -p <jars> -m io.github.clsante.cls.cli check …}, or from the class path and the
 * {@code cls-cli-<version>-all.jar} with {@code java -jar}. The référentiel packs are found as services: on the
 * module path, resolving cls-core's {@code uses} brings cls-rules in without this module naming it.
 *
 * @since 0.1.0
 */
module io.github.clsante.cls.cli {
  requires io.github.clsante.cls.core;
  requires io.github.clsante.cls.json;
  requires io.github.clsante.cls.render;
  requires com.fasterxml.jackson.core;
  requires ical4j.core;
  // Main.commandLine returns picocli's CommandLine
  requires transitive info.picocli;
  requires static transitive org.jspecify;

  // the commands declare their options in code (CommandModel): picocli reflects over none of this module's classes
  exports io.github.clsante.cls.cli;
}
