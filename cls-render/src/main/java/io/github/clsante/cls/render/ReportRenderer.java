package io.github.clsante.cls.render;

import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.portfolio.PortfolioEntry;
import io.github.clsante.cls.portfolio.PortfolioReport;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.ConformityReport;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A conformity report as one self-contained HTML page — what a coordinator projects at a COPIL, an élu reads on
 * a phone and a délégation prints — and a portfolio's page.
 *
 * <pre>{@code
 * ConformityReport report = referentiel.check(contract, asOf);
 * String page = ReportRenderer.html(report, contract, referentiel, Locale.FRENCH);
 * Files.writeString(Path.of("rapport.html"), page);
 * }</pre>
 *
 * <p>The page shows, in this order: the verdict and the counts of findings and to-dos; the to-do list with due
 * dates ({@link io.github.clsante.cls.agenda.Agenda}); the phases as a timeline whose widths follow their
 * durations; the yearly follow-up ({@link YearGrid}, the year in progress last) with a chart of the COPIL and
 * COTECH meetings per year against the référentiel's minimum; the action plan (fiches per axis and status, with
 * their pilots); the findings grouped by element, each element named by its human name, each clause's quote given
 * once per element. Dates are written out (« 4 juillet 2023 »), phases, severities and statuses are words of the
 * language, never constants.
 *
 * <p>The page holds no script and loads nothing: its style sheet is inline, its chart an inline SVG. Every text
 * that comes from the document, the référentiel or the caller is escaped, and control and invisible characters
 * are shown as escapes. The markup is well-formed XML as well as HTML. It reads on a phone 390 px wide without
 * horizontal scrolling (tables become cards) and prints on A4.
 *
 * <p>Languages: English for a locale whose language is {@code en}, French for any other; the findings' messages
 * come from the packs in the same language. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReportRenderer {

  /** The horizon of the due dates a portfolio's page lists before the reports: 90 days from the check date. */
  public static final int DUE_WITHIN_DAYS = 90;

  private ReportRenderer() {}

  /**
   * @param report the report
   * @param contract the contract it is about
   * @param referentiel the référentiel it was made under (its catalogue gives the yearly grid's expectations)
   * @param locale the language: English for {@code en}, French otherwise
   * @return the page, a complete HTML document starting with {@code <!DOCTYPE html>}
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the report is about another contract, or was made under another
   *     référentiel
   */
  public static String html(ConformityReport report, LocalHealthContract contract, Referentiel referentiel,
      Locale locale) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(referentiel, "referentiel");
    Texts t = Texts.of(locale);
    if (!report.contractId().equals(contract.id())) {
      throw new IllegalArgumentException("contract: the report is about " + report.contractId() + ", not "
          + contract.id());
    }
    if (!report.referentielId().equals(referentiel.id())) {
      throw new IllegalArgumentException("referentiel: the report was made under " + report.referentielId()
          + ", not " + referentiel.id());
    }
    Html h = new Html(65_536);
    open(h, t.get("page.title", contract.name(), referentiel.id()), t);
    ReportBody.write(h, contract, referentiel, report, t, Frame.PAGE);
    close(h, t);
    return h.toString();
  }

  /**
   * A portfolio's page: the counts (contracts checked, conforming or not, per phase; findings per severity and
   * to-dos), the summary table (each row links to its contract's section), what falls due in the next
   * {@value #DUE_WITHIN_DAYS} days across contracts, the documents that could not be read or checked, then each
   * contract's report as {@link #html} shows it. The référentiel of each entry is found by its id
   * ({@link Referentiels#byId}); an entry that could not be checked is described by its failure's message.
   *
   * @param portfolio the checked portfolio
   * @param contracts each checked entry's contract; an entry whose contract is not given gets a summary row but
   *     no section
   * @param locale the language
   * @return the page
   * @throws NullPointerException when an argument is null
   */
  public static String portfolioHtml(PortfolioReport portfolio,
      Function<? super PortfolioEntry, Optional<LocalHealthContract>> contracts, Locale locale) {
    return portfolioHtml(portfolio, contracts, e -> e.failure().map(ReportRenderer::message).map(List::of)
        .orElse(List.of()), locale);
  }

  /**
   * The same page, with the caller's words for why an entry could not be read or checked (e.g. a document's
   * problems with their lines and columns).
   *
   * @param portfolio the checked portfolio
   * @param contracts each checked entry's contract
   * @param failures for an entry that could not be read or checked, its description: the first line is shown in
   *     the summary table, every line in the section of failures
   * @param locale the language
   * @return the page
   * @throws NullPointerException when an argument is null
   */
  public static String portfolioHtml(PortfolioReport portfolio,
      Function<? super PortfolioEntry, Optional<LocalHealthContract>> contracts,
      Function<? super PortfolioEntry, List<String>> failures, Locale locale) {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(contracts, "contracts");
    Objects.requireNonNull(failures, "failures");
    Texts t = Texts.of(locale);
    Html h = new Html(262_144);
    String title = t.get("portfolio.title", portfolio.entries().size(), t.date(portfolio.asOf()));
    open(h, title, t);
    PortfolioPage.write(h, portfolio, contracts, failures, title, t);
    close(h, t);
    return h.toString();
  }

  private static String message(Throwable t) {
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  private static void open(Html h, String title, Texts t) {
    h.raw("<!DOCTYPE html>\n<html lang=\"").raw(t.language()).raw("\">\n<head>\n<meta charset=\"utf-8\" />\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n<title>").text(title)
        .raw("</title>\n<style>\n").raw(Styles.CSS).raw("</style>\n</head>\n<body>\n<main>\n")
        .raw("<p class=\"provenance\">").text(t.get("page.footer", Version.value())).raw("</p>\n");
  }

  private static void close(Html h, Texts t) {
    h.raw("<footer class=\"page\">").text(t.get("page.footer", Version.value())).raw("</footer>\n")
        .raw("</main>\n</body>\n</html>\n");
  }
}
