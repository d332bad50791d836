package io.github.clsante.cls.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.clsante.cls.agenda.AgendaItem;
import io.github.clsante.cls.portfolio.PortfolioEntry;
import io.github.clsante.cls.portfolio.PortfolioReport;
import io.github.clsante.cls.report.ConformityReport;
import java.io.IOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the agenda of a {@link PortfolioReport} as a cls-portfolio-agenda/1 document: the check date, the checked
 * contracts (input index, source, id, name, référentiel and its version, number of to-dos), the documents that
 * could not be read or checked (index and source; cls-portfolio/1 says why), then every to-do in the portfolio's
 * agenda order — due date, undated ones last, then contract id, then the report's order, a contract id held by
 * two documents in input order — each naming its contract by index. Keys are unique: the to-do's key, then
 * {@code ~2}, {@code ~3}… for its later occurrences, as the iCalendar UIDs of {@code cls agenda --format ics}.
 * Internal; stateless.
 */
final class PortfolioAgendaJson {

  private PortfolioAgendaJson() {}

  static void write(JsonGenerator g, PortfolioReport p, Locale locale) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", ClsJson.PORTFOLIO_AGENDA_FORMAT);
    g.writeStringField("clsVersion", ClsJson.version());
    g.writeStringField("asOf", p.asOf().toString());
    Map<AgendaItem, Integer> entryOf = new IdentityHashMap<>();
    g.writeArrayFieldStart("contracts");
    for (PortfolioEntry e : p.entries()) {
      if (e.report().isEmpty()) {
        continue;
      }
      ConformityReport r = e.report().get();
      int toDos = 0;
      if (e.agenda().isPresent()) {
        for (AgendaItem i : e.agenda().get().items()) {
          entryOf.put(i, e.index());
          toDos++;
        }
      }
      g.writeStartObject();
      g.writeNumberField("index", e.index());
      g.writeStringField("source", e.source());
      g.writeStringField("contractId", r.contractId());
      g.writeStringField("contractName", e.contractName().orElse(r.contractId()));
      g.writeStringField("referentiel", r.referentielId());
      if (r.referentielVersion().isPresent()) {
        g.writeStringField("referentielVersion", r.referentielVersion().get());
      }
      g.writeNumberField("toDos", toDos);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("failed");
    for (PortfolioEntry e : p.failures()) {
      g.writeStartObject();
      g.writeNumberField("index", e.index());
      g.writeStringField("source", e.source());
      g.writeEndObject();
    }
    g.writeEndArray();
    Map<String, Integer> occurrences = new HashMap<>();
    g.writeArrayFieldStart("items");
    for (AgendaItem i : p.agenda().items()) {
      int n = occurrences.merge(i.key(), 1, Integer::sum);
      g.writeStartObject();
      Integer index = entryOf.get(i);
      if (index != null) {
        g.writeNumberField("contract", index);
      }
      ContractWriter.agendaItemFields(g, i, n == 1 ? i.key() : i.key() + "~" + n, locale);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
