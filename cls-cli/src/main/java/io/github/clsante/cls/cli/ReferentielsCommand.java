package io.github.clsante.cls.cli;

import io.github.clsante.cls.internal.Printable;
import io.github.clsante.cls.referentiel.Clause;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.Severity;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cls referentiels}: the référentiels on the class path, with title, version and clause counts. */
final class ReferentielsCommand extends BaseCommand {

  /** {@code --lang}. */
  Lang lang = Lang.fr;

  @Override
  CommandSpec declare() {
    CommandSpec c = CommandModel.command(this, "referentiels",
        "Lists the référentiels found: id, title, version and clause counts.");
    c.addOption(CommandModel.option(this, Lang.class, "--lang").paramLabel("LANG").defaultValue("fr")
        .description("The language: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).").build());
    return declareShared(c);
  }

  @Override
  public void set(String key, Object value) {
    if (key.equals("--lang")) {
      lang = (Lang) value;
    } else {
      super.set(key, value);
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
    List<Referentiel> all = timed(new Labels(lang).get("progress.loadAll"), Referentiels::all);
    if (all.isEmpty()) {
      throw new Failure(l.get("referentiels.none"));
    }
    for (Referentiel r : all) {
      List<Clause> cs = r.catalogue();
      out().println(ansi.bold(Printable.escape(r.id())) + Printable.escape("  " + r.title() + "  ("
          + l.get("version") + " " + r.version() + ")"));
      out().println("    " + l.get("referentiels.clauses", cs.size(), count(cs, Severity.ERROR),
          count(cs, Severity.WARNING), count(cs, Severity.INFO)));
    }
    out().flush();
    return Main.OK;
  }

  private static long count(List<Clause> cs, Severity s) {
    return cs.stream().filter(c -> c.severity() == s).count();
  }
}
