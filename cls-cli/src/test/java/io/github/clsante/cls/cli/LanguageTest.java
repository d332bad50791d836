package io.github.clsante.cls.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.clsante.cls.referentiel.Clause;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.Source;
import io.github.clsante.cls.testkit.LanguageCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every label of the command and every text output of the examples reads in one language: French for
 * {@code --lang fr}, English for {@code --lang en} — no enum constant, camelCase field name, unfilled
 * placeholder or word of the other language. The document's own data, file names, rule ids, JSON Pointers,
 * the référentiels' names and (in English) their quotes are exempt: they are masked before the check.
 */
class LanguageTest {

  private static final Path EXAMPLES = Path.of("../examples");
  private static final Path PORTFOLIO = EXAMPLES.resolve("portfolio");
  /** The command line as a reader types it, and the names of the JSON formats: the same in both languages. */
  private static final Pattern COMMAND = Pattern.compile("cls(?:-[a-z]+)?/1|cls [a-z]+|--?[a-z][a-z-]*"
      + "|JAVA_OPTS|NO_COLOR|CLICOLOR_FORCE");

  private static List<Path> documents(Path folder) {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What is exempt: the strings of the documents, their file names, the référentiels' names and versions. */
  private static final List<String> DATA = new ArrayList<>();
  /** The référentiels' quotes and their sources' titles: French by nature, exempt from the English check. */
  private static final List<String> QUOTES = new ArrayList<>();

  static {
    ObjectMapper mapper = new ObjectMapper();
    Set<String> data = new TreeSet<>();
    for (Path p : Stream.concat(documents(EXAMPLES).stream(), documents(PORTFOLIO).stream()).toList()) {
      data.add(p.toString());
      try {
        strings(mapper.readTree(p.toFile()), data);
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

  /** The text values of a document, but for enum constants (never data to print as they are) and dates. */
  private static void strings(JsonNode n, Set<String> out) {
    if (n.isTextual()) {
      String s = n.asText();
      if (s.length() >= 3 && !s.matches("[A-Z0-9_]+") && !s.matches("\\d{4}-\\d{2}-\\d{2}")) {
        out.add(s);
      }
    }
    n.forEach(child -> strings(child, out));
  }

  private static LanguageCheck check(Lang lang) {
    LanguageCheck base = lang == Lang.fr ? LanguageCheck.french() : LanguageCheck.english().exempt(QUOTES);
    return base.exempt(DATA).exempt(COMMAND);
  }

  @Test
  void everyLabelIsInItsLanguage() {
    List<String> problems = new ArrayList<>();
    for (Lang lang : Lang.values()) {
      Labels l = new Labels(lang);
      ResourceBundle b = l.bundle();
      assertThat(b.keySet()).hasSizeGreaterThan(100); // the HTML labels live in cls-render since it was split off
      for (String key : b.keySet()) {
        String label = l.get(key, 2, 3, 4, 5, 6);
        check(lang).exempt(COMMAND).problems(label).forEach(p -> problems.add(lang + " " + key + ": " + p));
      }
    }
    assertThat(problems).isEmpty();
    // both bundles hold the same labels
    assertThat(new Labels(Lang.en).bundle().keySet()).isEqualTo(new Labels(Lang.fr).bundle().keySet());
  }

  static Stream<Arguments> outputs() {
    List<Arguments> out = new ArrayList<>();
    for (Lang lang : Lang.values()) {
      for (Path p : documents(EXAMPLES)) {
        String f = p.toString();
        out.add(Arguments.of(lang, List.of("check", f)));
        out.add(Arguments.of(lang, List.of("agenda", f)));
        out.add(Arguments.of(lang, List.of("calendar", f)));
        out.add(Arguments.of(lang, List.of("compare", f, "--referentiels", "normandie,occitanie,socle")));
      }
      out.add(Arguments.of(lang, List.of("check", PORTFOLIO.toString())));
      out.add(Arguments.of(lang, List.of("agenda", PORTFOLIO.toString())));
      for (String id : List.of("socle", "normandie", "occitanie")) {
        out.add(Arguments.of(lang, List.of("rules", id)));
      }
      out.add(Arguments.of(lang, List.of("referentiels")));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "cls {1} --lang {0}")
  @MethodSource("outputs")
  void everyTextOutputOfTheExamplesIsInItsLanguage(Lang lang, List<String> command) {
    List<String> args = new ArrayList<>(command);
    args.addAll(List.of("--lang", lang.name()));
    if (!List.of("rules", "referentiels").contains(command.get(0))) {
      args.addAll(List.of("--as-of", Cli.AS_OF));
    }
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertThat(r.status()).as(r.err()).isIn(0, 1);
    assertThat(r.out()).isNotBlank();
    assertThat(check(lang).problems(r.out())).isEmpty();
  }

  @Test
  void theCheckCatchesWhatTheReportsUsedToPrint() {
    // the check is not blind: lines as the text report printed them before #14 fail it
    assertThat(check(Lang.fr).problems("Phase: IMPLEMENTATION_AND_EVALUATION (mise en œuvre et évaluation)"))
        .isNotEmpty();
    assertThat(check(Lang.fr).problems("    s'applique: signature (to-do)")).isNotEmpty();
    assertThat(check(Lang.fr).problems("    La fiche action fa-1 ne renseigne pas le champ « expectedResults ».")
    ).isNotEmpty();
    assertThat(check(Lang.en).problems("    vérifie: au moins 2 signataires")).isNotEmpty();
    // while a document's own words, in either language, are exempt
    assertThat(check(Lang.en).problems("Contract: cls-msm-2023 — Contrat local de santé de la communauté "
        + "d'agglomération Mont-Saint-Michel-Normandie 2023-2028")).isEmpty();
  }
}
