package io.github.clsante.cls.cli;

import io.github.clsante.cls.agenda.Agenda;
import io.github.clsante.cls.internal.Printable;
import io.github.clsante.cls.json.ClsJson;
import io.github.clsante.cls.json.DocumentException;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.portfolio.Portfolio;
import io.github.clsante.cls.portfolio.PortfolioEntry;
import io.github.clsante.cls.portfolio.PortfolioReport;
import io.github.clsante.cls.portfolio.ReferentielChoice;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.ConformityReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cls agenda FILE}: what is still to do for a contract, and by when — as text grouped by how soon it is
 * due, as cls-agenda/1 JSON, or as an iCalendar file to import into a calendar application.
 */
final class AgendaCommand extends DatedCommand {

  /** The output formats. */
  enum Format { text, json, ics }

  /** The FILE arguments. */
  List<String> files;

  /** {@code --referentiel}, or null. */
  String referentielId;

  /** {@code --format}. */
  Format format = Format.text;

  @Override
  CommandSpec declare() {
    CommandSpec c = CommandModel.command(this, "agenda",
        "Lists what is still to do for a contract (the to-dos of its report), and by when.",
        "text: grouped within 30 days, within 90 days, later, no due date; one line per to-do (due date, "
            + "element, rule, message). Nothing is ever 'late' here: once its due date has passed, a to-do "
            + "becomes a finding, which 'cls check' shows.",
        "json: the cls-agenda/1 format (see 'cls schema --agenda'); with several contracts, the "
            + "cls-portfolio-agenda/1 format (see 'cls schema --portfolio-agenda').",
        "ics: an iCalendar file (RFC 5545) for Outlook, Thunderbird or Google Calendar: one all-day event per "
            + "dated to-do on its due date, with a reminder two weeks before; to-dos without a due date are not "
            + "events. The same to-do keeps the same UID from run to run, and one check date always gives the same "
            + "file. Calendar applications differ in how they apply a re-import, and a to-do that gets done is not "
            + "removed from a calendar it was imported into.");
    CommandModel.exitStatuses(c, "0:the agenda is written (whatever it holds; use 'cls check' to gate)",
        "2:could not do the job (usage error, unreadable document, unknown référentiel or région)");
    c.addPositional(CommandModel.positional(this, "files", List.class, String.class, "1..*")
        .paramLabel("FILE").descriptionKey("files")
        .description("The contract, a JSON document; several files, folders (every *.json in them) and - (standard "
            + "input) give one agenda for all of them, by due date.").build());
    c.addOption(CommandModel.option(this, String.class, "--referentiel").paramLabel("ID")
        .description("The référentiel id, e.g. normandie (default: the référentiel of the contract's région, or "
            + "the national socle).").build());
    when.declare(c, this);
    c.addOption(CommandModel.option(this, Format.class, "--format").paramLabel("FORMAT").defaultValue("text")
        .description("The output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).").build());
    return declareShared(c);
  }

  @Override
  @SuppressWarnings("unchecked")
  public void set(String key, Object value) {
    switch (key) {
      case "files" -> files = (List<String>) value;
      case "--referentiel" -> referentielId = (String) value;
      case "--format" -> format = (Format) value;
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
      return portfolio(inputs);
    }
    LocalHealthContract contract = single(inputs.sources().get(0));
    LocalDate date = when.date(contract);
    Referentiel referentiel = referentielFor(contract, referentielId, when.lang);
    ConformityReport report = timed(new Labels(when.lang).get("progress.check", referentiel.id(), date),
        () -> referentiel.check(contract, date));
    Agenda agenda = Agenda.of(report, contract);
    Labels l = new Labels(when.lang);
    switch (format) {
      case json -> out().print(ClsJson.writer().writeAgenda(agenda, contract, referentiel, when.lang.locale()));
      case ics -> {
        String ics;
        try {
          ics = IcsAgenda.write(agenda, contract, referentiel, when.lang, Version.value());
        } catch (RuntimeException e) {
          throw new Failure(l.get("agenda.ics.failed", e.getMessage()));
        }
        out().print(ics);
        if (agenda.dated().isEmpty()) {
          err().println(l.get("agenda.ics.empty", AgendaText.longDate(date, when.lang)));
        }
        if (!agenda.undated().isEmpty()) {
          err().println(l.get("agenda.ics.undated", agenda.undated().size()));
        }
        err().flush();
      }
      default -> AgendaText.print(out(), contract, referentiel, agenda, when.lang, ansi());
    }
    out().flush();
    progress(l.get("agenda.counts", agenda.dated().size(), agenda.undated().size()));
    return Main.OK;
  }

  /**
   * The agenda of several contracts: every contract's to-dos together, by due date, as text, one
   * cls-portfolio-agenda/1 document or one iCalendar file. Unreadable documents and contracts that cannot be checked are reported on stderr and give exit 2; the
   * others are still in the agenda.
   */
  private int portfolio(Inputs inputs) {
    inputs.errors().forEach(err()::println);
    err().flush();
    if (inputs.sources().isEmpty()) {
      return Main.FAILED;
    }
    Labels l = new Labels(when.lang);
    LocalDate date = when.asOf != null ? when.asOf : Today.in(Today.DEFAULT_ZONE);
    Referentiel forced = referentielId == null ? null : referentiel(referentielId);
    ReferentielChoice choice = forced == null ? ReferentielChoice.byRegion() : ReferentielChoice.forced(forced);
    PortfolioReport report = timed(l.get("progress.checkMany", inputs.sources().size(), date),
        () -> Portfolio.asOf(date).referentiel(choice).check(inputs.sources(), s -> Inputs.open(s, stdin)));
    for (PortfolioEntry e : report.failures()) {
      Throwable t = e.failure().orElseThrow();
      if (t instanceof DocumentException d) {
        Inputs.problemLines(e.source(), d.problems(), when.lang).forEach(err()::println);
      } else {
        err().println(l.get("portfolio.failedLine", Printable.escape(e.source()),
            PortfolioCheck.reason(e, l)));
      }
    }
    err().flush();
    Agenda agenda = report.agenda();
    Map<String, Referentiel> byContract = new HashMap<>();
    for (PortfolioEntry e : report.entries()) {
      e.report().ifPresent(r -> byContract.putIfAbsent(r.contractId(), Referentiels.byId(r.referentielId())));
    }
    if (format == Format.json) {
      out().print(ClsJson.writer().writePortfolioAgenda(report, when.lang.locale()));
    } else if (format == Format.ics) {
      String name = l.get("agenda.portfolio.name", report.reports().size());
      out().print(IcsAgenda.write(agenda, name, i -> byContract.get(i.contractId()), when.lang, Version.value()));
      if (agenda.dated().isEmpty()) {
        err().println(l.get("agenda.ics.empty", AgendaText.longDate(date, when.lang)));
      }
      if (!agenda.undated().isEmpty()) {
        err().println(l.get("agenda.ics.undated", agenda.undated().size()));
      }
      err().flush();
    } else {
      Ansi ansi = ansi();
      out().println(ansi.bold(l.get("portfolio.header", report.entries().size(),
          AgendaText.longDate(date, when.lang))));
      AgendaText.groups(out(), agenda, true, when.lang, ansi);
    }
    out().flush();
    return report.failures().isEmpty() && inputs.errors().isEmpty() ? Main.OK : Main.FAILED;
  }
}
