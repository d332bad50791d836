package io.github.clsante.cls.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.json.ClsJson;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.ConformityReport;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The repository's three examples, checked as a user would check them, and the tests' ways into a page. */
final class Examples {

  /** The date of the year-in-progress convention: each example has a year in progress, or a partial one. */
  static final LocalDate AS_OF = LocalDate.of(2026, 12, 2);

  static final List<String> FILES = List.of("cls-mont-saint-michel-normandie.json",
      "cls-pays-coeur-herault-occitanie.json", "cls-draft-diagnosis.json");

  /** One example checked against the référentiel of its région. */
  record Checked(String file, LocalHealthContract contract, Referentiel referentiel, ConformityReport report) {
    String html(Locale locale) {
      return ReportRenderer.html(report, contract, referentiel, locale);
    }
  }

  private Examples() {}

  static Path dir() {
    return Path.of(System.getProperty("examples.dir", "../examples"));
  }

  static LocalHealthContract read(String file) {
    return ClsJson.reader().read(dir().resolve(file));
  }

  static Checked check(String file, LocalDate asOf) {
    LocalHealthContract c = read(file);
    Referentiel r = Referentiels.forRegion(c.region());
    return new Checked(file, c, r, r.check(c, asOf));
  }

  static List<Checked> all() {
    return FILES.stream().map(f -> check(f, AS_OF)).toList();
  }

  /** Parses a page as XML: it must be well-formed once the HTML5 doctype is set aside. */
  static Document parse(String html) {
    assertThat(html).startsWith("<!DOCTYPE html>\n");
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      return f.newDocumentBuilder().parse(new InputSource(new StringReader(html.substring("<!DOCTYPE html>\n"
          .length()))));
    } catch (Exception e) {
      throw new AssertionError("not well-formed: " + e.getMessage(), e);
    }
  }

  /** @return the elements of that tag under {@code root}, in document order */
  static List<Element> elements(Node root, String tag) {
    NodeList nl = root instanceof Document d ? d.getElementsByTagName(tag) : ((Element) root)
        .getElementsByTagName(tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nl.getLength(); i++) {
      out.add((Element) nl.item(i));
    }
    return out;
  }

  /** @return the elements of that tag under {@code root} whose class list holds {@code cls} */
  static List<Element> withClass(Node root, String tag, String cls) {
    return elements(root, tag).stream().filter(e -> List.of(e.getAttribute("class").split(" ")).contains(cls))
        .toList();
  }

  /** @return the element of that id */
  static Element byId(Document d, String id) {
    return elements(d, "*").stream().filter(e -> id.equals(e.getAttribute("id"))).findFirst()
        .orElseThrow(() -> new AssertionError("no element with id " + id));
  }

  /** @return the text a reader sees: the body's text, the style sheet left out */
  static String visibleText(Document d) {
    StringBuilder b = new StringBuilder();
    text(elements(d, "body").get(0), b);
    return b.toString();
  }

  private static void text(Node n, StringBuilder b) {
    if (n.getNodeType() == Node.TEXT_NODE) {
      b.append(n.getNodeValue()).append(' ');
      return;
    }
    if (n instanceof Element e && (e.getTagName().equals("style") || e.getAttribute("class").equals("provenance"))) {
      return;
    }
    NodeList kids = n.getChildNodes();
    for (int i = 0; i < kids.getLength(); i++) {
      text(kids.item(i), b);
    }
  }
}
