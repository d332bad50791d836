package io.github.clsante.cls.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Entry point of the cls JSON format: the shared {@link ContractReader} and {@link ContractWriter}, the JSON
 * Schemas of cls/1 documents, cls-report/1 reports, cls-agenda/1 agendas, cls-portfolio/1 portfolios and
 * cls-portfolio-agenda/1 portfolio agendas, the version of cls, and the Jackson module. Stateless and thread-safe.
 *
 * <pre>{@code
 * LocalHealthContract c = ClsJson.reader().read(Path.of("cls.json"));
 * String json = ClsJson.writer().write(c);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ClsJson {

  /** The value of the {@code "format"} field of a contract document. */
  public static final String FORMAT = Model.FORMAT;

  /** The value of the {@code "format"} field of a report document. */
  public static final String REPORT_FORMAT = "cls-report/1";

  /** The value of the {@code "format"} field of an agenda document. */
  public static final String AGENDA_FORMAT = "cls-agenda/1";

  /** Class-path resource of the JSON Schema (draft 2020-12) of cls/1 contract documents. */
  public static final String SCHEMA_RESOURCE = "io/github/clsante/cls/json/cls-1.schema.json";

  /** Class-path resource of the JSON Schema (draft 2020-12) of cls-report/1 report documents. */
  public static final String REPORT_SCHEMA_RESOURCE = "io/github/clsante/cls/json/cls-report-1.schema.json";

  /** Class-path resource of the JSON Schema (draft 2020-12) of cls-agenda/1 agenda documents. */
  public static final String AGENDA_SCHEMA_RESOURCE = "io/github/clsante/cls/json/cls-agenda-1.schema.json";

  /** Class-path resource the build writes the version of cls into. */
  private static final String VERSION_RESOURCE = "io/github/clsante/cls/json/cls-json.properties";
  /** The value of the {@code "format"} field of a portfolio document ({@link ContractWriter#writePortfolio}). */
  public static final String PORTFOLIO_FORMAT = "cls-portfolio/1";

  /** Class-path resource of the JSON Schema (draft 2020-12) of cls-portfolio/1 documents. */
  public static final String PORTFOLIO_SCHEMA_RESOURCE = "io/github/clsante/cls/json/cls-portfolio-1.schema.json";

  /**
   * The value of the {@code "format"} field of a portfolio's agenda ({@link ContractWriter#writePortfolioAgenda}).
   */
  public static final String PORTFOLIO_AGENDA_FORMAT = "cls-portfolio-agenda/1";

  /** Class-path resource of the JSON Schema (draft 2020-12) of cls-portfolio-agenda/1 documents. */
  public static final String PORTFOLIO_AGENDA_SCHEMA_RESOURCE =
      "io/github/clsante/cls/json/cls-portfolio-agenda-1.schema.json";

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

  /**
   * @return the JSON Schema (draft 2020-12) of cls-portfolio-agenda/1 documents, the text of
   *     {@link #PORTFOLIO_AGENDA_SCHEMA_RESOURCE}
   */
  public static String portfolioAgendaSchema() {
    return PortfolioAgendaSchemaHolder.TEXT;
  }

  private static final class PortfolioAgendaSchemaHolder {
    static final String TEXT = text(PORTFOLIO_AGENDA_SCHEMA_RESOURCE);
  }

  private static final class PortfolioSchemaHolder {
    static final String TEXT = text(PORTFOLIO_SCHEMA_RESOURCE);
  }

  /**
   * @return the JSON Schema (draft 2020-12) of cls-report/1 reports, the text of {@link #REPORT_SCHEMA_RESOURCE}
   */
  public static String reportSchema() {
    return ReportSchemaHolder.TEXT;
  }

  /**
   * @return the JSON Schema (draft 2020-12) of cls-agenda/1 agendas, the text of {@link #AGENDA_SCHEMA_RESOURCE}
   */
  public static String agendaSchema() {
    return AgendaSchemaHolder.TEXT;
  }

  /**
   * The version of cls that writes reports and agendas (their {@code clsVersion}), as the build wrote it into
   * the cls-json jar; read once.
   *
   * @return the version, e.g. "0.1.0-SNAPSHOT", or "unknown" when the build left no trace (classes run from
   *     sources without Maven's resource filtering)
   */
  public static String version() {
    return VersionHolder.VALUE;
  }

  /*
   * Resources are read through this class, i.e. its module: on the module path a class loader does not find the
   * resources of a named module's package that is not open, and this one is not.
   */
  private static String text(String resource) {
    try (InputStream in = ClsJson.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class SchemaHolder {
    static final String TEXT = text(SCHEMA_RESOURCE);
  }

  private static final class ReportSchemaHolder {
    static final String TEXT = text(REPORT_SCHEMA_RESOURCE);
  }

  private static final class AgendaSchemaHolder {
    static final String TEXT = text(AGENDA_SCHEMA_RESOURCE);
  }

  private static final class VersionHolder {
    static final String VALUE = load();

    private static String load() {
      Properties p = new Properties();
      try (InputStream in = ClsJson.class.getResourceAsStream("/" + VERSION_RESOURCE)) {
        if (in == null) {
          return "unknown";
        }
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        return "unknown";
      }
      String v = p.getProperty("version", "").strip();
      return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
    }
  }
}
