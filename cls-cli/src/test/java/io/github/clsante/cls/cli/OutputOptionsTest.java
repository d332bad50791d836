package io.github.clsante.cls.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.Help.Ansi;

/** Terminal manners: --color, -o/--output and --quiet on every command, and colours as picocli detects them. */
class OutputOptionsTest {

  private static final String MSM = "../examples/cls-mont-saint-michel-normandie.json";
  private static final String ESC = "\u001b[";

  private static Cli.Result check(Ansi terminal, String... more) {
    List<String> args = new ArrayList<>(List.of("check", MSM, "--as-of", Cli.AS_OF));
    args.addAll(List.of(more));
    return Cli.run(terminal, args.toArray(String[]::new));
  }

  @Test
  void autoColoursOnlyATerminalThatTakesColours() {
    assertThat(check(Ansi.OFF).out()).doesNotContain(ESC);
    Cli.Result coloured = check(Ansi.ON);
    assertThat(coloured.out()).contains(ESC + "1;31mErreurs (1)" + ESC + "0m");
    // the same text under the colours
    assertThat(coloured.out().replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(check(Ansi.OFF).out());
  }

  @Test
  void alwaysAndNeverOverrideTheTerminal() {
    assertThat(check(Ansi.OFF, "--color=always").out()).contains(ESC);
    assertThat(check(Ansi.ON, "--color=never").out()).doesNotContain(ESC);
    assertThat(check(Ansi.ON, "--color", "auto").out()).contains(ESC);
    Cli.Result wrong = check(Ansi.OFF, "--color=sometimes");
    assertThat(wrong.status()).isEqualTo(2);
    assertThat(wrong.err()).contains("--color").contains("auto, always, never");
  }

  @ParameterizedTest
  @ValueSource(strings = {"check", "agenda", "referentiels", "rules", "calendar", "compare", "schema"})
  void everyCommandHasTheThreeOptions(String command) {
    String help = Cli.run(command, "--help").out();
    assertThat(help).contains("--color=WHEN").contains("-o, --output=FILE").contains("-q, --quiet");
  }

  @Test
  void outputWritesTheResultToAFileInUtf8AndNothingOnStdout(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("rapport.txt");
    Cli.Result r = check(Ansi.ON, "-o", file.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
    String written = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    // what stdout would have shown, with no colour even though stdout is a colour terminal
    assertThat(written).isEqualTo(check(Ansi.OFF).out()).doesNotContain(ESC).contains("Phase : mise en œuvre");
    // --color=always still colours a file
    Path coloured = dir.resolve("couleurs.txt");
    check(Ansi.OFF, "--output", coloured.toString(), "--color=always");
    assertThat(Files.readString(coloured)).contains(ESC);
  }

  @Test
  void everyFormatGoesToTheFile(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("rapport.json");
    assertThat(check(Ansi.OFF, "--format", "json", "-o", json.toString()).out()).isEmpty();
    assertThat(new ObjectMapper().readTree(json.toFile()).get("format").asText()).isEqualTo("cls-report/1");
    Path schema = dir.resolve("schema.json");
    assertThat(Cli.run("schema", "-o", schema.toString()).status()).isZero();
    assertThat(Files.readString(schema)).isEqualTo(Cli.run("schema").out()).contains("\"$schema\"");
    Path portfolio = dir.resolve("portefeuille.txt");
    Cli.Result p = Cli.run("check", "../examples/portfolio", "--as-of", Cli.AS_OF, "--summary", "-o",
        portfolio.toString());
    assertThat(p.out()).isEmpty();
    assertThat(Files.readString(portfolio)).startsWith("Portefeuille : 12 contrat(s) au 22 novembre 2026");
  }

  @Test
  void aFileThatCannotBeWrittenIsExit2InOneLine(@TempDir Path dir) throws IOException {
    Path nowhere = dir.resolve("absent").resolve("rapport.txt");
    Cli.Result r = check(Ansi.OFF, "-o", nowhere.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).containsExactly("cls : impossible d'écrire " + nowhere + " : le dossier n'existe pas");
    assertThat(nowhere).doesNotExist();

    Cli.Result folder = check(Ansi.OFF, "-o", dir.toString(), "--lang", "en");
    assertThat(folder.status()).isEqualTo(2);
    assertThat(folder.errLines()).containsExactly("cls: cannot write " + dir + ": it is a folder");
  }

  @Test
  void aJobThatCannotBeDoneWritesNoFile(@TempDir Path dir) {
    Path file = dir.resolve("rapport.txt");
    Cli.Result r = Cli.run("check", dir.resolve("absent.json").toString(), "-o", file.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("absent.json");
    assertThat(file).doesNotExist();
  }

  @Test
  void quietPrintsNothingAndKeepsTheExitStatus(@TempDir Path dir) throws IOException {
    Cli.Result r = check(Ansi.ON, "--quiet");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
    Cli.Result conforming = Cli.run("check", "../examples/cls-draft-diagnosis.json", "--as-of", Cli.AS_OF, "-q");
    assertThat(conforming.status()).isZero();
    assertThat(conforming.out()).isEmpty();
    // notes on stderr are silenced too (here: a région without a référentiel of its own)
    Path bzh = dir.resolve("bretagne.json");
    Files.writeString(bzh, Files.readString(Path.of(MSM)).replace("\"region\": \"Normandie\"",
        "\"region\": \"Bretagne\""));
    assertThat(Cli.run("check", bzh.toString(), "--as-of", Cli.AS_OF).err()).isNotEmpty();
    Cli.Result note = Cli.run("check", bzh.toString(), "--as-of", Cli.AS_OF, "--quiet");
    assertThat(note.status()).isZero();
    assertThat(note.out() + note.err()).isEmpty();
    // why a job could not be done at all is still said, in one line
    Cli.Result missing = Cli.run("agenda", dir.resolve("absent.json").toString(), "--quiet");
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.out()).isEmpty();
    assertThat(missing.errLines()).singleElement().asString().contains("absent.json");
  }

  @Test
  void quietWithOutputStillWritesTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("agenda.ics");
    Cli.Result r = Cli.run("agenda", MSM, "--as-of", Cli.AS_OF, "--format", "ics", "-o", file.toString(), "-q");
    assertThat(r.status()).isZero();
    assertThat(r.out() + r.err()).isEmpty();
    assertThat(Files.readString(file)).startsWith("BEGIN:VCALENDAR");
  }

  /**
   * The real entry point, in a process of its own whose stdout is a pipe: colours follow picocli's detection,
   * which honours CLICOLOR_FORCE and NO_COLOR (no-color.org) — not whether a console is attached.
   */
  @Test
  void theCommandAsksPicocliWhetherToColour() throws Exception {
    assertThat(main(Map.of())).doesNotContain(ESC);
    assertThat(main(Map.of("CLICOLOR_FORCE", "1"))).contains(ESC);
    assertThat(main(Map.of("CLICOLOR_FORCE", "1", "NO_COLOR", "1"))).doesNotContain(ESC);
  }

  private static String main(Map<String, String> env) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder pb = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "referentiels");
    pb.environment().remove("NO_COLOR");
    pb.environment().remove("CLICOLOR");
    pb.environment().remove("CLICOLOR_FORCE");
    pb.environment().putAll(env);
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).contains("normandie");
    return out;
  }
}
