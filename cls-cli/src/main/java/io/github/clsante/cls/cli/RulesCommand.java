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
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cls rules ID}: a référentiel's catalogue, all in the chosen language: each clause's severity, when it
 * applies and what it checks, in words, then its quotes. With {@code --format md}, the référentiel's page of the
 * handbook (docs/referentiel/ID.md, in French and English), packaged in the jar at build time: nothing is
 * computed at run time.
 */
final class RulesCommand extends BaseCommand {

  /** The ID argument. */
  String referentielId;

  /** The output formats. */
  enum Format { text, md }

  /** Class-path folder of the handbook's pages, copied from docs/referentiel/ by the build. */
  static final String HANDBOOK = "io/github/clsante/cls/cli/referentiel/";

  /** {@code --format}. */
  Format format = Format.text;

  /** {@code --lang}. */
  Lang lang = Lang.fr;

  @Override
  CommandSpec declare() {
    CommandSpec c = CommandModel.command(this, "rules",
        "Prints the catalogue of a référentiel: severity, applies, check and quotes of each rule.");
    c.addPositional(CommandModel.positional(this, "id", String.class, null, "1").index("0").paramLabel("ID")
        .descriptionKey("rules.id").description("The référentiel id, e.g. normandie.").build());
    c.addOption(CommandModel.option(this, Format.class, "--format").paramLabel("FORMAT").defaultValue("text")
        .description("The output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); md: the référentiel's "
            + "handbook page (Markdown, French and English).").build());
    c.addOption(CommandModel.option(this, Lang.class, "--lang").paramLabel("LANG").defaultValue("fr")
        .description("The language: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).").build());
    return declareShared(c);
  }

  @Override
  public void set(String key, Object value) {
    switch (key) {
      case "id" -> referentielId = (String) value;
      case "--format" -> format = (Format) value;
      case "--lang" -> lang = (Lang) value;
      default -> super.set(key, value);
    }
  }

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
