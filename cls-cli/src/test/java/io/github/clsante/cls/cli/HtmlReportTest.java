package io.github.clsante.cls.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.render.ReportRenderer;
import io.github.clsante.cls.report.ConformityReport;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * {@code cls check --format html} prints cls-render's page for the contract, its référentiel and the language;
 * what the page holds is cls-render's tests' business.
 */
class HtmlReportTest {

  static Stream<String[]> documents() {
    return Cli.documents();
  }

  /** Parses the page as XML: it must be well-formed once the HTML5 doctype is set aside. */
  static Document parse(String html) throws Exception {
    assertThat(html).startsWith("<!DOCTYPE html>\n");
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setExpandEntityReferences(false);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(html.substring("<!DOCTYPE html>\n"
        .length()))));
  }

  @ParameterizedTest
  @MethodSource("documents")
  void theCommandPrintsTheRenderersPage(String file, String pack) throws Exception {
    LocalHealthContract contract = Cli.read(file);
    Referentiel referentiel = Referentiels.byId(pack);
    ConformityReport report = referentiel.check(contract, LocalDate.parse(Cli.AS_OF));
    for (String lang : new String[] {"fr", "en"}) {
      Cli.Result r = Cli.run("check", file, "--referentiel", pack, "--as-of", Cli.AS_OF, "--format", "html",
          "--lang", lang);
      assertThat(r.status()).isEqualTo(report.isConforming() ? 0 : 1);
      if (lang.equals("fr")) {
        Cli.assertForcedReferentielNote(r, file, pack);
      }
      assertThat(r.out()).isEqualTo(ReportRenderer.html(report, contract, referentiel, Locale.forLanguageTag(lang)));
      assertThat(parse(r.out()).getDocumentElement().getAttribute("lang")).isEqualTo(lang);
    }
  }

  @Test
  void userTextIsEscaped(@TempDir Path dir) throws Exception {
    String json = Cli.text(Cli.fixture()).replace("\"name\": \"Contrat local de santé Lodévois et Larzac\"",
        "\"name\": \"<script>alert('x')</script> & \\\"co\\\"\"");
    Path evil = dir.resolve("evil.json");
    Files.writeString(evil, json);
    Cli.Result r = Cli.run("check", evil.toString(), "--referentiel", "normandie", "--as-of", Cli.AS_OF, "--format",
        "html");
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).doesNotContain("<script").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; "
        + "&quot;co&quot;");
    Document d = parse(r.out());
    assertThat(d.getElementsByTagName("h1").item(0).getTextContent())
        .isEqualTo("<script>alert('x')</script> & \"co\"");
  }
}
