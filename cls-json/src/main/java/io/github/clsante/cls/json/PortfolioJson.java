package io.github.clsante.cls.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.clsante.cls.calendar.Phase;
import io.github.clsante.cls.portfolio.PortfolioEntry;
import io.github.clsante.cls.portfolio.PortfolioReport;
import io.github.clsante.cls.report.Severity;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link PortfolioReport} as a cls-portfolio/1 document: the check date, the totals, the contract ids
 * held more than once, then one entry per contract in input order, each with its cls-report/1 report or why it
 * could not be read (the {@link DocumentProblem}s of a {@link DocumentException}) or checked (the error's
 * message). Internal; stateless.
 */
final class PortfolioJson {

  private PortfolioJson() {}

  static void write(JsonGenerator g, PortfolioReport p, Locale locale) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", ClsJson.PORTFOLIO_FORMAT);
    g.writeStringField("asOf", p.asOf().toString());
    totals(g, p);
    g.writeArrayFieldStart("duplicateContractIds");
    for (Map.Entry<String, List<Integer>> d : p.duplicateContractIds().entrySet()) {
      g.writeStartObject();
      g.writeStringField("contractId", d.getKey());
      g.writeArrayFieldStart("indexes");
      for (int i : d.getValue()) {
        g.writeNumber(i);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("sources");
      for (int i : d.getValue()) {
        g.writeString(p.entries().get(i).source());
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("contracts");
    for (PortfolioEntry e : p.entries()) {
      entry(g, e, locale);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void totals(JsonGenerator g, PortfolioReport p) throws IOException {
    g.writeObjectFieldStart("totals");
    g.writeNumberField("contracts", p.entries().size());
    g.writeNumberField("checked", p.entries().size() - p.failures().size());
    g.writeNumberField("conforming", p.conforming());
    g.writeNumberField("notConforming", p.notConforming());
    g.writeNumberField("failed", p.failures().size());
    g.writeObjectFieldStart("findings");
    for (Map.Entry<Severity, Long> e : p.counts().entrySet()) {
      g.writeNumberField(e.getKey().name(), e.getValue());
    }
    g.writeEndObject();
    g.writeNumberField("toDos", p.agenda().items().size());
    g.writeObjectFieldStart("phases");
    for (Map.Entry<Phase, Long> e : p.phases().entrySet()) {
      g.writeNumberField(e.getKey().name(), e.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void entry(JsonGenerator g, PortfolioEntry e, Locale locale) throws IOException {
    g.writeStartObject();
    g.writeNumberField("index", e.index());
    g.writeStringField("source", e.source());
    if (e.contractId().isPresent()) {
      g.writeStringField("contractId", e.contractId().get());
    }
    if (e.contractName().isPresent()) {
      g.writeStringField("contractName", e.contractName().get());
    }
    if (e.region().isPresent()) {
      g.writeStringField("region", e.region().get());
    }
    if (e.report().isPresent()) {
      java.util.Optional<LocalDate> next = e.agenda().flatMap(a -> a.nextDueDate());
      if (next.isPresent()) {
        g.writeStringField("nextDueDate", next.get().toString());
      }
      g.writeFieldName("report");
      ContractWriter.writeReport(g, e.report().get(), null, locale);
    } else {
      Throwable t = e.failure().orElseThrow();
      g.writeObjectFieldStart("failure");
      if (t instanceof DocumentException d) {
        g.writeArrayFieldStart("problems");
        for (DocumentProblem pr : d.problems()) {
          problem(g, pr);
        }
        g.writeEndArray();
      } else {
        g.writeStringField("error", t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void problem(JsonGenerator g, DocumentProblem p) throws IOException {
    g.writeStartObject();
    g.writeStringField("pointer", p.pointer());
    if (p.line() >= 1) {
      g.writeNumberField("line", p.line());
    }
    if (p.column() >= 1) {
      g.writeNumberField("column", p.column());
    }
    g.writeStringField("expected", p.expected());
    g.writeStringField("found", p.found());
    g.writeEndObject();
  }
}
