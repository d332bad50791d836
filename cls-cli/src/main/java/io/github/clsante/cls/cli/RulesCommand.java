package io.github.clsante.cls.cli;

import io.github.clsante.cls.internal.Printable;
import io.github.clsante.cls.referentiel.Clause;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.report.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cls rules ID}: a référentiel's catalogue, all in the chosen language: each clause's severity, when it
 * applies and what it checks, in words, then its quotes. With {@code --format md}, the référentiel's page of the
 * handbook (docs/referentiel/ID.md, in French and English), packaged in the jar at build time: nothing is
 * computed at run time.
 */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Prints the catalogue of a référentiel: severity, applies, check and quotes of each rule.")
final class RulesCommand extends BaseCommand {

  @Parameters(index = "0", paramLabel = "ID", descriptionKey = "rules.id", description = "The référentiel id, e.g. normandie.")
  String referentielId;

  /** The output formats. */
  enum Format { text, md }

  /** Class-path folder of the handbook's pages, copied from docs/referentiel/ by the build. */
  static final String HANDBOOK = "io/github/clsante/cls/cli/referentiel/";

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "The output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); md: the référentiel's "
          + "handbook page (Markdown, French and English).")
  Format format;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "fr",
      description = "The language: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Lang lang;

  @Override
  Lang lang() {
    return lang;
  }

  @Override
  int execute() {
    Labels l = new Labels(lang);
    Ansi ansi = ansi();
    Referentiel r = referentiel(referentielId);
    if (format == Format.md) {
      return handbook(r.id(), l);
    }
    out().println(ansi.bold(Printable.escape(r.id())) + Printable.escape(" — " + r.title() + " ("
        + l.get("version") + " " + r.version() + "), ") + l.get("rules.count", r.catalogue().size()));
    for (Clause c : r.catalogue()) {
      out().println();
      out().println(ansi.severity(c.severity(), Printable.escape(c.id())) + "  " + l.severity(c.severity())
          + "  [" + Printable.escape(c.pack()) + "]");
      c.severityCondition(lang.locale()).ifPresent(cond -> out().println("    "
          + l.line("rules.severityCondition", Printable.escape(cond))));
      out().println("    " + l.line("rules.applies", l.applies(c.applies())));
      out().println("    " + l.line("rules.check", Printable.escape(c.check(lang.locale()))));
      for (Source s : c.sources()) {
        out().println(ansi.dim(Printable.escape("    « " + s.quote() + " » — " + s.document() + ", "
            + s.title())));
      }
    }
    out().flush();
    return Main.OK;
  }

  private int handbook(String id, Labels l) {
    String page;
    try (InputStream in = RulesCommand.class.getClassLoader().getResourceAsStream(HANDBOOK + id + ".md")) {
      if (in == null) {
        throw new Failure(List.of("cls: " + l.get("rules.noHandbook", id)));
      }
      page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    page.lines().forEach(line -> out().println(Printable.escape(line)));
    out().flush();
    return Main.OK;
  }
}
