package io.github.clsante.cls.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.cls.model.LocalHealthContract;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exact problem for each way a document can be bad. */
class BadInputTest {

  /** A readable document; each test breaks one line of it. */
  private static final String DOC = String.join("\n",
      "{",
      "  \"format\": \"cls/1\",",
      "  \"id\": \"cls-msm\",",
      "  \"name\": \"CLS du Mont-Saint-Michel\",",
      "  \"region\": \"Normandie\",",
      "  \"territory\": {",
      "    \"communes\": [\"50025\", \"50410\"]",
      "  },",
      "  \"organisations\": [",
      "    {\"id\": \"agglo\", \"name\": \"CA MSM\", \"kind\": \"COMMUNAUTE_D_AGGLOMERATION\", \"siren\": \"200066389\"},",
      "    {\"id\": \"ars\", \"name\": \"ARS Normandie\", \"kind\": \"ARS\"},",
      "    {\"id\": \"ch\", \"name\": \"CH de l'Estran\", \"kind\": \"HEALTH_ESTABLISHMENT\", \"finess\": \"500000112\"}",
      "  ],",
      "  \"signatories\": [",
      "    {\"organisationId\": \"agglo\", \"signedOn\": \"2023-07-04\"},",
      "    {\"organisationId\": \"ars\", \"signedOn\": \"2023-07-04\"}",
      "  ],",
      "  \"milestones\": {\"signature\": \"2023-07-04\", \"end\": \"2028-07-03\"},",
      "  \"governance\": {",
      "    \"bodies\": [",
      "      {\"id\": \"copil\", \"name\": \"COPIL\", \"kind\": \"COPIL\"}",
      "    ]",
      "  }",
      "}",
      "");

  private static List<DocumentProblem> problems(String json) {
    Validation<Seq<DocumentProblem>, LocalHealthContract> v = ClsJson.reader().validate(json);
    assertThat(v.isInvalid()).as("refused").isTrue();
    return v.getError().asJava();
  }

  private static String replace(String from, String to) {
    assertThat(DOC).contains(from);
    return DOC.replace(from, to);
  }

  @Test
  void theBaseDocumentIsReadable() {
    LocalHealthContract c = ClsJson.reader().read(DOC);
    assertThat(c.organisations()).hasSize(3);
  }

  @Test
  void syntaxError() {
    assertThat(problems(replace("\"name\": \"CLS du Mont-Saint-Michel\",", "\"name\": \"CLS du Mont-Saint-Michel\",,")))
        .containsExactly(new DocumentProblem("", 4, 38, "well-formed JSON",
            "Unexpected character (',' (code 44)): was expecting double-quote to start field name"));
  }

  @Test
  void truncatedFile() {
    String cut = DOC.substring(0, DOC.indexOf("\"kind\": \"ARS\""));
    assertThat(problems(cut)).containsExactly(new DocumentProblem("/organisations/1", 11, 44,
        "the rest of the document (the closing } of the object)", "the end of the input"));
    assertThat(problems(DOC.substring(0, DOC.indexOf("Normandie\",")))).containsExactly(new DocumentProblem(
        "/region", 5, 14, "the rest of the document (the closing \" of the string)", "the end of the input"));
  }

  @Test
  void wrongJsonType() {
    assertThat(problems(replace("\"name\": \"CLS du Mont-Saint-Michel\"", "\"name\": 42")))
        .containsExactly(new DocumentProblem("/name", 4, 11, "a string", "42"));
  }

  @Test
  void unknownEnumValueListsTheAllowedOnes() {
    List<DocumentProblem> p = problems(replace("\"kind\": \"COPIL\"", "\"kind\": \"COPILL\""));
    assertThat(p).containsExactly(new DocumentProblem("/governance/bodies/0/kind", 21, 48,
        "one of COPIL, COTECH, WORKING_GROUP, MERGED_COPIL_COTECH", "\"COPILL\""));
    assertThat(p.get(0)).hasToString("line 21, column 48, /governance/bodies/0/kind: expected one of COPIL, COTECH, "
        + "WORKING_GROUP, MERGED_COPIL_COTECH; found \"COPILL\"");
  }

  @Test
  void missingRequiredField() {
    assertThat(problems(replace("{\"id\": \"ars\", \"name\": \"ARS Normandie\", ", "{\"id\": \"ars\", ")))
        .containsExactly(new DocumentProblem("/organisations/1/name", 11, 5,
            "the required field \"name\" (string)", "no such field"));
  }

