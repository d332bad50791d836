package io.github.clsante.cls.cli;

import io.github.clsante.cls.json.ClsJson;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cls schema [--report | --agenda | --portfolio | --portfolio-agenda]}: prints the JSON Schema of the
 * contract, report, agenda, portfolio or portfolio agenda format.
 */
final class SchemaCommand extends BaseCommand {

  /** {@code --report}, {@code --agenda}, {@code --portfolio}, {@code --portfolio-agenda}: at most one. */
  boolean report;
  boolean agenda;
  boolean portfolio;
  boolean portfolioAgenda;

  /** {@code --lang}. */
  Lang lang = Lang.fr;

  @Override
  CommandSpec declare() {
    CommandSpec c = CommandModel.command(this, "schema",
        "Prints a JSON Schema (2020-12): of the cls/1 contract document by default, of the cls-report/1 "
            + "report (cls check --format json) with --report, of the cls-agenda/1 agenda (cls agenda --format json) "
            + "with --agenda, of the cls-portfolio/1 portfolio (cls check FOLDER --format json) with --portfolio, of "
            + "the cls-portfolio-agenda/1 agenda (cls agenda FOLDER --format json) with --portfolio-agenda.");
    c.addArgGroup(ArgGroupSpec.builder().exclusive(true).multiplicity("0..1")
        .addArg(CommandModel.flag(this, "--report").description("The schema of cls-report/1 reports.").build())
        .addArg(CommandModel.flag(this, "--agenda").description("The schema of cls-agenda/1 agendas.").build())
        .addArg(CommandModel.flag(this, "--portfolio").description("The schema of cls-portfolio/1 portfolios.")
            .build())
        .addArg(CommandModel.flag(this, "--portfolio-agenda")
            .description("The schema of cls-portfolio-agenda/1 portfolio agendas.").build())
        .build());
    c.addOption(CommandModel.option(this, Lang.class, "--lang").paramLabel("LANG").defaultValue("fr")
        .description("The language of diagnostics and help: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); "
            + "the schemas are in English.").build());
    return declareShared(c);
  }

  @Override
  public void set(String key, Object value) {
    boolean on = Boolean.TRUE.equals(value);
    switch (key) {
      case "--report" -> report = on;
      case "--agenda" -> agenda = on;
      case "--portfolio" -> portfolio = on;
      case "--portfolio-agenda" -> portfolioAgenda = on;
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
    String schema = report ? ClsJson.reportSchema()
        : agenda ? ClsJson.agendaSchema()
        : portfolio ? ClsJson.portfolioSchema()
        : portfolioAgenda ? ClsJson.portfolioAgendaSchema()
        : ClsJson.schema();
    out().print(schema);
    if (!schema.endsWith("\n")) {
      out().println();
    }
    out().flush();
    return Main.OK;
  }
}
