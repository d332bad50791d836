package io.github.clsante.cls.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Entry point of the cls JSON format: the shared {@link ContractReader} and {@link ContractWriter}, the JSON
 * Schema of cls/1 documents, and the Jackson module. Stateless and thread-safe.
 *
 * <pre>{@code
 * LocalHealthContract c = ClsJson.reader().read(Path.of("cls.json"));
 * String json = ClsJson.writer().write(c);
 * }</pre>
 */
public final class ClsJson {

  /** The value of the {@code "format"} field of a contract document. */
  public static final String FORMAT = Model.FORMAT;

  /** The value of the {@code "format"} field of a report document. */
  public static final String REPORT_FORMAT = "cls-report/1";

  /** Class-path resource of the JSON Schema (draft 2020-12) of cls/1 contract documents. */
  public static final String SCHEMA_RESOURCE = "io/github/clsante/cls/json/cls-1.schema.json";

  private static final ContractReader READER = new ContractReader();
  private static final ContractWriter WRITER = new ContractWriter();

  private ClsJson() {}

  /** @return the shared reader (immutable, thread-safe) */
  public static ContractReader reader() {
    return READER;
  }

  /** @return the shared writer (immutable, thread-safe) */
  public static ContractWriter writer() {
    return WRITER;
  }

  /** @return a new Jackson module for {@code ObjectMapper.registerModule} */
  public static ClsJacksonModule module() {
    return new ClsJacksonModule();
  }

  /**
   * @return the JSON Schema (draft 2020-12) of cls/1 contract documents, the text of {@link #SCHEMA_RESOURCE}
   */
  public static String schema() {
    return SchemaHolder.TEXT;
  }

  private static final class SchemaHolder {
    static final String TEXT = load();

    private static String load() {
      try (InputStream in = ClsJson.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
