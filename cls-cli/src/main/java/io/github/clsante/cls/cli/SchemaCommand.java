package io.github.clsante.cls.cli;

import io.github.clsante.cls.json.ClsJson;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cls schema [--report | --agenda]}: prints the JSON Schema of the contract, report or agenda format. */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Prints a JSON Schema (2020-12): of the cls/1 contract document by default, of the cls-report/1 "
        + "report (cls check --format json) with --report, of the cls-agenda/1 agenda (cls agenda --format json) "
        + "with --agenda.")
final class SchemaCommand extends BaseCommand {

  /** Which schema; at most one. */
  static final class Which {
    @Option(names = "--report", description = "The schema of cls-report/1 reports.")
    boolean report;

    @Option(names = "--agenda", description = "The schema of cls-agenda/1 agendas.")
    boolean agenda;
  }

  @ArgGroup(exclusive = true)
  Which which;

  @Override
  int execute() {
    String schema = which == null ? ClsJson.schema()
        : which.report ? ClsJson.reportSchema()
        : which.agenda ? ClsJson.agendaSchema()
        : ClsJson.schema();
    out().print(schema);
    if (!schema.endsWith("\n")) {
      out().println();
    }
    out().flush();
    return Main.OK;
  }
}
