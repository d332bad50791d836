package io.github.clsante.cls.render;

import static io.github.clsante.cls.render.Examples.byId;
import static io.github.clsante.cls.render.Examples.elements;
import static io.github.clsante.cls.render.Examples.parse;
import static io.github.clsante.cls.render.Examples.withClass;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.portfolio.Portfolio;
import io.github.clsante.cls.portfolio.PortfolioEntry;
import io.github.clsante.cls.portfolio.PortfolioReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** A portfolio's page: the summary links to each report, failures are described in the caller's words. */
class PortfolioPageTest {

  static final String BROKEN = "broken <b>\u001b[2J.json";

  @Test
  void summaryRowsLinkToReportsAndFailuresAreDescribedEscaped() {
    List<String> sources = new ArrayList<>(Examples.FILES);
    sources.add(1, BROKEN);
    PortfolioReport p = Portfolio.asOf(Examples.AS_OF).check(sources, s -> {
      if (s.equals(BROKEN)) {
        throw new IllegalStateException("unreadable <document>");
      }
      return Examples.read(s);
    });
    List<String> given = new ArrayList<>();
    String html = ReportRenderer.portfolioHtml(p, e -> {
      given.add(e.source());
      // the draft's contract is not given: a summary row, no section
      return e.source().contains("draft") ? Optional.empty() : Optional.of(Examples.read(e.source()));
    }, e -> List.of("2 problems <here>", "line 3: \"x\" & y"), Locale.FRENCH);
    Document d = parse(html);
    assertThat(html).doesNotContain("<b>").doesNotContain("\u001b").doesNotContain("<document>");
    assertThat(elements(d, "h1").get(0).getTextContent()).isEqualTo("Portefeuille de 4 contrat(s) au 2 décembre 2026");

    List<Element> rows = withClass(d, "tr", "entry");
    assertThat(rows).hasSize(4);
    for (int i = 0; i < 4; i++) {
      PortfolioEntry e = p.entries().get(i);
      Element row = rows.get(i);
      assertThat(row.getAttribute("data-index")).isEqualTo(String.valueOf(i));
      if (e.isChecked()) {
        String href = elements(row, "a").get(0).getAttribute("href");
        LocalHealthContract c = Examples.read(e.source());
        assertThat(elements(row, "a").get(0).getTextContent()).isEqualTo(c.name());
        if (e.source().contains("draft")) {
          assertThat(elements(d, "section").stream().map(s -> s.getAttribute("id"))).doesNotContain(href.substring(1));
        } else {
          Element section = byId(d, href.substring(1));
          assertThat(elements(section, "h2").get(0).getTextContent()).isEqualTo(c.name());
          assertThat(withClass(section, "li", "finding")).hasSize(e.report().orElseThrow().findings().size());
        }
      } else {
        assertThat(elements(row, "a")).isEmpty();
        assertThat(withClass(row, "td", "unreadable").get(0).getTextContent()).isEqualTo("illisible");
        assertThat(row.getTextContent()).contains("2 problems <here>").contains("broken <b>\\u001b[2J.json");
      }
    }
    // the failures: the first line, then the others as a list
    Element failures = byId(d, "failures");
    assertThat(elements(failures, "h3").get(0).getTextContent()).isEqualTo("broken <b>\\u001b[2J.json");
    assertThat(elements(failures, "li")).extracting(Element::getTextContent).containsExactly("line 3: \"x\" & y");
    // a contract the caller did not give is asked for once, at most
    assertThat(given).doesNotHaveDuplicates().doesNotContain(BROKEN);
    // counts: three checked, one failed
    assertThat(elements(byId(d, "counts"), "li").stream()
        .filter(e -> e.getAttribute("data-count").equals("failed")).findFirst().orElseThrow().getTextContent())
        .startsWith("1");
  }

  @Test
  void withoutTheCallersWordsAFailureIsItsMessage() {
    PortfolioReport p = Portfolio.asOf(Examples.AS_OF).check(List.of("x.json"), s -> {
      throw new IllegalArgumentException("no such contract");
    });
    Document d = parse(ReportRenderer.portfolioHtml(p, e -> Optional.empty(), Locale.ENGLISH));
    assertThat(withClass(d, "tr", "entry").get(0).getTextContent()).contains("unreadable").contains("no such contract");
    assertThat(byId(d, "due").getTextContent()).contains("Nothing due in the next 90 days.");
  }
}
