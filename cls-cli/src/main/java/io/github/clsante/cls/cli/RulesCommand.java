package io.github.clsante.cls.cli;

import io.github.clsante.cls.internal.Printable;
import io.github.clsante.cls.referentiel.Clause;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.report.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cls rules ID}: a référentiel's catalogue, with severity, when each rule applies, what it checks, quotes. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Prints the catalogue of a référentiel: severity, applies, check and quotes of each rule.")
final class RulesCommand extends BaseCommand {

  @Parameters(index = "0", paramLabel = "ID", description = "The référentiel id, e.g. normandie.")
  String referentielId;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "fr",
      description = "The language of the labels: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Lang lang;

  @Override
  public Integer call() {
    Labels l = new Labels(lang);
    Ansi ansi = new Ansi(colour);
    Referentiel r = referentiel(referentielId);
    out().println(ansi.bold(Printable.escape(r.id())) + Printable.escape(" — " + r.title() + " ("
        + l.get("version") + " " + r.version() + "), " + r.catalogue().size() + " clauses"));
    for (Clause c : r.catalogue()) {
      out().println();
      out().println(ansi.severity(c.severity(), Printable.escape(c.id())) + "  " + c.severity() + "  ["
          + Printable.escape(c.pack()) + "]");
      c.severityCondition().ifPresent(cond -> out().println("    " + l.get("rules.severityCondition") + ": "
          + Printable.escape(cond)));
      out().println("    " + l.get("rules.applies") + ": " + c.applies().label());
      out().println("    " + l.get("rules.check") + ": " + Printable.escape(c.check(lang.locale())));
      for (Source s : c.sources()) {
        out().println(ansi.dim(Printable.escape("    « " + s.quote() + " » — " + s.document() + ", "
            + s.title())));
      }
    }
    out().flush();
    return Main.OK;
  }
}
