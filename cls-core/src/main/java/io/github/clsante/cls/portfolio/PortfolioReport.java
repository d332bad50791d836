package io.github.clsante.cls.portfolio;

import io.github.clsante.cls.agenda.Agenda;
import io.github.clsante.cls.calendar.Phase;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A portfolio checked at one date: one entry per contract in input order, the totals (findings per severity,
 * contracts per phase, conforming or not, failed), the contract ids found more than once, and the portfolio's
 * agenda (every contract's to-dos, by due date). Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PortfolioReport {

  private final LocalDate asOf;
  private final List<PortfolioEntry> entries;
  private final Agenda agenda;
  private final Map<String, List<Integer>> duplicateContractIds;

  /**
   * @param asOf the check date
   * @param entries the entries, in input order
   * @throws NullPointerException when an argument is null
   */
  public PortfolioReport(LocalDate asOf, List<PortfolioEntry> entries) {
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
    List<Agenda> agendas = new ArrayList<>();
    this.entries.forEach(e -> e.agenda().ifPresent(agendas::add));
    this.agenda = Agenda.combine(asOf, agendas);
    this.duplicateContractIds = duplicates(this.entries);
  }

  /** @return the check date */
  public LocalDate asOf() {
    return asOf;
  }

  /** @return every contract's entry, in input order */
  public List<PortfolioEntry> entries() {
    return entries;
  }

  /** @return the reports of the contracts that could be checked, in input order */
  public List<ConformityReport> reports() {
    return entries.stream().flatMap(e -> e.report().stream()).toList();
  }

  /** @return the entries of the contracts that could not be read or checked, in input order */
  public List<PortfolioEntry> failures() {
    return entries.stream().filter(e -> !e.isChecked()).toList();
  }

  /** @return how many contracts were checked and have no {@code ERROR} */
  public long conforming() {
    return entries.stream().filter(PortfolioEntry::isConforming).count();
  }

  /** @return how many contracts were checked and have at least one {@code ERROR} */
  public long notConforming() {
    return entries.stream().filter(e -> e.isChecked() && !e.isConforming()).count();
  }

  /** @return whether every contract was checked and none has an {@code ERROR} */
  public boolean isConforming() {
    return !entries.isEmpty() && conforming() == entries.size();
  }

  /**
   * @param severity a severity
   * @return how many findings of that severity the checked contracts have in all
   * @throws NullPointerException when {@code severity} is null
   */
  public long count(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return reports().stream().mapToLong(r -> r.count(severity)).sum();
  }

  /** @return the number of findings of each severity in all, every severity present */
  public Map<Severity, Long> counts() {
    Map<Severity, Long> m = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      m.put(s, count(s));
    }
    return Collections.unmodifiableMap(m);
  }

  /** @return how many checked contracts are in each phase on the check date, every phase present */
  public Map<Phase, Long> phases() {
    Map<Phase, Long> m = new EnumMap<>(Phase.class);
    for (Phase p : Phase.values()) {
      m.put(p, 0L);
    }
    reports().forEach(r -> m.merge(r.phase(), 1L, Long::sum));
    return Collections.unmodifiableMap(m);
  }

  /** @return the contract ids that more than one entry holds, with those entries' indexes, in input order */
  public Map<String, List<Integer>> duplicateContractIds() {
    return duplicateContractIds;
  }

  /** Found once, when the report is made: the reports, text and pages each ask for them. */
  private static Map<String, List<Integer>> duplicates(List<PortfolioEntry> entries) {
    Map<String, List<Integer>> seen = new LinkedHashMap<>();
    for (PortfolioEntry e : entries) {
      Optional<String> id = e.contractId();
      if (id.isPresent()) {
        List<Integer> at = seen.get(id.get());
        if (at == null) {
          at = new ArrayList<>(2);
          seen.put(id.get(), at);
        }
        at.add(e.index());
      }
    }
    Map<String, List<Integer>> dup = new LinkedHashMap<>();
    for (Map.Entry<String, List<Integer>> s : seen.entrySet()) {
      if (s.getValue().size() > 1) {
        dup.put(s.getKey(), List.copyOf(s.getValue()));
      }
    }
    return Collections.unmodifiableMap(dup);
  }

  /** @return every checked contract's to-dos together, by due date */
  public Agenda agenda() {
    return agenda;
  }

  /**
   * @param index an entry's index
   * @return that entry, if there is one
   */
  public Optional<PortfolioEntry> entry(int index) {
    return index >= 0 && index < entries.size() ? Optional.of(entries.get(index)) : Optional.empty();
  }

  @Override
  public String toString() {
    return "PortfolioReport[" + asOf + ", " + entries.size() + " contracts, " + conforming() + " conforming, "
        + notConforming() + " not conforming, " + failures().size() + " failed]";
  }
}