  @Test
  void unknownReference() {
    assertThat(problems(replace("{\"organisationId\": \"ars\"", "{\"organisationId\": \"cpam\"")))
        .containsExactly(new DocumentProblem("/signatories/1/organisationId", 16, 24,
            "the id of an organisation of the document", "\"cpam\""));
  }

  @Test
  void duplicateId() {
    assertThat(problems(replace("{\"id\": \"ch\"", "{\"id\": \"ars\"")))
        .containsExactly(new DocumentProblem("/organisations/2/id", 12, 12, "an id used once in the document",
            "\"ars\", already the id of /organisations/1"));
  }

  @Test
  void theContractsIdIsUniqueInTheDocumentToo() {
    assertThat(problems(replace("{\"id\": \"ch\"", "{\"id\": \"cls-msm\"")))
        .containsExactly(new DocumentProblem("/organisations/2/id", 12, 12, "an id used once in the document",
            "\"cls-msm\", already the id of the contract"));
  }

  @Test
  void malformedInsee() {
    assertThat(problems(replace("\"50410\"", "\"5041\""))).containsExactly(new DocumentProblem(
        "/territory/communes/1", 7, 27, "an INSEE commune code (5 characters, e.g. \"50025\" or \"2A004\")",
        "\"5041\""));
  }

  @Test
  void sirenWithABadCheckDigit() {
    assertThat(problems(replace("\"200066389\"", "\"200066388\""))).containsExactly(new DocumentProblem(
        "/organisations/0/siren", 10, 86,
        "a SIREN number (9 digits with a valid check digit, e.g. \"200066389\")", "\"200066388\""));
  }

  @Test
  void malformedFiness() {
    assertThat(problems(replace("\"500000112\"", "\"50000011\""))).containsExactly(new DocumentProblem(
        "/organisations/2/finess", 12, 86, "a FINESS number (9 characters, e.g. \"500000013\")", "\"50000011\""));
  }

  @Test
  void badDate() {
    assertThat(problems(replace("\"signature\": \"2023-07-04\"", "\"signature\": \"2023-02-30\"")))
        .containsExactly(new DocumentProblem("/milestones/signature", 18, 31, "a date YYYY-MM-DD (ISO 8601)",
            "\"2023-02-30\""));
  }

  @Test
  void yearOutOfBounds() {
    assertThat(problems(replace("\"end\": \"2028-07-03\"", "\"end\": \"2228-07-03\"")))
        .containsExactly(new DocumentProblem("/milestones/end", 18, 52, "a year from 1900 to 2200", "2228"));
  }

  @Test
  void unknownFieldWithDidYouMean() {
    assertThat(problems(replace("\"siren\": \"200066389\"", "\"sirne\": \"200066389\""))).containsExactly(
        new DocumentProblem("/organisations/0/sirne", 10, 77,
            "one of the fields id, name, kind, siren, finess, inseeCode", "\"sirne\" (did you mean \"siren\"?)"));
    assertThat(problems(replace("\"region\"", "\"colour\": \"blue\", \"region\""))).containsExactly(
        new DocumentProblem("/colour", 5, 3, "one of the fields format, id, name, region, territory, organisations, "
            + "people, signatories, milestones, previousContractId, amendments, coordination, governance, "
            + "diagnosis, actionPlan, followUp", "\"colour\""));
  }

  @Test
  void aPointerEscapesTildeAndSlashInNamesAndCountsArrayItemsFromZero() {
    // RFC 6901: "~" is written "~0" and "/" "~1" in a segment
    assertThat(problems(replace("\"siren\": \"200066389\"", "\"a/b~c\": 1"))).extracting(DocumentProblem::pointer)
        .containsExactly("/organisations/0/a~1b~0c");
    assertThat(problems(replace("\"communes\": [\"50025\", \"50410\"]", "\"communes\": [\"50025\", 50410]")))
        .extracting(DocumentProblem::pointer).containsExactly("/territory/communes/1");
    assertThat(problems(replace("{\"id\": \"ars\", \"name\": \"ARS Normandie\", \"kind\": \"ARS\"}",
        "{\"id\": \"ars\", \"name\": 2, \"kind\": \"ARS\"}"))).extracting(DocumentProblem::pointer)
        .containsExactly("/organisations/1/name");
  }

  @Test
  void tooDeepNesting() {
    String deep = "{\"format\": \"cls/1\", \"id\": " + "[".repeat(200) + "]".repeat(200) + "}";
    List<DocumentProblem> p = problems(deep);
    assertThat(p).hasSize(1);
    assertThat(p.get(0)).isEqualTo(new DocumentProblem("/id" + "/0".repeat(63), 1, 90,
        "at most 64 levels of nested objects and arrays", "a deeper nesting"));
  }

