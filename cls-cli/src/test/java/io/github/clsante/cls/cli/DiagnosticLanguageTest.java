package io.github.clsante.cls.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.testkit.LanguageCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the command says on stderr and in {@code --help} is in the language of the command line too: French by
 * default, English with {@code --lang en}. Every kind of document problem the reader and the model report, the
 * usage errors, the notes and warnings about the référentiel, {@code --verbose} progress and the help of every
 * command are run in both languages and checked with cls-testkit's {@link LanguageCheck}; a French problem is
 * moreover never the general words said of a phrase the command does not know.
 */
class DiagnosticLanguageTest {

  /** What the user typed or the format defines, the same in both languages: options, formats, env variables. */
  private static final Pattern COMMAND = Pattern.compile("cls(?:-[a-z]+)?/1|cls [a-z]+|--?[a-z][a-z-]*(?:=[A-Z]+)?"
      + "|[A-Z]+_[A-Z_]+|[A-Za-z]+\\.json|\\*\\.json");
  /** A JSON string or literal of the document, quoted or given as found. */
  private static final Pattern JSON_VALUE = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|\\b(?:true|false|null)\\b");
  /** The values and field names the format allows: the format's own words. */
  private static final Pattern ALLOWED = Pattern.compile("(?<=l'une des valeurs |l'un des champs |one of the fields "
      + "|one of )[^;]*");
  /** Words of the référentiel's domain kept in English help texts, and the command's name for a CLS. */
  private static final List<String> TERMS = List.of("Contrats locaux de santé", "Contrat local de santé",
      "non-blank");
  /** Proper names: the eighteen régions, the calendar format. */
  private static final List<String> NAMES = Stream.concat(Stream.of("iCalendar"),
      java.util.Arrays.stream(io.github.clsante.cls.region.Region.values())
          .map(io.github.clsante.cls.region.Region::officialName)).toList();

  private static String fixture() {
    return Cli.text(Cli.fixture());
  }

  private static Arguments doc(String name, UnaryOperator<String> change) {
    return Arguments.of(name, change.apply(fixture()).getBytes(StandardCharsets.UTF_8));
  }

  private static Arguments bytes(String name, byte[] b) {
    return Arguments.of(name, b);
  }

