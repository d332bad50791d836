package io.github.clsante.cls.cli;

import io.github.clsante.cls.internal.Printable;
import io.github.clsante.cls.json.ClsJson;
import io.github.clsante.cls.json.DocumentException;
import io.github.clsante.cls.json.DocumentProblem;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.portfolio.Portfolio;
import io.github.clsante.cls.portfolio.PortfolioEntry;
import io.github.clsante.cls.portfolio.PortfolioReport;
import io.github.clsante.cls.portfolio.ReferentielChoice;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.region.Region;
import io.github.clsante.cls.render.ReportRenderer;
import io.github.clsante.cls.region.UnknownRegionException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * {@code cls check} given a folder or several documents: checks them all as one portfolio (in parallel, each
 * against the référentiel of its région unless {@code --referentiel} forces one), then prints the summary and
 * the reports as text, the cls-portfolio/1 JSON document, or one HTML page. Diagnostics (the problems of the
 * unreadable documents, why a contract could not be checked) go to stderr; every readable document is still
 * checked and reported.
 *
 * <p>Exit status: 2 when an argument gave nothing to check or any document could not be read or checked, else
 * 1 when any contract has an {@code ERROR}, else 0. One use, one thread (the checks themselves run in
 * parallel).
 */
final class PortfolioCheck {

  /**
   * A checked portfolio and what the output needs besides: each entry's contract (when the output shows
   * whole reports) and référentiel.
   */
  record Result(PortfolioReport report, AtomicReferenceArray<LocalHealthContract> contracts) {

    /** @return the entry's contract, when it was read and kept */
    Optional<LocalHealthContract> contract(PortfolioEntry e) {
      return Optional.ofNullable(contracts.get(e.index()));
    }

    /** @return the référentiel the entry was checked against */
    Referentiel referentiel(PortfolioEntry e) {
      return Referentiels.byId(e.report().orElseThrow().referentielId());
    }
  }

  private final CheckCommand command;
  private final Labels labels;

  PortfolioCheck(CheckCommand command) {
    this.command = command;
    this.labels = new Labels(command.when.lang);
  }

  /**
   * @param inputs the expanded arguments, in the portfolio form
   * @return the exit status
   */
  int run(Inputs inputs) {
    PrintWriter err = command.err();
    inputs.errors().forEach(err::println);
    err.flush();
    if (inputs.sources().isEmpty()) {
      return Main.FAILED;
    }
    LocalDate date = command.when.asOf != null ? command.when.asOf : Today.in(Today.DEFAULT_ZONE); // one date for the whole portfolio
    Referentiel forced = command.referentielId == null ? null : command.referentiel(command.referentielId);
    ReferentielChoice choice = forced == null ? ReferentielChoice.byRegion() : ReferentielChoice.forced(forced);
    boolean keep = command.format == CheckCommand.Format.html
        || command.format == CheckCommand.Format.text && !command.summary;
    List<Inputs.Source> sources = inputs.sources();
    AtomicReferenceArray<LocalHealthContract> contracts = new AtomicReferenceArray<>(sources.size());
    PortfolioReport report = command.timed(labels.get("progress.checkMany", sources.size(), date),
        () -> Portfolio.asOf(date).referentiel(choice).check(sources, s -> {
          LocalHealthContract c = Inputs.open(s, command.stdin);
          if (keep) {
            contracts.set(s.index(), c);
          }
          return c;
        }));
    Result result = new Result(report, contracts);
    diagnostics(report, forced, err);
    PrintWriter out = command.out();
    switch (command.format) {
      case json -> out.print(ClsJson.writer().writePortfolio(report, command.when.lang.locale()));
      case html -> out.print(ReportRenderer.portfolioHtml(report, result::contract, this::failureLines,
          command.when.lang.locale()));
      default -> PortfolioText.print(out, result, command.when.lang, command.ansi(), command.summary);
    }
    out.flush();
    command.progress(labels.get("portfolio.totals", report.entries().size() - report.failures().size(),
        report.conforming(), report.notConforming(), report.failures().size()));
    if (!inputs.errors().isEmpty() || !report.failures().isEmpty()) {
      return Main.FAILED;
    }
    return report.notConforming() > 0 ? Main.NOT_CONFORMING : Main.OK;
  }

  /** On stderr: why each failed entry failed, and one line for the socle or a forced référentiel. */
  private void diagnostics(PortfolioReport report, Referentiel forced, PrintWriter err) {
    for (PortfolioEntry e : report.failures()) {
      Throwable t = e.failure().orElseThrow();
      if (t instanceof DocumentException d) {
        Inputs.problemLines(e.source(), d.problems(), command.when.lang).forEach(err::println);
      } else {
        err.println(labels.get("portfolio.failedLine", Printable.escape(e.source()), reason(e, labels)));
      }
    }
    long socle = 0;
    long overridden = 0;
    for (PortfolioEntry e : report.entries()) {
      if (e.report().isEmpty()) {
        continue;
      }
      if (forced == null && Referentiels.SOCLE_ID.equals(e.report().get().referentielId())) {
        socle++;
      }
      if (forced != null) {
        Optional<Region> r = e.region().flatMap(Region::find);
        if (r.isPresent() && !Referentiels.idForRegion(r.get().code()).orElse(Referentiels.SOCLE_ID)
            .equals(forced.id())) {
          overridden++;
        }
      }
    }
    if (socle > 0) {
      err.println(labels.get("portfolio.socle", socle));
    }
    if (overridden > 0) {
      err.println(labels.get("portfolio.override", forced.id(), overridden));
    }
    err.flush();
  }

  /**
   * @param e an entry that failed
   * @return why, for the HTML page: the reason in a few words, then each of the document's problems
   */
  private List<String> failureLines(PortfolioEntry e) {
    List<String> lines = new ArrayList<>();
    lines.add(reason(e, labels));
    if (e.failure().orElseThrow() instanceof DocumentException d) {
      d.problems().forEach(p -> lines.add(Problems.line(p, command.when.lang)));
    }
    return lines;
  }

  /**
   * @param e an entry that failed
   * @param l the labels
   * @return why, in a few words, escaped: the number of problems and where the first is, or why the contract
   *     could not be checked
   */
  static String reason(PortfolioEntry e, Labels l) {
    Throwable t = e.failure().orElseThrow();
    if (t instanceof DocumentException d) {
      DocumentProblem p = d.problems().get(0);
      String where = p.pointer().isEmpty() ? l.get("portfolio.reason.root") : Printable.escape(p.pointer());
      String at = p.line() < 1 ? where : p.column() < 1 ? l.get("portfolio.reason.atLine", p.line(), where)
          : l.get("portfolio.reason.at", p.line(), p.column(), where);
      return l.get("portfolio.reason.problems", d.problems().size(), at);
    }
    if (t instanceof UnknownRegionException) {
      return l.get("portfolio.reason.region", Printable.escape(e.region().orElse("")));
    }
    return Printable.escape(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
  }

  /**
   * @param report a portfolio
   * @param e one of its entries
   * @return the sources of the other entries that hold the same contract id, in input order
   */
  static List<String> sameIdAs(PortfolioReport report, PortfolioEntry e) {
    List<String> others = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> d : report.duplicateContractIds().entrySet()) {
      if (e.contractId().isPresent() && d.getKey().equals(e.contractId().get())) {
        d.getValue().stream().filter(i -> i != e.index()).forEach(i -> others.add(report.entries().get(i).source()));
      }
    }
    return others;
  }
}
