package io.github.clsante.cls.cli;

import io.github.clsante.cls.json.ClsJson;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.report.ConformityReport;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cls check FILE --referentiel ID}: the conformity report, as text, JSON or an HTML page. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Checks a contract against a référentiel (by default, its région's) and prints the report.",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:conforming", "1:at least one ERROR finding",
        "2:could not do the job (usage error, unreadable document, unknown référentiel or région)"})
final class CheckCommand extends BaseCommand {

  /** The output formats. */
  enum Format { text, json, html }

  @Parameters(index = "0", paramLabel = "FILE", description = "The contract, a JSON document.")
  Path file;

  @Option(names = "--referentiel", paramLabel = "ID",
      description = "The référentiel id (see 'cls referentiels'), e.g. normandie (default: the référentiel of "
          + "the contract's région, or the national socle for a région without one).")
  String referentielId;

  @Mixin
  DateAndLanguage when;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "The output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    LocalHealthContract contract = read(file);
    LocalDate date = when.date(contract);
    Referentiel referentiel = referentielFor(contract, referentielId, when.lang);
    ConformityReport report = timed("check against " + referentiel.id() + " on " + date,
        () -> referentiel.check(contract, date));
    switch (format) {
      case json -> out().print(ClsJson.writer().writeReport(report, referentiel, when.lang.locale()));
      case html -> out().print(HtmlReport.render(contract, referentiel, report, when.lang));
      default -> TextReport.print(out(), contract, referentiel, report, when.lang, new Ansi(colour));
    }
    out().flush();
    progress(report.toString());
    return report.isConforming() ? Main.OK : Main.NOT_CONFORMING;
  }
}
