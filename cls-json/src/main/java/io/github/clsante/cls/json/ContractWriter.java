package io.github.clsante.cls.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.portfolio.PortfolioReport;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.report.Severity;
import io.github.clsante.cls.report.Source;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Writes contracts as cls/1 JSON documents, conformity reports as cls-report/1 JSON, and checked portfolios as
 * cls-portfolio/1 JSON.
 *
 * <p>The output is canonical: {@code "format"} first, then the fields in the model's declaration order; empty
 * optionals, empty lists and sets, and values equal to the model's default are left out; sets are written in
 * their enum's declaration order; dates are ISO-8601, enums their constant names, amounts exact JSON numbers.
 * Reading what was written gives an equal contract, and writing what was read is stable. Text is UTF-8, indented
 * by two spaces, lines end with {@code \n}, and the document ends with a newline.
 *
 * <p>Immutable and thread-safe: share one instance, e.g. {@link ClsJson#writer()}.
 */
public final class ContractWriter {

  private final JsonFactory factory;
  private final DefaultPrettyPrinter printer;

  ContractWriter() {
    this.factory = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    DefaultIndenter lf = new DefaultIndenter("  ", "\n");
    this.printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(lf)
        .withArrayIndenter(lf);
  }

  /**
   * @param contract a contract
   * @return its canonical cls/1 JSON text
   */
  public String write(LocalHealthContract contract) {
    Objects.requireNonNull(contract, "contract");
    StringWriter w = new StringWriter();
    write(contract, w);
    return w.toString();
  }

  /**
   * Writes a contract to a file, replacing it if it exists.
   *
   * @param contract a contract
   * @param target the file to write (UTF-8)
   * @throws UncheckedIOException when the file cannot be written
   */
  public void write(LocalHealthContract contract, Path target) {
    Objects.requireNonNull(contract, "contract");
    try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      write(contract, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a contract as UTF-8 to a stream, flushed and left open.
   *
   * @param contract a contract
   * @param out the stream
   * @throws UncheckedIOException when the stream cannot be written
   */
  public void write(LocalHealthContract contract, OutputStream out) {
    Objects.requireNonNull(contract, "contract");
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    write(contract, w);
    try {
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(LocalHealthContract contract, Writer w) {
    try (JsonGenerator g = factory.createGenerator(w)) {
      g.setPrettyPrinter(printer.createInstance());
      writeContract(g, contract);
      g.flush();
      w.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param report a conformity report
   * @param locale the language of the findings' messages (French and English are shipped)
   * @return the report as cls-report/1 JSON text
   */
  public String writeReport(ConformityReport report, Locale locale) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(locale, "locale");
    StringWriter w = new StringWriter();
    try (JsonGenerator g = factory.createGenerator(w)) {
      g.setPrettyPrinter(printer.createInstance());
      writeReport(g, report, locale);
      g.flush();
      w.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /**
   * @param portfolio a checked portfolio
   * @param locale the language of the findings' messages (French and English are shipped)
   * @return the portfolio as cls-portfolio/1 JSON text: totals, duplicate ids, and per contract its
   *     cls-report/1 report or why it could not be read or checked
   */
  public String writePortfolio(PortfolioReport portfolio, Locale locale) {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(locale, "locale");
    StringWriter w = new StringWriter();
    try (JsonGenerator g = factory.createGenerator(w)) {
      g.setPrettyPrinter(printer.createInstance());
      PortfolioJson.write(g, portfolio, locale);
      g.flush();
      w.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  static void writeContract(JsonGenerator g, LocalHealthContract c) throws IOException {
    Model.CONTRACT.write(g, c, new String[] {"format", Model.FORMAT});
  }

  static void writeReport(JsonGenerator g, ConformityReport r, Locale locale) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", ClsJson.REPORT_FORMAT);
    g.writeStringField("referentiel", r.referentielId());
    g.writeStringField("contractId", r.contractId());
    g.writeStringField("asOf", r.asOf().toString());
    g.writeStringField("phase", r.phase().name());
    g.writeBooleanField("conforming", r.isConforming());
    g.writeObjectFieldStart("counts");
    for (Map.Entry<Severity, Long> e : r.counts().entrySet()) {
      g.writeNumberField(e.getKey().name(), e.getValue());
    }
    g.writeEndObject();
    g.writeArrayFieldStart("findings");
    for (Finding f : r.findings()) {
      g.writeStartObject();
      g.writeStringField("ruleId", f.ruleId());
      g.writeStringField("severity", f.severity().name());
      g.writeBooleanField("toDo", f.isToDo());
      g.writeStringField("elementId", f.elementId());
      g.writeStringField("path", f.path());
      if (f.year().isPresent()) {
        g.writeNumberField("year", f.year().get());
      }
      g.writeFieldName("arguments");
      any(g, f.arguments());
      g.writeStringField("message", f.message(locale));
      g.writeArrayFieldStart("sources");
      for (Source s : f.sources()) {
        g.writeStartObject();
        g.writeStringField("document", s.document());
        g.writeStringField("title", s.title());
        g.writeStringField("quote", s.quote());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeStringField("pack", f.pack());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void any(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof Boolean) {
      g.writeBoolean((Boolean) v);
    } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      g.writeNumber(((Number) v).longValue());
    } else if (v instanceof BigDecimal) {
      g.writeNumber((BigDecimal) v);
    } else if (v instanceof BigInteger) {
      g.writeNumber((BigInteger) v);
    } else if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (Double.isFinite(d)) {
        g.writeNumber(d);
      } else {
        g.writeString(String.valueOf(d));
      }
    } else if (v instanceof Map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        any(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof Collection) {
      g.writeStartArray();
      for (Object o : (Collection<?>) v) {
        any(g, o);
      }
      g.writeEndArray();
    } else if (v instanceof Enum) {
      g.writeString(((Enum<?>) v).name());
    } else {
      g.writeString(v.toString());
    }
  }
}
