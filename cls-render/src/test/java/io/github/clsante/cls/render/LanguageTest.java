package io.github.clsante.cls.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.portfolio.Portfolio;
import io.github.clsante.cls.portfolio.PortfolioReport;
import io.github.clsante.cls.referentiel.Clause;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.Source;
import io.github.clsante.cls.testkit.LanguageCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every label of the renderer and every page of the examples reads in one language (cls-testkit's
 * {@link LanguageCheck}): no enum constant, camelCase name, unfilled placeholder or word of the other language.
 * The documents' own strings, the référentiels' names and (in English) their quotes are exempt.
 */
class LanguageTest {

  /** A JSON string literal: the examples' texts, without parsing them. */
  private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final List<String> DATA = new ArrayList<>();
  private static final List<String> QUOTES = new ArrayList<>();

  static {
    Set<String> data = new TreeSet<>();
    for (String f : Examples.FILES) {
      try {
        Matcher m = STRING.matcher(Files.readString(Examples.dir().resolve(f)));
        while (m.find()) {
          String s = m.group(1);
          if (s.length() >= 3 && !s.matches("[A-Z0-9_]+") && !s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            data.add(s);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    for (Referentiel r : Referentiels.all()) {
      data.addAll(List.of(r.id(), r.title(), r.version()));
      for (Clause c : r.catalogue()) {
        for (Source s : c.sources()) {
          QUOTES.addAll(List.of(s.quote(), s.title(), s.document()));
        }
      }
    }
    DATA.addAll(data);
  }

  private static LanguageCheck check(Locale locale) {
    LanguageCheck base = locale.getLanguage().equals("en") ? LanguageCheck.english().exempt(QUOTES)
        : LanguageCheck.french();
    return base.exempt(DATA);
  }

  @Test
  void everyLabelIsInItsLanguage() {
    List<String> problems = new ArrayList<>();
    for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
      Texts t = Texts.of(locale);
      ResourceBundle b = ResourceBundle.getBundle("io.github.clsante.cls.render.RenderLabels", locale,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
      assertThat(b.keySet()).hasSizeGreaterThan(150);
      for (String key : b.keySet()) {
        check(locale).problems(t.get(key, 2, 3, 4, 5)).forEach(p -> problems.add(locale + " " + key + ": " + p));
      }
    }
    assertThat(problems).isEmpty();
  }

  static Stream<Arguments> pages() {
    List<Arguments> out = new ArrayList<>();
    List<Examples.Checked> all = Examples.all();
    PortfolioReport p = Portfolio.asOf(Examples.AS_OF).check(all.stream().map(Examples.Checked::contract).toList());
    for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
      for (Examples.Checked c : all) {
        out.add(Arguments.of(c.file(), locale, c.html(locale)));
      }
      out.add(Arguments.of("portfolio", locale, ReportRenderer.portfolioHtml(p, e -> all.stream()
          .map(Examples.Checked::contract).filter(c -> e.contractId().equals(Optional.of(c.id()))).findFirst(),
          locale)));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("pages")
  void everyPageOfTheExamplesIsInItsLanguage(String name, Locale locale, String html) {
    String text = Examples.visibleText(Examples.parse(html));
    assertThat(check(locale).problems(text)).as("%s in %s", name, locale).isEmpty();
  }
}
