package io.github.clsante.cls.referentiel;

import io.github.clsante.cls.report.Severity;
import io.github.clsante.cls.report.Source;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * @param severityCondition how the severity is chosen, when it depends on a fact, in English; empty otherwise
 * @param severityConditionFr the same in French; present exactly when {@code severityCondition} is
 * @param applies when the rule judges
 * @param check what the rule checks, in English
 * @param checkFr what the rule checks, in French
 * @param measure what the clause measures, where a view needs it structured (the yearly grid)
 * @param parameters the référentiel's numbers for this clause by name (e.g. {@code minimum=1},
 *     {@code idealMinimum=2}, {@code idealMaximum=3}, {@code minimumYears=3}), written once in the catalogue and
 *     read by the rules and the views alike; values are {@link Integer}s, {@link java.math.BigDecimal}s or
 *     {@link java.time.LocalDate}s
 * @param sources the sources and verbatim quotes
 * @since 0.1.0
 */
public record Clause(String id, String pack, Severity severity, Optional<String> severityCondition,
    Optional<String> severityConditionFr, Applies applies, String check, String checkFr, Optional<Measure> measure, Map<String, Object> parameters,
    List<Source> sources) {

  /**
   * @param id the clause id
   * @param pack the pack id
   * @param severity the severity
   * @param severityCondition the condition, if any, in English
   * @param severityConditionFr the condition in French, present exactly when the English one is
   * @param applies when the rule judges
   * @param check what it checks, in English
   * @param checkFr what it checks, in French
   * @param measure what it measures, if a view needs it
   * @param parameters its numbers by name
   * @param sources the sources and quotes
   */
  public Clause {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(pack, "pack");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(severityCondition, "severityCondition");
    Objects.requireNonNull(severityConditionFr, "severityConditionFr");
    if (severityCondition.isPresent() != severityConditionFr.isPresent()) {
      throw new IllegalArgumentException(id + ": a severity condition is needed in both languages or in none");
    }
    Objects.requireNonNull(applies, "applies");
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(checkFr, "checkFr");
    Objects.requireNonNull(measure, "measure");
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(parameters,
        "parameters")));
    sources = List.copyOf(sources);
  }

  /**
   * @param locale the language: English for {@code en}, French otherwise
   * @return what the rule checks, in that language
   * @throws NullPointerException when {@code locale} is null
   */
  public String check(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return "en".equals(locale.getLanguage()) ? check : checkFr;
  }

  /**
   * @param locale the language: English for {@code en}, French otherwise
   * @return how the severity is chosen, in that language, when it depends on a fact
   * @throws NullPointerException when {@code locale} is null
   */
  public Optional<String> severityCondition(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return "en".equals(locale.getLanguage()) ? severityCondition : severityConditionFr;
  }

  /**
   * @param name a parameter's name, e.g. {@code "minimum"}
   * @return its value, if the clause has it
   */
  public Optional<Object> parameter(String name) {
    return Optional.ofNullable(parameters.get(Objects.requireNonNull(name, "name")));
  }
}
