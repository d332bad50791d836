package io.github.clsante.cls.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing a document holds reaches the terminal as a control sequence or as a line of its own (issue #17):
 * every command's text output and every diagnostic escapes it.
 */
class HostileOutputTest {

  /** What must never reach a terminal raw: controls other than the line feed, invisible and bidi characters. */
  private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}&&[^\\n]]|\\p{Cf}|[\\u2028\\u2029]");

  private static final String FORGED = "cls: c.json is conforming";

  /** The fixture, its contract id, name and body ids made hostile (still a readable contract). */
  private static Path hostile(Path dir) throws IOException {
    String json = Cli.text(Cli.fixture());
    String id = "\"id\": \"cls-6330\"";
    String name = "\"name\": \"Contrat local de santé Lodévois et Larzac\"";
    assertThat(json).contains(id, name, "\"copil-1\"", "\"cotech-2\"");
    json = json.replace(id, "\"id\": \"cls-6330\\u001b[2J\\n" + FORGED + "\"")
        .replace(name, "\"name\": \"Contrat \\u202eesrever\\u202c\\u0007 \\u0085\\u2028\"")
        .replace("\"copil-1\"", "\"copil-1\\u001b]0;pwned\\u0007\"")
        .replace("\"cotech-2\"", "\"cotech-2\\r\\nWARNING forged\\u009b2J\"");
    Path p = dir.resolve("hostile.json");
    Files.writeString(p, json);
    assertThat(Cli.read(p.toString()).id()).isEqualTo("cls-6330\u001b[2J\n" + FORGED);
    return p;
  }

  private static void assertSafe(String what, Cli.Result r) {
    assertThat(UNSAFE.matcher(r.out()).find()).as("%s: a raw control on stdout", what).isFalse();
    assertThat(UNSAFE.matcher(r.err()).find()).as("%s: a raw control on stderr", what).isFalse();
    assertThat(r.outLines()).as(what).noneMatch(l -> l.startsWith(FORGED) || l.startsWith("WARNING forged"));
    assertThat(r.errLines()).as(what).noneMatch(l -> l.startsWith(FORGED) || l.startsWith("WARNING forged"));
  }

  @Test
  void aReadableHostileContractIsShownEscapedByEveryCommand(@TempDir Path dir) throws IOException {
    String file = hostile(dir).toString();
    Cli.Result text = Cli.run("check", file, "--referentiel", "normandie", "--as-of", Cli.AS_OF);
    assertThat(text.status()).isIn(0, 1);
    assertSafe("check", text);
    assertThat(text.outLines()).contains("Contrat : cls-6330\\u001b[2J\\n" + FORGED
        + " — Contrat \\u202eesrever\\u202c\\u0007 \\u0085\\u2028");
    assertThat(text.out()).contains("cotech-2\\r\\nWARNING forged\\u009b2J");
    for (String[] args : List.of(
        new String[] {"check", file, "--referentiel", "normandie", "--as-of", Cli.AS_OF, "--lang", "en"},
        new String[] {"check", file, "--referentiel", "normandie", "--as-of", Cli.AS_OF, "--format", "json"},
        new String[] {"check", file, "--referentiel", "normandie", "--as-of", Cli.AS_OF, "--format", "html"},
        new String[] {"check", file, "--referentiel", "occitanie", "--as-of", Cli.AS_OF, "--verbose"},
        new String[] {"calendar", file, "--referentiel", "normandie", "--as-of", Cli.AS_OF},
        new String[] {"compare", file, "--referentiels", "normandie,occitanie", "--as-of", Cli.AS_OF})) {
      Cli.Result r = Cli.run(args);
      assertThat(r.status()).as(String.join(" ", args)).isIn(0, 1);
      assertSafe(String.join(" ", args), r);
    }
  }

  @Test
  void aHostileFieldNameCannotForgeADiagnosticLine(@TempDir Path dir) throws IOException {
    String json = Cli.text(Cli.fixture()).replaceFirst("\"region\"",
        "\"x\\\\n" + FORGED + "\\\\u001b[2J\": 1, \"region\"");
    Path c = dir.resolve("c.json");
    Files.writeString(c, json);
    Cli.Result fr = Cli.run("check", c.toString(), "--referentiel", "normandie", "--as-of", Cli.AS_OF);
    assertSafe("unreadable", fr);
    assertThat(fr.errLines()).hasSize(2);
    assertThat(fr.errLines().get(0)).startsWith(c + " : ligne ")
        .contains("/x\\n" + FORGED + "\\u001b[2J : attendu l'un des champs");
    Cli.Result r = Cli.run("check", c.toString(), "--referentiel", "normandie", "--as-of", Cli.AS_OF, "--lang", "en");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertSafe("unreadable", r);
    assertThat(r.errLines()).hasSize(2);
    assertThat(r.errLines().get(0)).startsWith(c + ": line ")
        .contains("/x\\n" + FORGED + "\\u001b[2J: expected one of the fields");
    assertThat(r.errLines().get(1)).isEqualTo("cls: " + c + " is not a readable contract (1 problem)");
  }

  @Test
  void aHostileFileNameIsShownEscaped(@TempDir Path dir) throws IOException {
    Path c = dir.resolve("c\u001b[2J\n" + FORGED + ".json");
    Files.writeString(c, "{");
    Cli.Result r = Cli.run("check", c.toString(), "--referentiel", "normandie", "--as-of", Cli.AS_OF);
    assertThat(r.status()).isEqualTo(2);
    assertSafe("file name", r);
    assertThat(r.err()).contains("c\\u001b[2J\\n" + FORGED + ".json");
    Cli.Result missing = Cli.run("calendar", "no\n" + FORGED + ".json", "--referentiel", "normandie");
    assertThat(missing.status()).isEqualTo(2);
    assertSafe("missing file", missing);
    Cli.Result unknown = Cli.run("check", c.toString(), "--referentiel", "x\u001b[2J\n" + FORGED);
    assertThat(unknown.status()).isEqualTo(2);
    assertSafe("unknown référentiel", unknown);
  }
}
