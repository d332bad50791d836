package io.github.clsante.cls.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.clsante.cls.agenda.Agenda;
import io.github.clsante.cls.agenda.AgendaItem;
import io.github.clsante.cls.internal.Printable;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.referentiel.Referentiel;
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
 * Writes contracts as cls/1 JSON documents, conformity reports as cls-report/1 JSON, agendas as cls-agenda/1
 * JSON, checked portfolios as cls-portfolio/1 JSON and their agendas as cls-portfolio-agenda/1 JSON.
 *
 * <p>The output is canonical: {@code "format"} first, then the fields in the model's declaration order; empty
 * optionals, empty lists and sets, and values equal to the model's default are left out; sets are written in
 * their enum's declaration order; dates are ISO-8601, enums their constant names, amounts exact JSON numbers.
 * Reading what was written gives an equal contract, and writing what was read is stable. Text is UTF-8, indented
 * by two spaces, lines end with {@code \n}, and the document ends with a newline.
 *
 * <p>A contract built in code whose text holds a lone surrogate (half of a UTF-16 pair: no UTF-8 document can
 * hold it, and the reader refuses it) is refused with an {@link IllegalArgumentException} naming its pointer,
 * before anything is written; a contract read from a document never holds one. A report escapes, besides what
 * JSON requires, every control or invisible character (DEL, C1 controls, bidirectional marks…), so that printing
 * it on a terminal is safe.
 *
 * <p>Immutable and thread-safe: share one instance, e.g. {@link ClsJson#writer()}.
 *
 * @since 0.1.0
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
   * @throws IllegalArgumentException when a text of the contract holds a lone surrogate
   */
  public String write(LocalHealthContract contract) {
    requireWritable(contract);
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
   * @throws IllegalArgumentException when a text of the contract holds a lone surrogate (the file is untouched)
   */
  public void write(LocalHealthContract contract, Path target) {
    requireWritable(contract);
    Objects.requireNonNull(target, "target");
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
   * @throws IllegalArgumentException when a text of the contract holds a lone surrogate (nothing is written)
   */
  public void write(LocalHealthContract contract, OutputStream out) {
    requireWritable(contract);
    Objects.requireNonNull(out, "out");
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    write(contract, w);
    try {
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param contract a contract
   * @throws NullPointerException when it is null
   * @throws IllegalArgumentException naming the first text that holds a lone surrogate
   */
  static void requireWritable(LocalHealthContract contract) {
    Objects.requireNonNull(contract, "contract");
    String at = Model.CONTRACT.loneSurrogate(contract, Pointer.ROOT);
    if (at != null) {
      throw new IllegalArgumentException(unwritable(at));
    }
  }

  static String unwritable(String at) {
    return "contract: the text at " + at + " holds a lone surrogate, which no UTF-8 document can hold; "
        + "a contract read from a document never does";
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
   * Writes a report without the référentiel's version (prefer {@link #writeReport(ConformityReport, Referentiel,
   * Locale)}, which records it).
   *
   * @param report a conformity report
   * @param locale the language of the findings' messages (French and English are shipped)
   * @return the report as cls-report/1 JSON text
   */
  public String writeReport(ConformityReport report, Locale locale) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(locale, "locale");
    return text(g -> writeReport(g, report, null, locale));
  }

  /**
   * Writes a report with its provenance: the version of cls and the id and version of the référentiel it was
   * checked against.
   *
   * @param report a conformity report
   * @param referentiel the référentiel that made it
   * @param locale the language of the findings' messages (French and English are shipped)
   * @return the report as cls-report/1 JSON text
   * @throws IllegalArgumentException when the report was made by another référentiel (another id)
   */
  public String writeReport(ConformityReport report, Referentiel referentiel, Locale locale) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(referentiel, "referentiel");
    Objects.requireNonNull(locale, "locale");
    if (!report.referentielId().equals(referentiel.id())) {
      throw new IllegalArgumentException("referentiel: the report was made by " + report.referentielId()
          + ", not " + referentiel.id());
    }
    return text(g -> writeReport(g, report, referentiel.version(), locale));
  }

  /**
   * Writes the agenda of one contract: what is still to do and by when, with the provenance of the check.
   *
   * @param agenda the contract's agenda, e.g. {@code Agenda.of(report, contract)}
   * @param contract the contract
   * @param referentiel the référentiel the contract was checked against
   * @param locale the language of the messages (French and English are shipped)
   * @return the agenda as cls-agenda/1 JSON text
   * @throws IllegalArgumentException when an item of the agenda is about another contract
   */
  public String writeAgenda(Agenda agenda, LocalHealthContract contract, Referentiel referentiel, Locale locale) {
    Objects.requireNonNull(agenda, "agenda");
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(referentiel, "referentiel");
    Objects.requireNonNull(locale, "locale");
    for (AgendaItem i : agenda.items()) {
      if (!i.contractId().equals(contract.id())) {
        throw new IllegalArgumentException("agenda: an item is about " + i.contractId() + ", not " + contract.id());
      }
    }
    return text(g -> writeAgenda(g, agenda, contract, referentiel, locale));
  }

  /** Something written with a generator. */
  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private String text(Body body) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = factory.createGenerator(w)) {
      g.setPrettyPrinter(printer.createInstance());
      g.setCharacterEscapes(UNPRINTABLES);
      body.write(g);
      g.flush();
      w.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** JSON's escapes, plus DEL and every control or invisible character beyond ASCII ({@link Printable}). */
  private static final CharacterEscapes UNPRINTABLES = new CharacterEscapes() {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = ascii();

    private int[] ascii() {
      int[] a = CharacterEscapes.standardAsciiEscapesForJSON();
      a[0x7f] = CharacterEscapes.ESCAPE_STANDARD;
      return a;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (Character.isSurrogate((char) ch) || !Printable.needsEscaping(String.valueOf((char) ch))) {
        return null; // a surrogate is judged with its pair, which this one character does not show
      }
      return new SerializedString(String.format(Locale.ROOT, "\\u%04X", ch));
    }
  };

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
      g.setCharacterEscapes(UNPRINTABLES);
      PortfolioJson.write(g, portfolio, locale);
      g.flush();
      w.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /**
   * Writes the agenda of a checked portfolio: every checked contract's to-dos together, by due date (undated ones
   * last), each naming the contract it is about, with the documents that could not be read or checked.
   *
   * @param portfolio a checked portfolio
   * @param locale the language of the messages (French and English are shipped)
   * @return the agenda as cls-portfolio-agenda/1 JSON text; every item's {@code key} is unique in it (the to-do's
   *     stable key, followed by {@code ~2}, {@code ~3}… in a second, third document holding the same contract id)
   * @throws NullPointerException when an argument is null
   */
  public String writePortfolioAgenda(PortfolioReport portfolio, Locale locale) {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(locale, "locale");
    return text(g -> PortfolioAgendaJson.write(g, portfolio, locale));
  }

  static void writeContract(JsonGenerator g, LocalHealthContract c) throws IOException {
    Model.CONTRACT.write(g, c, new String[] {"format", Model.FORMAT});
  }

  /**
   * Writes a report; the référentiel's version is the one given, else the report's own, and is left out when
   * neither is known.
   */
  static void writeReport(JsonGenerator g, ConformityReport r, String knownVersion, Locale locale)
      throws IOException {
    String referentielVersion = knownVersion != null ? knownVersion : r.referentielVersion().orElse(null);
    g.writeStartObject();
    g.writeStringField("format", ClsJson.REPORT_FORMAT);
    g.writeStringField("clsVersion", ClsJson.version());
    g.writeStringField("referentiel", r.referentielId());
    if (referentielVersion != null) {
      g.writeStringField("referentielVersion", referentielVersion);
    }
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
      if (f.dueDate().isPresent()) {
        g.writeStringField("dueDate", f.dueDate().get().toString());
      }
      g.writeFieldName("arguments");
      any(g, f.arguments());
      g.writeStringField("message", f.message(locale));
      sources(g, f);
      g.writeStringField("pack", f.pack());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeAgenda(JsonGenerator g, Agenda agenda, LocalHealthContract contract,
      Referentiel referentiel, Locale locale) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", ClsJson.AGENDA_FORMAT);
    g.writeStringField("clsVersion", ClsJson.version());
    g.writeStringField("referentiel", referentiel.id());
    g.writeStringField("referentielVersion", referentiel.version());
    g.writeStringField("contractId", contract.id());
    g.writeStringField("contractName", contract.name());
    g.writeStringField("asOf", agenda.asOf().toString());
    g.writeArrayFieldStart("items");
    for (AgendaItem i : agenda.items()) {
      g.writeStartObject();
      agendaItemFields(g, i, i.key(), locale);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }


  /**
   * Writes an agenda item's fields, from its key to its sources, as {@code cls-agenda/1} and
   * {@code cls-portfolio-agenda/1} both hold them.
   */
  static void agendaItemFields(JsonGenerator g, AgendaItem i, String key, Locale locale) throws IOException {
    Finding f = i.finding();
    g.writeStringField("key", key);
    g.writeStringField("contractId", i.contractId());
    g.writeStringField("ruleId", f.ruleId());
    g.writeStringField("elementId", f.elementId());
    g.writeStringField("elementName", i.elementName());
    g.writeStringField("path", f.path());
    if (f.year().isPresent()) {
      g.writeNumberField("year", f.year().get());
    }
    if (f.dueDate().isPresent()) {
      g.writeStringField("dueDate", f.dueDate().get().toString());
    }
    g.writeStringField("message", f.message(locale));
    sources(g, f);
  }

  static void sources(JsonGenerator g, Finding f) throws IOException {
    g.writeArrayFieldStart("sources");
    for (Source s : f.sources()) {
      g.writeStartObject();
      g.writeStringField("document", s.document());
      g.writeStringField("title", s.title());
      g.writeStringField("quote", s.quote());
      g.writeEndObject();
    }
    g.writeEndArray();
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
