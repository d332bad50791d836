package io.github.clsante.cls.cli;

import io.github.clsante.cls.json.ClsJson;
import io.github.clsante.cls.json.DocumentException;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.render.ReportRenderer;
import io.github.clsante.cls.report.ConformityReport;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cls check FILE… --referentiel ID}: the conformity report, as text, JSON or an HTML page; given a folder
 * or several documents, the portfolio's summary and every report ({@link PortfolioCheck}).
 */
final class CheckCommand extends DatedCommand {

  /** The output formats. */
  enum Format { text, json, html }

  /** The FILE arguments. */
  List<String> files;

  /** {@code --referentiel}, or null. */
  String referentielId;

  /** {@code --format}. */
  Format format = Format.text;

  /** {@code --summary}. */
  boolean summary;

  @Override
  CommandSpec declare() {
    CommandSpec c = CommandModel.command(this, "check",
        "Checks contracts against a référentiel (by default, each one's région's) and prints the reports.",
        "One FILE (or -): its report. A folder or several FILEs: a portfolio — a summary table (contract, "
            + "région / référentiel, phase, errors, warnings, to-dos, next due date, file), then each report; "
            + "every readable document is checked and reported even when others cannot be read. A portfolio has "
            + "one check date: --as-of, else today in Europe/Paris.");
    CommandModel.exitStatuses(c, "0:conforming (with several contracts: every one)",
        "1:at least one ERROR finding (with several: in at least one contract, all read and checked)",
        "2:could not do the job: usage error, unknown référentiel, a document that could not be read or checked "
            + "(with several: the others are still checked and reported), a folder with no document");
    c.addPositional(CommandModel.positional(this, "files", List.class, String.class, "1..*").index("0..*")
        .paramLabel("FILE").descriptionKey("files")
        .description("A contract (a cls/1 JSON document), - for standard input, or a folder: every *.json in it, "
            + "recursively, sorted by path; hidden files and folders are skipped, and JSON files of another "
            + "format (a saved report, a package.json) with a note on stderr.").build());
    c.addOption(CommandModel.option(this, String.class, "--referentiel").paramLabel("ID")
        .description("The référentiel id (see 'cls referentiels'), e.g. normandie (default: the référentiel of "
            + "the contract's région, or the national socle for a région without one).").build());
    when.declare(c, this);
    c.addOption(CommandModel.option(this, Format.class, "--format").paramLabel("FORMAT").defaultValue("text")
        .description("The output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); with several contracts, "
            + "json is one cls-portfolio/1 document and html one page.").build());
    c.addOption(CommandModel.flag(this, "--summary")
        .description("With several contracts, as text: the summary table and totals only, not each report.")
        .build());
    return declareShared(c);
  }

  @Override
  @SuppressWarnings("unchecked")
  public void set(String key, Object value) {
    switch (key) {
      case "files" -> files = (List<String>) value;
      case "--referentiel" -> referentielId = (String) value;
      case "--format" -> format = (Format) value;
      case "--summary" -> summary = Boolean.TRUE.equals(value);
      default -> super.set(key, value);
    }
  }

  @Override
  int execute() {
    Inputs inputs = Inputs.expand(files, when.lang, note -> {
      err().println(note);
      err().flush();
    });
    if (inputs.isPortfolio()) {
      return new PortfolioCheck(this).run(inputs);
    }
    LocalHealthContract contract = single(inputs.sources().get(0));
    LocalDate date = when.date(contract);
    Referentiel referentiel = referentielFor(contract, referentielId, when.lang);
    ConformityReport report = timed(new Labels(when.lang).get("progress.check", referentiel.id(), date),
        () -> referentiel.check(contract, date));
    switch (format) {
      case json -> out().print(ClsJson.writer().writeReport(report, referentiel, when.lang.locale()));
      case html -> out().print(ReportRenderer.html(report, contract, referentiel, when.lang.locale()));
      default -> TextReport.print(out(), contract, referentiel, report, when.lang, ansi());
    }
    out().flush();
    progress(TextReport.summary(report, new Labels(when.lang), new Ansi(false)));
    return report.isConforming() ? Main.OK : Main.NOT_CONFORMING;
  }

}
