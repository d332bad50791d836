package io.github.clsante.cls.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.model.LocalHealthContract;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Byte input: a document of well-formed UTF-8 up to {@link ContractReader#WHOLE_INPUT} bytes is read from its
 * bytes; anything else through the decoding path. Either way the reader's answer is the same (the fuzzing and
 * {@link Utf8WellFormedProperties} compare the paths); these are the edges of the choice.
 */
class ByteInputTest {

  private static final Path EXAMPLE = Path.of("..", "examples", "cls-mont-saint-michel-normandie.json");

  private static byte[] example() throws IOException {
    return Files.readAllBytes(EXAMPLE);
  }

  @Test
  void anInputLargerThanTheWholeInputBoundIsReadAsAStream() throws IOException {
    String doc = new String(example(), StandardCharsets.UTF_8);
    LocalHealthContract alone = ClsJson.reader().read(doc);
    String padded = doc + " ".repeat(ContractReader.WHOLE_INPUT);
    assertThat(ClsJson.reader().read(new ByteArrayInputStream(padded.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(alone);
    int lines = (int) doc.chars().filter(c -> c == '\n').count();
    assertThat(ClsJson.reader().validate(new ByteArrayInputStream((padded + "\n  x").getBytes(
        StandardCharsets.UTF_8))).getError()).extracting(DocumentProblem::line, DocumentProblem::column)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(lines + 2, 3));
  }

  @Test
  void anInputThatFailsWhileBeingReadIsReportedAtThePointerItStoppedIn() throws IOException {
    assertThat(ClsJson.reader().validate(failingAfter700Bytes(false)).getError()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/organisations/0/siren");
      assertThat(p.expected()).isEqualTo("a readable input");
      assertThat(p.found()).isEqualTo("an input that failed while being read (disk gone)");
    });
  }

  @Test
  void anInputThatThrowsAnUncheckedExceptionIsAProblemNotAThrow() throws IOException {
    assertThat(ClsJson.reader().validate(failingAfter700Bytes(true)).getError()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/organisations/0/siren");
      assertThat(p.expected()).isEqualTo("well-formed JSON");
      assertThat(p.found()).isEqualTo("text the parser could not read");
    });
  }

  /** The example's first 700 bytes, then a failure at every read: "disk gone", or unchecked. */
  private static InputStream failingAfter700Bytes(boolean unchecked) throws IOException {
    return new SequenceInputStream(new ByteArrayInputStream(example(), 0, 700), new InputStream() {
      @Override
      public int read() throws IOException {
        if (unchecked) {
          throw new UncheckedIOException(new IOException("gone"));
        }
        throw new IOException("disk gone");
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return read();
      }
    });
  }

  @Test
  void aSecondByteOrderMarkAndOtherEncodingsStillGetTheirOwnProblems() throws IOException {
    byte[] doc = example();
    byte[] twoMarks = new byte[doc.length + 6];
    for (int i = 0; i < 6; i += 3) {
      twoMarks[i] = (byte) 0xEF;
      twoMarks[i + 1] = (byte) 0xBB;
      twoMarks[i + 2] = (byte) 0xBF;
    }
    System.arraycopy(doc, 0, twoMarks, 6, doc.length);
    assertThat(ClsJson.reader().validate(new ByteArrayInputStream(twoMarks)).getError()).containsExactly(
        new DocumentProblem("", 1, 1, "a JSON object (a cls/1 document)",
            "the character U+FEFF, a byte order mark left in text already decoded"));
    byte[] utf16 = new String(doc, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE);
    assertThat(ClsJson.reader().validate(new ByteArrayInputStream(utf16)).getError())
        .extracting(DocumentProblem::found).containsExactly("UTF-16LE (no byte order mark; starts 7B 00 0A 00)");
  }

  @Test
  void wellFormedUtf8IsTheUnicodeStandardsTable() {
    // accepted: ASCII, and each range of table 3-7 at its edges
    for (int[] ok : new int[][] {{0x41}, {0xC2, 0x80}, {0xDF, 0xBF}, {0xE0, 0xA0, 0x80}, {0xED, 0x9F, 0xBF},
        {0xEE, 0x80, 0x80}, {0xEF, 0xBF, 0xBF}, {0xF0, 0x90, 0x80, 0x80}, {0xF4, 0x8F, 0xBF, 0xBF}}) {
      assertThat(Utf8Input.wellFormed(bytes(ok), 0, ok.length)).as(hex(ok)).isTrue();
    }
    // refused: a lone continuation, overlong forms, surrogates, past U+10FFFF, bytes never used, cut sequences
    for (int[] bad : new int[][] {{0x80}, {0xC0, 0x80}, {0xC1, 0xBF}, {0xE0, 0x9F, 0xBF}, {0xED, 0xA0, 0x80},
        {0xF0, 0x8F, 0xBF, 0xBF}, {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80}, {0xFF}, {0xFE},
        {0xC2}, {0xE2, 0x82}, {0xF0, 0x9F, 0x98}, {0xC2, 0x41}, {0xE2, 0x41, 0x80}, {0xF0, 0x9F, 0x41, 0x80}}) {
      assertThat(Utf8Input.wellFormed(bytes(bad), 0, bad.length)).as(hex(bad)).isFalse();
    }
    // only the range asked about
    assertThat(Utf8Input.wellFormed(bytes(0xFF, 0x41, 0xFF), 1, 2)).isTrue();
  }

  private static byte[] bytes(int... b) {
    byte[] out = new byte[b.length];
    for (int i = 0; i < b.length; i++) {
      out[i] = (byte) b[i];
    }
    return out;
  }

  private static String hex(int[] b) {
    StringBuilder s = new StringBuilder();
    for (int x : b) {
      s.append(String.format("%02X ", x));
    }
    return s.toString().trim();
  }
}
