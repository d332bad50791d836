package io.github.clsante.cls.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How FILE arguments become sources: the forms, the order in a folder, and the look at a JSON file's format. */
class InputsTest {

  private static Optional<String> sniff(Path dir, String text) throws IOException {
    Path f = dir.resolve("f.json");
    Files.writeString(f, text);
    return Inputs.otherFormat(f);
  }

  @Test
  void aFileWhoseFormatIsAnotherIsSkippedAndOneThatIsNotJsonIsKept(@TempDir Path dir) throws IOException {
    assertThat(sniff(dir, "{\"format\": \"cls/1\", \"id\": \"x\"}")).isEmpty();
    assertThat(sniff(dir, "{\"id\": {\"format\": \"other\"}, \"format\": \"cls/1\"}")).as("nested ones don't count")
        .isEmpty();
    assertThat(sniff(dir, "{\"format\": \"cls-report/1\"}")).contains("\"cls-report/1\"");
    assertThat(sniff(dir, "{\"format\": 2}")).contains("2");
    assertThat(sniff(dir, "{\"name\": \"x\", \"version\": \"1.0.0\"}")).as("no format").contains("");
    assertThat(sniff(dir, "[1, 2]")).as("an array").contains("");
    // not well-formed JSON, or not decided before the text breaks: kept, for the reader to say why
    assertThat(sniff(dir, "")).isEmpty();
    assertThat(sniff(dir, "hello")).isEmpty();
    assertThat(sniff(dir, "{\"name\": \"x\",")).isEmpty();
    assertThat(sniff(dir, "{\"name\": [}")).isEmpty();
    assertThat(sniff(dir, "[1, 2")).isEmpty();
    assertThat(sniff(dir, "{\"name\": \"x\"} trailing")).isEmpty();
    assertThat(sniff(dir, "{\"format\": \"" + "x".repeat(100) + "\"}").orElseThrow()).hasSizeLessThan(45);
  }

  @Test
  void aFolderIsItsJsonFilesSortedByRelativePathNameByName(@TempDir Path dir) throws IOException {
    for (String f : List.of("b.json", "a-b.json", "a/b.json", "a/a/z.json", "A.JSON", "c.txt", ".h.json",
        ".d/x.json", "a/.e.json")) {
      Path p = dir.resolve(f);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "{\"format\": \"cls/1\"}");
    }
    List<String> notes = new ArrayList<>();
    Inputs in = Inputs.expand(List.of(dir.toString()), Lang.en, notes::add);
    assertThat(in.isPortfolio()).isTrue();
    assertThat(in.errors()).isEmpty();
    assertThat(notes).isEmpty();
    assertThat(in.sources()).extracting(s -> dir.relativize(s.path()).toString())
        .containsExactly("A.JSON", "a/a/z.json", "a/b.json", "a-b.json", "b.json");
    assertThat(in.sources()).extracting(Inputs.Source::index).containsExactly(0, 1, 2, 3, 4);
    assertThat(in.sources()).extracting(Inputs.Source::name)
        .allSatisfy(n -> assertThat(n).startsWith(dir.toString()));
  }

  @Test
  void oneFileOrStandardInputIsTheSingleFormAnythingElseThePortfolio(@TempDir Path dir) throws IOException {
    assertThat(Inputs.expand(List.of("x.json"), Lang.fr, n -> { }).isPortfolio()).isFalse();
    assertThat(Inputs.expand(List.of("-"), Lang.fr, n -> { }).isPortfolio()).isFalse();
    assertThat(Inputs.expand(List.of("-"), Lang.fr, n -> { }).sources().get(0).isStdin()).isTrue();
    assertThat(Inputs.expand(List.of("x.json", "y.json"), Lang.fr, n -> { }).isPortfolio()).isTrue();
    Inputs empty = Inputs.expand(List.of(dir.toString()), Lang.fr, n -> { });
    assertThat(empty.isPortfolio()).isTrue();
    assertThat(empty.sources()).isEmpty();
    assertThat(empty.errors()).singleElement().asString().contains(dir.toString());
  }
}
