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

  /** The value of the {@code "format"} field of a portfolio document ({@link ContractWriter#writePortfolio}). */
  public static final String PORTFOLIO_FORMAT = "cls-portfolio/1";

  /** Class-path resource of the JSON Schema (draft 2020-12) of cls-portfolio/1 documents. */
  public static final String PORTFOLIO_SCHEMA_RESOURCE = "io/github/clsante/cls/json/cls-portfolio-1.schema.json";

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

  /**
   * @return the JSON Schema (draft 2020-12) of cls-portfolio/1 documents, the text of
   *     {@link #PORTFOLIO_SCHEMA_RESOURCE}
   */
  public static String portfolioSchema() {
    return PortfolioSchemaHolder.TEXT;
  }

  private static final class PortfolioSchemaHolder {
    static final String TEXT = SchemaHolder.load(PORTFOLIO_SCHEMA_RESOURCE);
  }

  private static final class SchemaHolder {
    static final String TEXT = load(SCHEMA_RESOURCE);

    private static String load(String resource) {
      try (InputStream in = ClsJson.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + resource);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
