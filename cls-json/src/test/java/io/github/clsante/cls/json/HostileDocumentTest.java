package io.github.clsante.cls.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.cls.internal.Printable;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.Person;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a hostile document found (issue #17): each answer is a problem in the reader's terms, never a crash. */
class HostileDocumentTest {

  private static final String DOC = "{\n  \"format\": \"cls/1\",\n  \"id\": \"cls-1\",\n  \"name\": \"CLS\",\n"
      + "  \"region\": \"Normandie\"\n}\n";

  private static List<DocumentProblem> problems(String json) {
    var v = ClsJson.reader().validate(json);
    assertThat(v.isInvalid()).as("refused: %s", json).isTrue();
    return v.getError().asJava();
  }

  private static List<DocumentProblem> problems(byte[] bytes) {
    var v = ClsJson.reader().validate(new ByteArrayInputStream(bytes));
    assertThat(v.isInvalid()).as("refused").isTrue();
    return v.getError().asJava();
  }

  private static String withName(String nameLiteral) {
    return DOC.replace("\"name\": \"CLS\"", "\"name\": " + nameLiteral);
  }

  // 3. A lone surrogate is refused at reading, and never reaches the writer

  @Test
  void aLoneSurrogateIsRefusedAtItsPointer() {
    assertThat(problems(withName("\"ab\\ud800c\""))).containsExactly(new DocumentProblem("/name", 4, 11,
        "text of Unicode characters", "a lone surrogate \\ud800 in \"ab\\ud800c\""));
    assertThat(problems(withName("\"\\udc00\""))).extracting(DocumentProblem::found)
        .containsExactly("a lone surrogate \\udc00 in \"\\udc00\"");
    assertThat(problems(withName("\"\\udc00\\ud800\""))).extracting(DocumentProblem::pointer)
        .containsExactly("/name");
    // raw in text handed over as a String, and in a list of strings deep in the document
    assertThat(problems(withName("\"x\ud800\""))).extracting(DocumentProblem::found)
        .containsExactly("a lone surrogate \\ud800 in \"x\\ud800\"");
    String deep = DOC.replace("\"region\": \"Normandie\"", "\"region\": \"Normandie\", \"people\": [{\"id\": \"p\", "
        + "\"name\": \"P\", \"roles\": [{\"kind\": \"ELU\", \"delegations\": [\"santé\", \"\\ud83d\"]}]}]");
    assertThat(problems(deep)).extracting(DocumentProblem::pointer)
        .containsExactly("/people/0/roles/0/delegations/1");
    // a well-formed pair is text like any other
    assertThat(ClsJson.reader().read(withName("\"\\ud83d\\ude00\"")).name()).isEqualTo("😀");
  }

  @Test
  void theWriterRefusesALoneSurrogateBuiltInCodeNamingItsPointerAndWritingNothing(@TempDir Path dir)
      throws IOException {
    LocalHealthContract c = LocalHealthContract.builder().mergeFrom(Samples.small())
        .addPeople(Person.builder().id("p-x").name("Zoé\ud800").build()).build();
    int at = c.people().size() - 1;
    String message = "contract: the text at /people/" + at + "/name (\\ud800) holds a lone surrogate";
    assertThatThrownBy(() -> ClsJson.writer().write(c)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message);
    Path file = dir.resolve("c.json");
    Files.writeString(file, "kept");
    assertThatThrownBy(() -> ClsJson.writer().write(c, file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message);
    assertThat(Files.readString(file)).isEqualTo("kept");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> ClsJson.writer().write(c, out)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message);
    assertThat(out.size()).isZero();
  }

  @Test
  void whatTheReaderAcceptsTheWriterWritesToEveryTarget(@TempDir Path dir) throws IOException {
    LocalHealthContract c = ClsJson.reader().read(withName("\"😀 \\u0000\\u001b\\u007f\\u0085\\u202e \\ufeff\""));
    Path file = dir.resolve("c.json");
    ClsJson.writer().write(c, file);
    assertThat(ClsJson.reader().read(file)).isEqualTo(c);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ClsJson.writer().write(c, out);
    assertThat(ClsJson.reader().read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(c);
    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("?");
  }

  // 7. Problems in the reader's terms, shortened, at the token's start

  @Test
  void aNumberWithAHugeExponentIsAProblemOfItsFieldAtItsStart() {
    String doc = DOC.replace("\"region\": \"Normandie\"", "\"region\": \"Normandie\",\n  \"followUp\": "
        + "{\"programmings\": [{\"id\": \"p\", \"fromYear\": 1e9999999999, \"toYear\": 2020}]}");
    int column = doc.lines().toList().get(5).indexOf("1e9999999999") + 1;
    assertThat(problems(doc)).containsExactly(new DocumentProblem("/followUp/programmings/0/fromYear", 6, column,
        "an integer", "1e9999999999"));
  }

  @Test
  void aLongNumberIsQuotedShortened() {
    String number = "1" + "0".repeat(800) + "e9999999999";
    String doc = DOC.replace("\"region\": \"Normandie\"", "\"region\": \"Normandie\",\n  \"followUp\": "
        + "{\"programmings\": [{\"id\": \"p\", \"fromYear\": " + number + ", \"toYear\": 2020}]}");
    int column = doc.lines().toList().get(5).indexOf(number) + 1;
    List<DocumentProblem> p = problems(doc);
    assertThat(p).hasSize(1);
    assertThat(p.get(0).line()).isEqualTo(6);
    assertThat(p.get(0).column()).isEqualTo(column);
    assertThat(p.get(0).found()).hasSizeLessThanOrEqualTo(Texts.MAX_FOUND).startsWith("1000").endsWith("…");
    assertThat(p.get(0).toString()).hasSizeLessThan(200).doesNotContain("Exception");
    // an amount may be long, but its scale is bounded: never expanded
    String amount = DOC.replace("\"region\": \"Normandie\"", "\"region\": \"Normandie\", \"actionPlan\": "
        + "{\"fiches\": [{\"id\": \"f\", \"title\": \"t\", \"budget\": 1e-999999999}]}");
    assertThat(problems(amount)).containsExactly(new DocumentProblem("/actionPlan/fiches/0/budget", 5,
        amount.lines().toList().get(4).indexOf("1e-") + 1, "a number of 0 or more", "1e-999999999"));
  }

  @Test
  void quotedValuesAreShortOnceEscaped() {
    assertThat(Texts.quote("\u0000".repeat(100))).hasSizeLessThanOrEqualTo(62).endsWith("\\u0000…\"")
        .startsWith("\"\\u0000");
    assertThat(Texts.quote("x".repeat(60))).isEqualTo("\"" + "x".repeat(60) + "\"");
    assertThat(Texts.quote("x".repeat(61))).isEqualTo("\"" + "x".repeat(59) + "…\"");
    assertThat(Texts.quote("😀".repeat(40))).isEqualTo("\"" + "😀".repeat(29) + "…\"");
  }

  @Test
  void utf16AndUtf32AreRefusedNamingTheEncoding() {
    assertThat(problems(("\uFEFF" + DOC).getBytes(StandardCharsets.UTF_16LE))).containsExactly(
        new DocumentProblem("", 1, 1, "a UTF-8 document", "UTF-16LE (byte order mark FF FE)"));
    assertThat(problems(("\uFEFF" + DOC).getBytes(StandardCharsets.UTF_16BE))).containsExactly(
        new DocumentProblem("", 1, 1, "a UTF-8 document", "UTF-16BE (byte order mark FE FF)"));
    assertThat(problems(DOC.getBytes(StandardCharsets.UTF_16LE))).containsExactly(
        new DocumentProblem("", 1, 1, "a UTF-8 document", "UTF-16LE (no byte order mark; starts 7B 00 0A 00)"));
    assertThat(problems(DOC.getBytes(StandardCharsets.UTF_16BE))).containsExactly(
        new DocumentProblem("", 1, 1, "a UTF-8 document", "UTF-16BE (no byte order mark; starts 00 7B 00 0A)"));
    assertThat(problems(("\uFEFF" + DOC).getBytes(Charset.forName("UTF-32LE")))).containsExactly(
        new DocumentProblem("", 1, 1, "a UTF-8 document", "UTF-32LE (byte order mark FF FE 00 00)"));
    assertThat(problems(DOC.getBytes(Charset.forName("UTF-32BE")))).containsExactly(
        new DocumentProblem("", 1, 1, "a UTF-8 document", "UTF-32BE (no byte order mark; starts 00 00 00 7B)"));
  }

  @Test
  void aUtf8ByteOrderMarkIsSkippedInBytesAndRefusedInDecodedText() {
    byte[] bom = ("\uFEFF" + DOC).getBytes(StandardCharsets.UTF_8);
    assertThat(ClsJson.reader().read(new ByteArrayInputStream(bom)).id()).isEqualTo("cls-1");
    assertThat(problems("\uFEFF" + DOC)).containsExactly(new DocumentProblem("", 1, 1,
        "a JSON object (a cls/1 document)", "the character U+FEFF, a byte order mark left in text already decoded"));
    // two marks: the second is text
    assertThat(problems(("\uFEFF\uFEFF" + DOC).getBytes(StandardCharsets.UTF_8))).hasSize(1);
  }

  @Test
  void illFormedUtf8IsNamedByteByByteWhereItIs() {
    assertThat(problems(bytes(withName("\"ab\""), "b", 0xC1, 0xA9))).containsExactly(
        new DocumentProblem("/name", 4, 13, "a UTF-8 document", "bytes that are not UTF-8 (C1)"));
    assertThat(problems(bytes(withName("\"abcd\""), "bcd", 0xED, 0xA0, 0x80))).containsExactly(
        new DocumentProblem("/name", 4, 13, "a UTF-8 document", "bytes that are not UTF-8 (ED A0 80)"));
    assertThat(problems(bytes(withName("\"abcde\""), "bcde", 0xF4, 0x90, 0x80, 0x80))).extracting(
        DocumentProblem::expected).containsExactly("a UTF-8 document");
    assertThat(problems(bytes(withName("\"ab\""), "b", 0xFF))).extracting(DocumentProblem::found)
        .containsExactly("bytes that are not UTF-8 (FF)");
    byte[] cut = Arrays.concat(DOC.substring(0, DOC.indexOf("CLS")).getBytes(StandardCharsets.UTF_8),
        new byte[] {(byte) 0xE2, (byte) 0x82});
    assertThat(problems(cut)).containsExactly(new DocumentProblem("/name", 4, 12, "a UTF-8 document",
        "a UTF-8 sequence cut by the end of the input (E2 82)"));
  }

  @Test
  void crLfAndCrlfEachEndOneLineWhereverTheReadsCutThem() {
    // the position of ill-formed bytes counts lines as the parser does: CR, LF and CR LF each end one line, also
    // when a CR LF pair is cut between two reads (the paddings put it across the parser's 4,000-character reads
    // and the reader's 8,192-byte ones)
    List<Integer> paddings = new ArrayList<>();
    for (int base : new int[] {0, 3_980, 8_170}) {
      for (int i = 0; i < 30; i++) {
        paddings.add(base + i);
      }
    }
    for (String nl : List.of("\n", "\r", "\r\n")) {
      for (int pad : paddings) {
        String head = "{" + " ".repeat(pad) + nl + "  \"format\": \"cls/1\"," + nl + "  \"name\": \"ab";
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        b.write(0xFF);
        b.writeBytes("\"\n}\n".getBytes(StandardCharsets.UTF_8));
        assertThat(problems(b.toByteArray())).as("line end %s after %d spaces", Printable.escape(nl), pad)
            .containsExactly(new DocumentProblem("/name", 3, 14, "a UTF-8 document", "bytes that are not UTF-8 (FF)"));
      }
    }
  }

  @Test
  void nulCharactersAreNamed() {
    assertThat(problems(withName("\"a\u0000b\""))).containsExactly(new DocumentProblem("/name", 4, 13,
        "a string whose control characters are escaped (\\n, \\t, \\u0000…)",
        "the control character U+0000 as is"));
    assertThat(problems(DOC.replace("\n  \"id\"", "\n\u0000  \"id\""))).containsExactly(new DocumentProblem(
        "", 3, 1, "well-formed JSON (only spaces, tabs and line breaks between values)",
        "the control character U+0000"));
    // escaped, NUL is text like any other
    assertThat(ClsJson.reader().read(withName("\"a\\u0000b\"")).name()).isEqualTo("a\u0000b");
  }

  @Test
  void everyTruncationIsOneProblemInTheReadersTerms() {
    String doc = ClsJson.writer().write(Samples.small());
    for (int end = 0; end < doc.length() - 1; end++) {
      String cut = doc.substring(0, end);
      if (cut.isBlank()) {
        continue;
      }
      List<DocumentProblem> p = problems(cut);
      assertThat(p).as("cut at %d", end).hasSize(1);
      assertThat(p.get(0).toString()).as("cut at %d", end).doesNotContainPattern("[A-Z][A-Za-z]*(Exception|Error)")
          .doesNotContain("java.");
      assertThat(p.get(0).line()).as("cut at %d", end).isPositive();
    }
  }

  @Test
  void aHostileFieldNamePrintsOnOneLine() {
    String doc = DOC.replace("\"region\"", "\"x\\ncls: c.json is conforming\\u001b[2J\\u202e\": 1, \"region\"");
    List<DocumentProblem> p = problems(doc);
    assertThat(p).hasSize(1);
    assertThat(p.get(0).pointer()).isEqualTo("/x\ncls: c.json is conforming\u001b[2J\u202e");
    String shown = p.get(0).toString();
    assertThat(shown).doesNotContain("\n", "\u001b", "\u202e")
        .contains("/x\\ncls: c.json is conforming\\u001b[2J\\u202e: expected one of the fields")
        .endsWith("found \"x\\ncls: c.json is conforming\\u001b[2J\\u202e\"");
    assertThat(new DocumentException(p).getMessage().lines()).hasSize(2);
  }

  @Test
  void unreadableFilesAreSaidSoWithoutAnExceptionName(@TempDir Path dir) {
    assertThat(ClsJson.reader().validate(dir).getError().asJava()).containsExactly(
        new DocumentProblem("", -1, -1, "a readable file", "a directory, " + dir));
  }

  private static byte[] bytes(String doc, String replaced, int... with) {
    byte[] b = doc.getBytes(StandardCharsets.UTF_8);
    String latin = new String(b, StandardCharsets.ISO_8859_1);
    int at = latin.indexOf(replaced);
    assertThat(at).isPositive();
    List<Byte> out = new ArrayList<>();
    for (int i = 0; i < at; i++) {
      out.add(b[i]);
    }
    for (int w : with) {
      out.add((byte) w);
    }
    for (int i = at + replaced.length(); i < b.length; i++) {
      out.add(b[i]);
    }
    byte[] r = new byte[out.size()];
    for (int i = 0; i < r.length; i++) {
      r[i] = out.get(i);
    }
    return r;
  }

  /** Byte array helpers. */
  private static final class Arrays {
    static byte[] concat(byte[] a, byte[] b) {
      byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
      System.arraycopy(b, 0, r, a.length, b.length);
      return r;
    }
  }
}
