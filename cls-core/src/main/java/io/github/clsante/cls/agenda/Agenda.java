package io.github.clsante.cls.agenda;

import io.github.clsante.cls.model.ActionSheet;
import io.github.clsante.cls.model.Amendment;
import io.github.clsante.cls.model.GovernanceBody;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.Meeting;
import io.github.clsante.cls.model.Organisation;
import io.github.clsante.cls.model.Person;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Finding;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What is still to do, and by when: the to-dos of one or more contracts' reports, ordered by due date (undated
 * ones last), each with its element's human name and a stable key. The report alone does not hold the contract,
 * hence {@link #of(ConformityReport, LocalHealthContract)}.
 *
 * <pre>{@code
 * ConformityReport report = referentiel.check(contract, asOf);
 * for (AgendaItem item : Agenda.of(report, contract).items()) {
 *   item.dueDate();        // e.g. 2027-06-30 for the activity report of 2026
 *   item.elementName();    // e.g. the fiche's title
 * }
 * }</pre>
 *
 * <p>A late thing is never on the agenda: once its due date has passed, the référentiel judges it and it is a
 * finding of the clause's severity, not a to-do. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Agenda {

  /** The order of items: due date (undated last), then contract, then the report's own order. */
  private static final Comparator<AgendaItem> ORDER = Comparator
      .comparing((AgendaItem i) -> i.dueDate().orElse(LocalDate.MAX))
      .thenComparing(AgendaItem::contractId)
      .thenComparing(AgendaItem::finding, ConformityReport.ORDER);

  private final LocalDate asOf;
  private final List<AgendaItem> items;

  private Agenda(LocalDate asOf, List<AgendaItem> items) {
    this.asOf = asOf;
    List<AgendaItem> sorted = new ArrayList<>(items);
    sorted.sort(ORDER);
    this.items = List.copyOf(sorted);
  }

  /**
   * The agenda of one contract.
   *
   * @param report the contract's report
   * @param contract the contract the report is about (its id must be the report's)
   * @return the to-dos of the report, by due date
   * @throws IllegalArgumentException when the report is about another contract
   * @throws NullPointerException when an argument is null
   */
  public static Agenda of(ConformityReport report, LocalHealthContract contract) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(contract, "contract");
    if (!report.contractId().equals(contract.id())) {
      throw new IllegalArgumentException("contract: the report is about " + report.contractId() + ", not "
          + contract.id());
    }
    Map<String, String> names = names(contract);
    List<AgendaItem> items = new ArrayList<>();
    for (Finding f : report.findings()) {
      if (f.isToDo()) {
        items.add(new AgendaItem(contract.id(), contract.name(), f,
            names.getOrDefault(f.elementId(), contract.name())));
      }
    }
    return new Agenda(report.asOf(), items);
  }

  /**
   * Several contracts' agendas as one (a délégation's portfolio), by due date.
   *
   * @param asOf the check date of every agenda
   * @param agendas the agendas, all at that check date; may be empty
   * @return their items together
   * @throws IllegalArgumentException when an agenda is at another check date
   * @throws NullPointerException when an argument is null or {@code agendas} holds null
   */
  public static Agenda combine(LocalDate asOf, Collection<Agenda> agendas) {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(agendas, "agendas");
    List<AgendaItem> all = new ArrayList<>();
    for (Agenda a : agendas) {
      Objects.requireNonNull(a, "agendas holds null");
      if (!asOf.equals(a.asOf)) {
        throw new IllegalArgumentException("agendas: an agenda is at " + a.asOf + ", not " + asOf);
      }
      all.addAll(a.items);
    }
    return new Agenda(asOf, all);
  }

  /** @return the check date */
  public LocalDate asOf() {
    return asOf;
  }

  /** @return every to-do: by due date, undated ones last */
  public List<AgendaItem> items() {
    return items;
  }

  /** @return the to-dos that have a due date, by due date */
  public List<AgendaItem> dated() {
    return items.stream().filter(i -> i.dueDate().isPresent()).toList();
  }

  /** @return the to-dos the référentiel gives no due date */
  public List<AgendaItem> undated() {
    return items.stream().filter(i -> i.dueDate().isEmpty()).toList();
  }

  /**
   * @param days a number of days, 0 or more
   * @return the dated to-dos due within that many days of the check date (the check date included)
   * @throws IllegalArgumentException when {@code days} is negative
   */
  public List<AgendaItem> dueWithin(int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days: must be 0 or more, was " + days);
    }
    return dated().stream().filter(i -> ChronoUnit.DAYS.between(asOf, i.dueDate().get()) <= days).toList();
  }

  /** @return the first due date, if any to-do has one */
  public Optional<LocalDate> nextDueDate() {
    return dated().stream().map(i -> i.dueDate().get()).findFirst();
  }

  /** @return whether there is nothing to do */
  public boolean isEmpty() {
    return items.isEmpty();
  }

  /** The human name of each element a finding may be about, by id, from the document. */
  private static Map<String, String> names(LocalHealthContract c) {
    Map<String, String> m = new HashMap<>();
    for (Organisation o : c.organisations()) {
      m.put(o.id(), o.name());
    }
    for (Person p : c.people()) {
      m.put(p.id(), p.name());
    }
    for (GovernanceBody b : c.governance().bodies()) {
      m.put(b.id(), b.name());
      for (Meeting mt : b.meetings()) {
        m.put(mt.id(), b.name() + " — " + mt.date());
      }
    }
    for (ActionSheet f : c.actionPlan().fiches()) {
      m.put(f.id(), f.title());
    }
    for (Amendment a : c.amendments()) {
      m.put(a.id(), a.subject().orElse(a.id()));
    }
    m.put(c.id(), c.name());
    return m;
  }
}
