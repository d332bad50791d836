package io.github.clsante.cls.render;

import static io.github.clsante.cls.render.Examples.byId;
import static io.github.clsante.cls.render.Examples.elements;
import static io.github.clsante.cls.render.Examples.parse;
import static io.github.clsante.cls.render.Examples.withClass;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.cls.agenda.Agenda;
import io.github.clsante.cls.agenda.AgendaItem;
import io.github.clsante.cls.calendar.Phase;
import io.github.clsante.cls.calendar.PhaseInterval;
import io.github.clsante.cls.calendar.Phases;
import io.github.clsante.cls.followup.FollowUpYear;
import io.github.clsante.cls.followup.YearlyFollowUp;
import io.github.clsante.cls.model.ActionPlan;
import io.github.clsante.cls.model.ActionSheet;
import io.github.clsante.cls.model.ActionStatus;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.report.Severity;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The page of each example, section by section, in French and in English, read back as XML. */
class ReportRendererTest {

  static Stream<Arguments> pages() {
    List<Arguments> out = new ArrayList<>();
    for (Examples.Checked c : Examples.all()) {
      out.add(Arguments.of(c.file(), c, Locale.FRENCH));
      out.add(Arguments.of(c.file(), c, Locale.ENGLISH));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("pages")
  void isOneSelfContainedWellFormedPage(String file, Examples.Checked c, Locale locale) {
    String html = c.html(locale);
    assertThat(html).doesNotContain("http").doesNotContain("<script").doesNotContain("<link")
        .doesNotContain("src=").doesNotContain("@import").doesNotContain("url(").doesNotContain("<iframe")
        .doesNotContain("<img").doesNotContainPattern("\\son[a-z]+\\s*=");
    Document d = parse(html);
    assertThat(d.getDocumentElement().getAttribute("lang")).isEqualTo(locale.getLanguage());
    assertThat(elements(d, "h1")).hasSize(1);
    assertThat(elements(d, "h1").get(0).getTextContent()).isEqualTo(c.contract().name());
    assertThat(html).doesNotContainPattern("\\{\\d+}");
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("pages")
  void theVerdictAndTheCountsComeFirst(String file, Examples.Checked c, Locale locale) {
    Document d = parse(c.html(locale));
    Element verdict = byId(d, "summary");
    assertThat(verdict.getAttribute("class")).isEqualTo(c.report().isConforming() ? "verdict ok" : "verdict ko");
    long todos = c.report().findings().stream().filter(Finding::isToDo).count();
    Map<String, Long> expected = Map.of("ERROR", c.report().count(Severity.ERROR), "WARNING",
        c.report().count(Severity.WARNING), "INFO", c.report().count(Severity.INFO) - todos, "TODO", todos);
    List<Element> tiles = elements(byId(d, "counts"), "li");
    assertThat(tiles).extracting(e -> e.getAttribute("data-count")).containsExactly("ERROR", "WARNING", "INFO",
        "TODO");
    for (Element tile : tiles) {
      assertThat(Long.parseLong(elements(tile, "span").get(0).getTextContent()))
          .as(tile.getAttribute("data-count")).isEqualTo(expected.get(tile.getAttribute("data-count")));
    }
    // the verdict is before every section
    List<Element> all = elements(d, "*");
    assertThat(all.indexOf(verdict)).isLessThan(all.indexOf(byId(d, "todo")));
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("pages")
  void theToDoListIsTheAgendaByDueDate(String file, Examples.Checked c, Locale locale) {
    Document d = parse(c.html(locale));
    Texts t = Texts.of(locale);
    List<AgendaItem> items = Agenda.of(c.report(), c.contract()).items();
    List<Element> lis = withClass(byId(d, "todo"), "li", "todo-item");
    assertThat(lis).extracting(e -> e.getAttribute("data-key"))
        .containsExactlyElementsOf(items.stream().map(AgendaItem::key).toList());
    for (int i = 0; i < items.size(); i++) {
      AgendaItem item = items.get(i);
      String due = withClass(lis.get(i), "p", "due").get(0).getTextContent();
      assertThat(due).isEqualTo(item.dueDate().map(x -> t.get("todo.by", t.date(x))).orElse(t.get("todo.undated")));
      assertThat(lis.get(i).getTextContent()).contains(item.elementName())
          .contains(item.finding().message(t.locale()));
    }
    if (items.isEmpty()) {
      assertThat(byId(d, "todo").getTextContent()).contains(t.get("todo.none", t.date(Examples.AS_OF)));
    }
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("pages")
  void theTimelineIsAsWideAsThePhasesAreLong(String file, Examples.Checked c, Locale locale) {
    Document d = parse(c.html(locale));
    Element section = byId(d, "timeline");
    List<PhaseInterval> timeline = Phases.timeline(c.contract().milestones());
    List<Element> phases = withClass(section, "li", "phase");
    assertThat(phases).extracting(e -> e.getAttribute("data-phase"))
        .containsExactlyElementsOf(timeline.stream().map(i -> i.phase().name()).toList());
    assertThat(phases).filteredOn(e -> e.getAttribute("class").contains("current"))
        .extracting(e -> e.getAttribute("data-phase")).containsExactly(c.report().phase().name());
    List<Element> segs = withClass(section, "div", "seg");
    double sum = 0;
    for (Element s : segs) {
      sum += width(s);
    }
    assertThat(sum).isCloseTo(100, org.assertj.core.data.Offset.offset(0.1));
    // the phases with both ends dated: widths in the ratio of their days
    List<Double> perDay = new ArrayList<>();
    for (int i = 0; i < segs.size(); i++) {
      PhaseInterval iv = timeline.get(i);
      if (iv.from().isPresent() && iv.until().isPresent()) {
        perDay.add(width(segs.get(i)) / ChronoUnit.DAYS.between(iv.from().get(), iv.until().get()));
      }
    }
    for (double r : perDay) {
      assertThat(r).isCloseTo(perDay.get(0), org.assertj.core.data.Offset.offset(perDay.get(0) * 0.02));
    }
    // dates written out, never ISO, never « depuis toujours » or « sans fin »
    String text = section.getTextContent();
    assertThat(text).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}").doesNotContain("toujours")
        .doesNotContain("sans fin").doesNotContain("always").doesNotContain("open-ended");
    Texts t = Texts.of(locale);
    c.contract().milestones().signature().ifPresent(s -> assertThat(text).contains(t.date(s)));
    c.contract().milestones().diagnosisStart().ifPresent(s -> assertThat(text).contains(t.date(s)));
  }

  private static double width(Element seg) {
    String style = seg.getAttribute("style");
    return Double.parseDouble(style.replaceAll("^width:([0-9.]+)%.*$", "$1"));
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("pages")
  void theYearlyGridCountsWhatTheContractShowsAndTheChartDrawsIt(String file, Examples.Checked c, Locale locale) {
    Document d = parse(c.html(locale));
    Element section = byId(d, "grid");
    YearlyFollowUp followUp = YearlyFollowUp.of(c.contract(), Examples.AS_OF);
    List<Element> heads = elements(section, "th").stream().filter(e -> e.hasAttribute("data-year")).toList();
    assertThat(heads).extracting(e -> Integer.parseInt(e.getAttribute("data-year")))
        .containsExactlyElementsOf(followUp.years().stream().map(FollowUpYear::year).toList());
    assertThat(elements(section, "tr").stream().filter(e -> e.hasAttribute("data-row"))
        .map(e -> e.getAttribute("data-row"))).containsExactly("COPIL", "COTECH", "ACTIVITY", "FINANCIAL",
        "PROGRAMMING");
    for (Element tr : elements(section, "tr")) {
      if (!tr.getAttribute("data-row").equals("COPIL") && !tr.getAttribute("data-row").equals("COTECH")) {
        continue;
      }
      for (Element td : elements(tr, "td")) {
        if (!td.hasAttribute("data-year")) {
          continue;
        }
        int y = Integer.parseInt(td.getAttribute("data-year"));
        // counted here from the model: meetings of the year held by the check date
        long held = c.contract().governance().bodies().stream()
            .filter(b -> tr.getAttribute("data-row").equals("COPIL") ? b.kind().countsAsCopil()
                : b.kind().countsAsCotech())
            .flatMap(b -> b.meetings().stream())
            .filter(m -> m.date().getYear() == y && !m.date().isAfter(Examples.AS_OF)).count();
        assertThat(withClass(td, "span", "v").get(0).getTextContent()).as("%s %d", tr.getAttribute("data-row"), y)
            .isEqualTo(String.valueOf(held));
      }
    }
    // the chart: one bar per body and year of the meetings' span, as tall as the count says
    List<Element> svgs = elements(section, "svg");
    assertThat(svgs).hasSize(1);
    long bars = elements(svgs.get(0), "rect").stream().filter(r -> !r.getAttribute("class").equals("ideal")).count();
    long years = followUp.years().stream().filter(y -> y.meetingsStatus() != io.github.clsante.cls.followup
        .YearStatus.OUTSIDE).count();
    assertThat(bars).isEqualTo(2 * years);
    assertThat(elements(svgs.get(0), "title").get(0).getTextContent()).isEqualTo(Texts.of(locale)
        .get("chart.title"));
  }

  @Test
  void theGridShowsTheCataloguesNumbersAndTheYearInProgress() {
    Examples.Checked c = Examples.check("cls-mont-saint-michel-normandie.json", Examples.AS_OF);
    Document fr = parse(c.html(Locale.FRENCH));
    Element section = byId(fr, "grid");
    assertThat(row(section, "COPIL").getTextContent()).contains("au moins 1 par an (exigé)");
    assertThat(row(section, "COTECH").getTextContent())
        .contains("au moins 1 par an (exigé) ; idéalement 2 à 3 par an (recommandé)");
    assertThat(row(section, "PROGRAMMING").getTextContent()).contains("non suivi par ce référentiel");
    Element head = elements(section, "th").stream().filter(e -> "2026".equals(e.getAttribute("data-year")))
        .findFirst().orElseThrow();
    assertThat(head.getTextContent()).isEqualTo("2026en cours au 2 décembre 2026");
    Element copil2026 = cell(row(section, "COPIL"), 2026);
    assertThat(copil2026.getAttribute("class")).contains("IN_PROGRESS");
    assertThat(copil2026.getTextContent()).contains("jusqu'ici");
    // 2022: the diagnosis started in September, a partial year; 2025: COTECH met once, a WARNING
    assertThat(cell(row(section, "COPIL"), 2022).getAttribute("class")).isEqualTo("cell NONE PARTIAL");
    assertThat(cell(row(section, "COTECH"), 2025).getAttribute("class")).isEqualTo("cell WARN JUDGED");

    Document en = parse(c.html(Locale.ENGLISH));
    assertThat(row(byId(en, "grid"), "COTECH").getTextContent())
        .contains("at least 1 a year (required); ideally 2 to 3 a year (recommended)");

    // Occitanie: programming judged from the signature, meetings not followed at all
    Examples.Checked occ = Examples.check("cls-pays-coeur-herault-occitanie.json", Examples.AS_OF);
    Element occGrid = byId(parse(occ.html(Locale.FRENCH)), "grid");
    assertThat(row(occGrid, "PROGRAMMING").getTextContent()).contains("chaque année (recommandé)");
    assertThat(row(occGrid, "COPIL").getAttribute("class")).isEqualTo("unjudged");
  }

  @Test
  void earlyInTheYearLastYearsReportsAndThisYearsMeetingsAreToDoWithTheirDueDates() {
    // 15 February 2026: the 2025 reports are not issued yet, no COPIL or COTECH has met in 2026
    Examples.Checked c = Examples.check("cls-mont-saint-michel-normandie.json", LocalDate.of(2026, 2, 15));
    Element section = byId(parse(c.html(Locale.FRENCH)), "grid");
    Element activity2025 = cell(row(section, "ACTIVITY"), 2025);
    assertThat(activity2025.getAttribute("class")).isEqualTo("cell TODO JUDGED");
    assertThat(activity2025.getTextContent()).contains("absent").contains("avant le 30 juin 2026");
    Element copil2026 = cell(row(section, "COPIL"), 2026);
    assertThat(copil2026.getAttribute("class")).isEqualTo("cell TODO IN_PROGRESS");
    assertThat(copil2026.getTextContent()).startsWith("0").contains("avant le 31 décembre 2026");
    Element todo = byId(parse(c.html(Locale.FRENCH)), "todo");
    assertThat(withClass(todo, "p", "due")).extracting(Element::getTextContent)
        .contains("avant le 30 juin 2026", "avant le 31 décembre 2026");
  }

  private static Element row(Element section, String row) {
    return elements(section, "tr").stream().filter(e -> row.equals(e.getAttribute("data-row"))).findFirst()
        .orElseThrow();
  }

  private static Element cell(Element row, int year) {
    return elements(row, "td").stream().filter(e -> String.valueOf(year).equals(e.getAttribute("data-year")))
        .findFirst().orElseThrow();
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("pages")
  void theActionPlanListsEveryFicheWithItsStatusAndPilot(String file, Examples.Checked c, Locale locale) {
    Document d = parse(c.html(locale));
    Element section = byId(d, "plan");
    Texts t = Texts.of(locale);
    List<ActionSheet> fiches = c.contract().actionPlan().fiches();
    List<Element> lis = withClass(section, "li", "fiche");
    assertThat(lis).extracting(e -> e.getAttribute("data-fiche"))
        .containsExactlyInAnyOrderElementsOf(fiches.stream().map(ActionSheet::id).toList());
    for (ActionSheet f : fiches) {
      Element li = lis.stream().filter(e -> e.getAttribute("data-fiche").equals(f.id())).findFirst().orElseThrow();
      assertThat(li.getTextContent()).contains(f.title()).contains(t.status(f.status()));
      String pilot = f.pilotId().flatMap(p -> c.contract().people().stream().filter(x -> x.id().equals(p))
          .findFirst()).map(p -> p.name()).orElse(t.get("plan.noPilot"));
      assertThat(li.getTextContent()).contains(pilot);
      // under its axis
      Element axis = (Element) li.getParentNode().getParentNode();
      assertThat(axis.getAttribute("data-axis")).isEqualTo(f.axisId().orElse(""));
    }
    if (!fiches.isEmpty()) {
      long inProgress = fiches.stream().filter(f -> f.status() == ActionStatus.IN_PROGRESS).count();
      assertThat(withClass(section, "p", "lead").get(0).getTextContent())
          .contains(t.count("plan.lead", fiches.size()));
      if (inProgress > 0) {
        assertThat(withClass(section, "p", "lead").get(0).getTextContent())
            .contains(t.count("plan.status.IN_PROGRESS", inProgress));
      }
    }
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("pages")
  void findingsAreGroupedByElementEachQuoteOnce(String file, Examples.Checked c, Locale locale) {
    Document d = parse(c.html(locale));
    Element section = byId(d, "findings");
    List<Element> lis = withClass(section, "li", "finding");
    // every finding, once
    assertThat(lis).extracting(e -> e.getAttribute("data-rule") + "|" + e.getAttribute("data-element") + "|"
        + e.getAttribute("data-year")).containsExactlyInAnyOrderElementsOf(c.report().findings().stream()
        .map(f -> f.ruleId() + "|" + f.elementId() + "|" + f.year().map(String::valueOf).orElse("")).toList());
    // one group per element, named by its human name, its id in small print
    List<Element> groups = withClass(section, "article", "group");
    assertThat(groups).extracting(g -> g.getAttribute("data-element"))
        .containsExactlyElementsOf(c.report().findings().stream().map(Finding::elementId).distinct().toList());
    for (Element g : groups) {
      String id = g.getAttribute("data-element");
      String heading = elements(g, "h3").get(0).getTextContent();
      assertThat(heading).isEqualTo(new Elements(c.contract(), Texts.of(locale)).of(id).name());
      assertThat(withClass(g, "p", "where").get(0).getTextContent()).contains(id);
      // each rule's quotes once in the group, however many findings the rule gives there
      List<Finding> here = c.report().findings().stream().filter(f -> f.elementId().equals(id)).toList();
      long quotes = here.stream().map(Finding::ruleId).distinct()
          .mapToLong(r -> here.stream().filter(f -> f.ruleId().equals(r)).findFirst().orElseThrow().sources().size())
          .sum();
      assertThat(elements(g, "blockquote")).hasSize((int) quotes);
    }
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("pages")
  void phasesSeveritiesAndStatusesAreWordsOfTheLanguage(String file, Examples.Checked c, Locale locale) {
    Document d = parse(c.html(locale));
    String text = Examples.visibleText(d);
    for (Enum<?> e : Stream.of(Phase.values(), Severity.values(), ActionStatus.values()).flatMap(Stream::of)
        .toList()) {
      assertThat(text).as("%s", e).doesNotContainPattern("\\b" + e.name() + "\\b");
    }
    List<String> french = List.of("Constats", "À faire", "Phases du contrat", "Suivi annuel", "Plan d'action",
        "au moins", "Erreur", "Jalons", "en cours", "Non conforme");
    List<String> english = List.of("Findings", "To do", "Contract phases", "Yearly follow-up", "Action plan",
        "at least", "Milestones", "in progress", "Not conforming", "Checked on");
    String labels = labelsOnly(d);
    for (String w : locale.getLanguage().equals("en") ? french : english) {
      assertThat(labels).as("a %s word on a %s page", locale.getLanguage().equals("en") ? "French" : "English",
          locale).doesNotContain(w);
    }
  }

  /** The page's own words: its text without the document's, the packs' messages and quotes, ids and pointers. */
  private static String labelsOnly(Document d) {
    List<String> data = new ArrayList<>();
    for (String tag : List.of("h1", "h3", "blockquote", "code", "li")) {
      elements(d, tag).stream().filter(e -> !tag.equals("li") || e.getAttribute("class").startsWith("fiche")
          || e.getAttribute("class").startsWith("finding")).forEach(e -> data.add(e.getTextContent()));
    }
    withClass(d, "p", "msg").forEach(e -> data.add(e.getTextContent()));
    withClass(d, "p", "el").forEach(e -> data.add(e.getTextContent()));
    withClass(d, "p", "kicker").forEach(e -> data.add(e.getTextContent()));
    withClass(d, "p", "meta").forEach(e -> data.add(e.getTextContent()));
    String text = Examples.visibleText(d);
    for (String s : data.stream().sorted((a, b) -> b.length() - a.length()).toList()) {
      text = text.replace(s, " ");
    }
    return text;
  }

  @Test
  void everyTextFromTheDocumentIsEscaped() {
    Examples.Checked c = Examples.check("cls-draft-diagnosis.json", Examples.AS_OF);
    String hostile = "<script>alert('x')</script> & \"co\" \u202eesrever\u202c";
    var fiche = c.contract().actionPlan().fiches().get(0);
    var contract = LocalHealthContract.builder().mergeFrom(c.contract()).name(hostile)
        .actionPlan(ActionPlan.builder().mergeFrom(c.contract().actionPlan())
            .fiches(List.of(ActionSheet.builder().mergeFrom(fiche).title(hostile).build(),
                c.contract().actionPlan().fiches().get(1))).build())
        .build();
    var report = c.referentiel().check(contract, Examples.AS_OF);
    String html = ReportRenderer.html(report, contract, c.referentiel(), Locale.FRENCH);
    assertThat(html).doesNotContain("<script").doesNotContain("\u202e")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot; \\u202eesrever\\u202c");
    Document d = parse(html);
    assertThat(elements(d, "h1").get(0).getTextContent())
        .isEqualTo("<script>alert('x')</script> & \"co\" \\u202eesrever\\u202c");
    assertThat(elements(d, "title").get(0).getTextContent()).contains("<script>");
    assertThat(withClass(d, "span", "title")).extracting(Element::getTextContent)
        .contains("<script>alert('x')</script> & \"co\" \\u202eesrever\\u202c");
  }

  @Test
  void refusesAReportAboutAnotherContractOrUnderAnotherReferentiel() {
    Examples.Checked msm = Examples.check("cls-mont-saint-michel-normandie.json", Examples.AS_OF);
    Examples.Checked draft = Examples.check("cls-draft-diagnosis.json", Examples.AS_OF);
    assertThatThrownBy(() -> ReportRenderer.html(msm.report(), draft.contract(), msm.referentiel(), Locale.FRENCH))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cls-msm-2023");
    assertThatThrownBy(() -> ReportRenderer.html(msm.report(), msm.contract(), Referentiels.byId("occitanie"),
        Locale.FRENCH)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("normandie");
    assertThatThrownBy(() -> ReportRenderer.html(null, msm.contract(), msm.referentiel(), Locale.FRENCH))
        .isInstanceOf(NullPointerException.class).hasMessage("report");
    assertThatThrownBy(() -> ReportRenderer.html(msm.report(), msm.contract(), msm.referentiel(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("locale");
  }

  @Test
  void aLocaleOtherThanEnglishGivesFrench() {
    Examples.Checked c = Examples.check("cls-draft-diagnosis.json", Examples.AS_OF);
    assertThat(c.html(Locale.GERMAN)).isEqualTo(c.html(Locale.FRENCH));
    assertThat(c.html(Locale.UK)).isEqualTo(c.html(Locale.ENGLISH));
    assertThat(Objects.requireNonNull(c.html(Locale.CANADA_FRENCH))).isEqualTo(c.html(Locale.FRENCH));
  }

  @Test
  void longDatesAndNumbersAreWrittenAsTheLanguageWritesThem() {
    Texts fr = Texts.of(Locale.FRENCH);
    Texts en = Texts.of(Locale.ENGLISH);
    assertThat(fr.date(LocalDate.of(2023, 7, 4))).isEqualTo("4 juillet 2023");
    assertThat(fr.date(LocalDate.of(2026, 3, 1))).isEqualTo("1er mars 2026");
    assertThat(en.date(LocalDate.of(2023, 7, 4))).isEqualTo("4 July 2023");
    assertThat(fr.number(new java.math.BigDecimal("0.8"))).isEqualTo("0,8");
    assertThat(en.number(new java.math.BigDecimal("0.8"))).isEqualTo("0.8");
    assertThat(fr.duration(LocalDate.of(2023, 7, 4), LocalDate.of(2028, 7, 4))).isEqualTo("5 ans");
    assertThat(fr.duration(LocalDate.of(2022, 9, 19), LocalDate.of(2023, 7, 4))).isEqualTo("9 mois");
    assertThat(en.duration(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 3, 1))).isEqualTo("1 year and 2 months");
    assertThat(fr.duration(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 13))).isEqualTo("12 jours");
  }

  @Test
  void bothLanguagesHaveTheSameLabelsWithTheSamePlaceholders() throws Exception {
    java.util.Properties fr = new java.util.Properties();
    java.util.Properties en = new java.util.Properties();
    try (var a = Texts.class.getResourceAsStream("RenderLabels.properties");
        var b = Texts.class.getResourceAsStream("RenderLabels_en.properties")) {
      fr.load(new java.io.InputStreamReader(a, java.nio.charset.StandardCharsets.UTF_8));
      en.load(new java.io.InputStreamReader(b, java.nio.charset.StandardCharsets.UTF_8));
    }
    assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(fr.stringPropertyNames());
    Pattern p = Pattern.compile("\\{\\d+}");
    for (String k : fr.stringPropertyNames()) {
      assertThat(placeholders(p, en.getProperty(k))).as(k).isEqualTo(placeholders(p, fr.getProperty(k)));
    }
  }

  private static List<String> placeholders(Pattern p, String s) {
    return p.matcher(s).results().map(m -> m.group()).sorted().distinct().collect(Collectors.toList());
  }
}
