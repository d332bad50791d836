package io.github.clsante.cls.cli;

import io.github.clsante.cls.json.ClsJson;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cls schema [--report | --agenda | --portfolio | --portfolio-agenda]}: prints the JSON Schema of the
 * contract, report, agenda, portfolio or portfolio agenda format.
 */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Prints a JSON Schema (2020-12): of the cls/1 contract document by default, of the cls-report/1 "
        + "report (cls check --format json) with --report, of the cls-agenda/1 agenda (cls agenda --format json) "
        + "with --agenda, of the cls-portfolio/1 portfolio (cls check FOLDER --format json) with --portfolio, of "
        + "the cls-portfolio-agenda/1 agenda (cls agenda FOLDER --format json) with --portfolio-agenda.")
final class SchemaCommand extends BaseCommand {

  /** Which schema; at most one. */
  static final class Which {
    @Option(names = "--report", description = "The schema of cls-report/1 reports.")
    boolean report;

    @Option(names = "--agenda", description = "The schema of cls-agenda/1 agendas.")
    boolean agenda;

    @Option(names = "--portfolio", description = "The schema of cls-portfolio/1 portfolios.")
    boolean portfolio;

    @Option(names = "--portfolio-agenda", description = "The schema of cls-portfolio-agenda/1 portfolio agendas.")
    boolean portfolioAgenda;
  }

  @ArgGroup(exclusive = true)
  Which which;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "fr",
      description = "The language of diagnostics and help: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); "
          + "the schemas are in English.")
  Lang lang;

  @Override
  Lang lang() {
    return lang;
  }

  @Override
  int execute() {
    String schema = which == null ? ClsJson.schema()
        : which.report ? ClsJson.reportSchema()
        : which.agenda ? ClsJson.agendaSchema()
        : which.portfolio ? ClsJson.portfolioSchema()
        : which.portfolioAgenda ? ClsJson.portfolioAgendaSchema()
        : ClsJson.schema();
    out().print(schema);
    if (!schema.endsWith("\n")) {
      out().println();
    }
    out().flush();
    return Main.OK;
  }
}
