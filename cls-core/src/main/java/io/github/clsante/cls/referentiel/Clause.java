package io.github.clsante.cls.referentiel;

import io.github.clsante.cls.report.Severity;
import io.github.clsante.cls.report.Source;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a référentiel's catalogue: a checkable clause and the rule that checks it (their ids are the
 * same), its severity (or the condition that chooses it, for the one clause that has one), when it applies,
 * what it checks, its sources and quotes, and the pack that holds it.
 *
 * @param id the clause id, e.g. "NOR-COPIL-ANNUAL"
 * @param pack the id of the pack that holds the rule ("socle", "normandie", …)
 * @param severity the severity of its findings (the higher one, when conditional)
 * @param severityCondition how the severity is chosen, when it depends on a fact; empty otherwise
 * @param applies when the rule judges
 * @param check what the rule checks, in English
 * @param sources the sources and verbatim quotes
 */
public record Clause(String id, String pack, Severity severity, Optional<String> severityCondition,
    Applies applies, String check, List<Source> sources) {

  /**
   * @param id the clause id
   * @param pack the pack id
   * @param severity the severity
   * @param severityCondition the condition, if any
   * @param applies when the rule judges
   * @param check what it checks
   * @param sources the sources and quotes
   */
  public Clause {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(pack, "pack");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(severityCondition, "severityCondition");
    Objects.requireNonNull(applies, "applies");
    Objects.requireNonNull(check, "check");
    sources = List.copyOf(sources);
  }
}