  @Test
  void tooLongString() {
    // 50 MB of 'a', produced lazily: never held in memory by the test
    long size = 50L * 1024 * 1024;
    InputStream huge = new InputStream() {
      long left = size;

      @Override
      public int read() {
        return left-- > 0 ? 'a' : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        java.util.Arrays.fill(b, off, off + n, (byte) 'a');
        left -= n;
        return n;
      }
    };
    InputStream doc = new SequenceInputStream(java.util.Collections.enumeration(List.of(
        new ByteArrayInputStream("{\"format\": \"cls/1\",\n \"id\": \"".getBytes(StandardCharsets.UTF_8)), huge,
        new ByteArrayInputStream("\"}".getBytes(StandardCharsets.UTF_8)))));
    Validation<Seq<DocumentProblem>, LocalHealthContract> v = ClsJson.reader().validate(doc);
    assertThat(v.getError().asJava()).containsExactly(new DocumentProblem("/id", 2, 8,
        "a string of at most 1000000 characters", "a longer string"));
  }

  @Test
  void everyStructuralProblemInOnePass() {
    String bad = DOC.replace("\"name\": \"CLS du Mont-Saint-Michel\"", "\"name\": true")
        .replace("\"kind\": \"ARS\"", "\"kind\": \"AGENCE\"")
        .replace("\"2028-07-03\"", "\"03/07/2028\"")
        .replace("\"50410\"", "\"ABCDE\"")
        .replace("\"format\": \"cls/1\"", "\"format\": \"cls/2\"")
        .replace("\"id\": \"copil\", ", "");
    assertThat(problems(bad)).extracting(DocumentProblem::pointer).containsExactly("/format", "/name",
        "/territory/communes/1", "/organisations/1/kind", "/milestones/end", "/governance/bodies/0/id");
  }

  @Test
  void readThrowsADocumentExceptionWithTheProblems() {
    assertThatThrownBy(() -> ClsJson.reader().read(replace("\"name\": \"CLS du Mont-Saint-Michel\"", "\"name\": 42")))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("line 4, column 11, /name: expected a string; found 42")
        .satisfies(e -> assertThat(((DocumentException) e).problems()).hasSize(1));
  }

  @Test
  void otherInputs() {
    assertThat(ClsJson.reader().validate("").getError().asJava()).containsExactly(
        new DocumentProblem("", 1, 1, "a JSON object (a cls/1 document)", "an empty document"));
    assertThat(ClsJson.reader().validate("[1]").getError().asJava()).containsExactly(
        new DocumentProblem("", 1, 1, "a JSON object (a cls/1 document)", "an array"));
    assertThat(ClsJson.reader().validate(DOC + "{}").getError().asJava()).containsExactly(
        new DocumentProblem("", 25, 1, "the end of the document after the root object", "more content"));
    assertThat(ClsJson.reader().validate(replace("\"id\": \"agglo\"", "\"id\": \"agglo\", \"id\": \"x\""))
        .getError().asJava()).extracting(DocumentProblem::pointer).containsExactly("/organisations/0/id");
    assertThat(ClsJson.reader().validate(new ByteArrayInputStream(new byte[] {'{', '"', (byte) 0xC3, '"', '}'}))
        .getError().asJava()).containsExactly(new DocumentProblem("", 1, 3, "a UTF-8 document",
            "bytes that are not UTF-8 (C3)"));
    assertThat(ClsJson.reader().validate(Path.of("no/such/file.json")).getError().asJava())
        .extracting(DocumentProblem::expected).containsExactly("a readable file");
    byte[] bom = ("\uFEFF" + DOC).getBytes(StandardCharsets.UTF_8);
    assertThat(ClsJson.reader().validate(new ByteArrayInputStream(bom)).isValid()).isTrue();
    assertThat(ClsJson.reader().validate(replace("\"id\": \"copil\"", "\"id\": \" \"")).getError().asJava())
        .containsExactly(new DocumentProblem("/governance/bodies/0/id", 21, 14, "a non-blank id", "\" \""));
    assertThat(ClsJson.reader().validate(replace("\"siren\": \"200066389\"", "\"siren\": null")).getError()
        .asJava()).containsExactly(new DocumentProblem("/organisations/0/siren", 10, 86,
            "a SIREN number (9 digits with a valid check digit, e.g. \"200066389\")", "null"));
  }
}