  private static String once(String text, String from, String to) {
    assertThat(text).contains(from);
    return text.replaceFirst(Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
  }

  /** One broken document per kind of problem the reader and the model validation report. */
  static Stream<Arguments> brokenDocuments() {
    List<Arguments> out = new ArrayList<>();
    out.add(doc("unknown enum value", s -> once(s, "\"kind\": \"ARS\"", "\"kind\": \"ARSS\"")));
    out.add(doc("unknown field, near a known one", s -> once(s, "\"region\": \"Normandie\",",
        "\"regoin\": 1, \"region\": \"Normandie\",")));
    out.add(doc("missing required field", s -> once(s, "\"name\": \"Contrat local de santé Lodévois et Larzac\",",
        "")));
    out.add(doc("a number for an id", s -> once(s, "\"id\": \"cls-6330\"", "\"id\": 6330")));
    out.add(doc("an impossible date", s -> once(s, "\"from\": \"2020-04-01\"", "\"from\": \"2020-04-31\"")));
    out.add(doc("a negative FTE", s -> once(s, "\"fte\": 1.0", "\"fte\": -1")));
    out.add(doc("a string for a year", s -> once(s, "\"year\": 2021", "\"year\": \"2021\"")));
    out.add(doc("an object for an array", s -> s.replaceFirst("\"departements\": \\[\\s*\"61\"\\s*]",
        "\"departements\": {}")));
    out.add(doc("a field twice", s -> once(s, "\"format\": \"cls/1\",", "\"format\": \"cls/1\", \"id\": \"a\",")));
    out.add(doc("a value twice in a set", s -> once(s, "\"HEALTH_PROMOTION\",",
        "\"HEALTH_PROMOTION\", \"HEALTH_PROMOTION\",")));
    out.add(doc("content after the document", s -> s + "{}"));
    out.add(doc("a raw control character in a string", s -> once(s, "Lodévois et Larzac\",", "Lodévois\tet Larzac\",")));
    out.add(doc("a lone surrogate", s -> once(s, "Lodévois et Larzac\",", "Lodévois \\ud800 Larzac\",")));
    out.add(doc("nesting too deep", s -> once(s, "\"region\": \"Normandie\",",
        "\"x\": " + "[".repeat(300) + "]".repeat(300) + ", \"region\": \"Normandie\",")));
    out.add(doc("an INSEE code", s -> once(s, "\"61462\"", "\"6146\"")));
    out.add(doc("a SIREN check digit", s -> once(s, "\"siren\": \"889595088\"", "\"siren\": \"889595089\"")));
    out.add(doc("a département", s -> once(s, "\"departements\": [\n      \"61\"", "\"departements\": [\n      \"20\"")));
    out.add(doc("an id twice", s -> once(s, "\"id\": \"org-prefecture\"", "\"id\": \"org-ars\"")));
    out.add(doc("an unknown reference", s -> once(s, "\"organisationId\": \"org-ars\"", "\"organisationId\": \"org-arss\"")));
    out.add(doc("a year out of range", s -> once(s, "\"year\": 2021", "\"year\": 1800")));
    out.add(doc("the wrong format", s -> once(s, "\"format\": \"cls/1\"", "\"format\": \"cls/2\"")));
    out.add(bytes("an empty document", new byte[0]));
    out.add(bytes("an array for a document", "[1, 2]".getBytes(StandardCharsets.UTF_8)));
    byte[] f = fixture().getBytes(StandardCharsets.UTF_8);
    byte[] notUtf8 = f.clone();
    int at = fixture().indexOf("Larzac");
    notUtf8[at] = (byte) 0xff;
    out.add(bytes("bytes that are not UTF-8", notUtf8));
    out.add(bytes("UTF-16 with a byte order mark", ("\uFEFF" + fixture()).getBytes(StandardCharsets.UTF_16BE)));
    return out.stream();
  }

  private static LanguageCheck check(Lang lang, Path dir) {
    LanguageCheck base = lang == Lang.fr ? LanguageCheck.french() : LanguageCheck.english().exempt(TERMS);
    return base.exempt(List.of(dir.toString())).exempt(NAMES).exempt(ALLOWED).exempt(JSON_VALUE).exempt(COMMAND);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenDocuments")
  void everyDocumentProblemIsSaidInTheLanguageOfTheCommand(String name, byte[] document, @TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("contrat.json");
    Files.write(file, document);
    for (Lang lang : Lang.values()) {
      Cli.Result r = Cli.run("check", file.toString(), "--referentiel", "normandie", "--as-of", Cli.AS_OF,
          "--lang", lang.name());
      assertThat(r.status()).as(name).isEqualTo(2);
      assertThat(r.errLines()).as(name).hasSizeGreaterThanOrEqualTo(2);
      assertThat(check(lang, dir).problems(r.err())).as(r.err()).isEmpty();
      if (lang == Lang.fr) {
        assertThat(r.err()).as("every phrase translated").doesNotContain(Problems.UNSAID)
            .contains(" : attendu ").contains(" ; trouvé ").contains("n'est pas un contrat lisible");
      } else {
        assertThat(r.err()).contains(": expected ").contains("; found ").contains("is not a readable contract");
      }
    }
  }

  static Stream<Arguments> commandLines() {
    String f = Cli.fixture().toString();
    return Stream.of(
        Arguments.of("a missing argument", List.of("check")),
        Arguments.of("an unknown option", List.of("check", f, "--bogus")),
        Arguments.of("an unknown command, with suggestions", List.of("chek", f)),
        Arguments.of("no command", List.of()),
        Arguments.of("an impossible date", List.of("check", f, "--as-of", "2026-13-01")),
        Arguments.of("a format that is none", List.of("check", f, "--format", "pdf")),
        Arguments.of("two exclusive options", List.of("schema", "--report", "--agenda")),
        Arguments.of("an option twice", List.of("check", f, "--as-of", "2026-11-22", "--as-of", "2026-11-23")),
        Arguments.of("an unknown référentiel", List.of("rules", "bretagne")),
        Arguments.of("a missing file", List.of("check", "absent.json")),
        Arguments.of("a folder as a file", List.of("calendar", "..")),
        Arguments.of("a forced référentiel, and progress", List.of("check", f, "--referentiel", "occitanie",
            "--as-of", Cli.AS_OF, "--verbose")),
        Arguments.of("a portfolio, and progress", List.of("check", "../examples/portfolio", "--as-of", Cli.AS_OF,
            "--summary", "--verbose")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commandLines")
  void everyDiagnosticIsInTheLanguageOfTheCommand(String name, List<String> args, @TempDir Path dir) {
    for (Lang lang : Lang.values()) {
      List<String> all = new ArrayList<>(args);
      all.addAll(List.of("--lang", lang.name()));
      Cli.Result r = Cli.run(all.toArray(String[]::new));
      assertThat(r.err()).as(name).isNotBlank();
      assertThat(check(lang, dir).problems(r.err())).as(r.err()).isEmpty();
      assertThat(r.err()).as(name).startsWith(lang == Lang.fr ? "cls : " : "cls: ");
    }
  }

  static Stream<List<String>> helps() {
    List<List<String>> out = new ArrayList<>();
    out.add(List.of("--help"));
    out.add(List.of("help"));
    for (String cmd : List.of("check", "agenda", "referentiels", "rules", "calendar", "compare", "schema")) {
      out.add(List.of(cmd, "--help"));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "cls {0}")
  @MethodSource("helps")
  void everyHelpIsInTheLanguageOfTheCommand(List<String> args, @TempDir Path dir) {
    for (Lang lang : Lang.values()) {
      // the help command takes no option: the language goes to cls itself
      List<String> all = new ArrayList<>(List.of("--lang", lang.name()));
      all.addAll(args);
      Cli.Result r = Cli.run(all.toArray(String[]::new));
      assertThat(r.status()).as(r.err()).isZero();
      assertThat(r.out()).contains(lang == Lang.fr ? "Utilisation : cls" : "Usage: cls");
      assertThat(check(lang, dir).problems(r.out())).as(r.out()).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("regionNotes")
  void theNotesAboutTheRegionAreInTheLanguageOfTheCommand(String region, @TempDir Path dir) {
    Path file = dir.resolve("c.json");
    try {
      Files.writeString(file, once(fixture(), "\"region\": \"Normandie\"", "\"region\": \"" + region + "\""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Lang lang : Lang.values()) {
      Cli.Result r = Cli.run("check", file.toString(), "--as-of", Cli.AS_OF, "--lang", lang.name());
      assertThat(r.err()).isNotBlank();
      assertThat(check(lang, dir).exempt(List.of(region)).problems(r.err())).as(r.err()).isEmpty();
    }
  }

  static Stream<String> regionNotes() {
    return Stream.of("Bretagne", "Atlantis");
  }
}
