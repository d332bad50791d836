package io.github.clsante.cls.rules.spi;

import io.github.clsante.cls.calendar.Phase;
import io.github.clsante.cls.calendar.ReportDue;
import io.github.clsante.cls.referentiel.Applies;
import io.github.clsante.cls.referentiel.Clause;
import io.github.clsante.cls.report.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The global through which rules report, declared in every DRL as
 * {@code global io.github.clsante.cls.rules.spi.FindingSink out;}. A rule carries its clause id as metadata
 * ({@code @clause("NOR-COPIL-ANNUAL")}); its severity and when it applies are the catalogue's (a rule of the
 * clause with a severity condition names its own, {@code @severity("WARNING")}). The sink applies the
 * référentiel's convention on when a rule judges, gives a to-do, or says nothing, so that the DRL only states the
 * check.
 *
 * <p>One sink per check: not thread-safe, and never shared between checks.
 *
 * @since 0.1.0
 */
public final class FindingSink {

  /**
   * What a rule reported, before the catalogue's sources and the messages are attached.
   *
   * @since 0.1.0
   */
  public record Hit(String clauseId, Severity severity, boolean toDo, String elementId, String path,
      Optional<Integer> year, Optional<LocalDate> dueDate, Map<String, Object> arguments) {}

  /**
   * What a rule reports as: its clause, the severity of its findings and when it applies, read once.
   *
   * @param clause the clause id ({@code @clause})
   * @param severity the severity of its findings
   * @param applies when it judges
 * @since 0.1.0
   */
  public record RuleMeta(String clause, Severity severity, Applies applies) {

    /**
     * A rule of a catalogued clause: the catalogue's severity and applies. The rule may restate them as
     * {@code @severity} and {@code @applies} metadata, which must then agree with the catalogue; a rule of the
     * clause whose severity has a condition may name {@code @severity("ERROR")} or {@code @severity("WARNING")}
     * for the variant it states.
     *
     * @param rule a rule
     * @param clause the catalogue's entry for the rule's {@code @clause}
     * @return what the rule reports as
     * @throws IllegalStateException naming the rule and what disagrees with the catalogue
     * @throws NullPointerException when {@code rule} or {@code clause} is null
     */
    public static RuleMeta of(Rule rule, Clause clause) {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(clause, "clause");
      Object applies = rule.getMetaData().get("applies");
      if (applies != null && !clause.applies().label().equals(applies.toString())) {
        throw new IllegalStateException("rule \"" + rule.getName() + "\": @applies " + applies
            + ", catalogue says " + clause.applies().label());
      }
      Object sev = rule.getMetaData().get("severity");
      Severity severity = clause.severity();
      if (sev != null) {
        boolean ok = clause.severity().name().equals(sev.toString()) || clause.severityCondition().isPresent()
            && List.of("ERROR", "WARNING").contains(sev.toString());
        if (!ok) {
          throw new IllegalStateException("rule \"" + rule.getName() + "\": @severity " + sev
              + ", catalogue says " + clause.severity());
        }
        severity = Severity.valueOf(sev.toString());
      }
      return new RuleMeta(clause.id(), severity, clause.applies());
    }

    /**
     * A rule read from its metadata alone, for a rule that is in no catalogue: it must carry {@code @clause},
     * {@code @severity} and {@code @applies}.
     *
     * @param rule a rule
     * @return its metadata
     * @throws IllegalStateException naming the rule and the missing or unknown metadata
     */
    public static RuleMeta of(Rule rule) {
      try {
        return new RuleMeta(meta(rule, "clause"), Severity.valueOf(meta(rule, "severity")),
            Applies.ofLabel(meta(rule, "applies")));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("rule \"" + rule.getName() + "\": " + e.getMessage(), e);
      }
    }

    /**
     * @param rule a rule
     * @return the key {@link FindingSink#FindingSink(Phase, LocalDate, Optional, Map)} expects: package and name
     */
    public static String key(Rule rule) {
      return rule.getPackageName() + "/" + rule.getName();
    }
  }

  private final Phase phase;
  private final @Nullable LocalDate asOf;
  private final @Nullable LocalDate plannedSignature;
  private final Map<String, RuleMeta> known;
  private final Map<String, RuleMeta> read = new HashMap<>();
  private final List<Hit> hits = new ArrayList<>();
  private @Nullable Rule lastRule;
  private @Nullable RuleMeta lastMeta;

  /**
   * A sink that gives no due dates (for tools and benchmarks that only count findings).
   *
   * @param phase the contract's phase on the check date
   */
  public FindingSink(Phase phase) {
    this(phase, null, Optional.empty(), Map.of());
  }

  /**
   * @param phase the contract's phase on the check date
   * @param asOf the check date, or null for a sink that gives no due dates
   * @param signature the contract's (planned) signature date: the due date of what must be done before signature
   *     when it is later than the check date
   * @param known the rules' metadata read beforehand, by {@link RuleMeta#key}; others are read on first use
   */
  public FindingSink(Phase phase, @Nullable LocalDate asOf, Optional<LocalDate> signature,
      Map<String, RuleMeta> known) {
    this.phase = Objects.requireNonNull(phase, "phase");
    this.asOf = asOf;
    this.plannedSignature = asOf == null ? null : signature.filter(s -> s.isAfter(asOf)).orElse(null);
    this.known = Objects.requireNonNull(known, "known");
  }

  /**
   * Reports an unmet check. Following the rule's {@code @applies} ({@link Applies#judgement}): judged with the
   * rule's severity once the rule applies, a to-do ({@code INFO}) in the phase where the applies column names one
   * — due on the planned signature date when the document holds one later than the check date —, nothing before.
   *
   * @param k the rule context ({@code kcontext} in a consequence)
   * @param elementId the element concerned
   * @param path its JSON Pointer
   * @param year the year, for a rule about a year; else null
   * @param args message arguments as name, value pairs
   */
  public void report(RuleContext k, String elementId, String path, @Nullable Integer year, Object... args) {
    Rule rule = k.getRule();
    RuleMeta meta = meta(rule);
    Applies applies = meta.applies();
    switch (applies.judgement(phase)) {
      case JUDGE -> add(rule, meta, false, null, elementId, path, year, args);
      case TO_DO -> add(rule, meta, true, applies == Applies.SIGNATURE_TODO ? plannedSignature : null, elementId,
          path, year, args);
      default -> {
        // the rule does not apply yet
      }
    }
  }

  /**
   * Reports a missing report or value for a judged year: judged once it is overdue, a to-do until then.
   *
   * @param k the rule context
   * @param overdue whether the due date has passed on the check date
   * @param elementId the element concerned
   * @param path its JSON Pointer
   * @param year the year
   * @param args message arguments as name, value pairs
   */
  public void reportDue(RuleContext k, boolean overdue, String elementId, String path, Integer year,
      Object... args) {
    add(k, !overdue, overdue || asOf == null ? null : ReportDue.dueDate(year), elementId, path, year, args);
  }

  /**
   * Reports a yearly condition of the year in progress not met so far: an {@code INFO} to-do due 31 December of
   * that year.
   *
   * @param k the rule context
   * @param elementId the element concerned
   * @param path its JSON Pointer
   * @param year the year in progress
   * @param args message arguments as name, value pairs
   */
  public void inProgress(RuleContext k, String elementId, String path, int year, Object... args) {
    add(k, true, asOf == null ? null : LocalDate.of(year, 12, 31), elementId, path, year, args);
  }

  /**
   * Reports a to-do (« à prévoir »), an {@code INFO} whatever the rule's severity.
   *
   * @param k the rule context
   * @param elementId the element concerned
   * @param path its JSON Pointer
   * @param year the year, or null
   * @param dueDate the date it is due by, where the référentiel implies one; else null
   * @param args message arguments as name, value pairs
   */
  public void todo(RuleContext k, String elementId, String path, @Nullable Integer year,
      @Nullable LocalDate dueDate, Object... args) {
    add(k, true, asOf == null ? null : dueDate, elementId, path, year, args);
  }

  /** @return what the rules reported, in firing order */
  public List<Hit> hits() {
    return List.copyOf(hits);
  }

  private void add(RuleContext k, boolean toDo, @Nullable LocalDate dueDate, String elementId, String path,
      @Nullable Integer year, Object... args) {
    Rule rule = k.getRule();
    add(rule, meta(rule), toDo, dueDate, elementId, path, year, args);
  }

  private void add(Rule rule, RuleMeta meta, boolean toDo, @Nullable LocalDate dueDate, String elementId,
      String path, @Nullable Integer year, Object... args) {
    Severity severity = toDo ? Severity.INFO : meta.severity();
    if (args.length % 2 != 0) {
      throw new IllegalArgumentException("rule " + rule.getName() + ": arguments must be name, value pairs");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      m.put((String) args[i], args[i + 1]);
    }
    hits.add(new Hit(meta.clause(), severity, toDo, elementId, path, Optional.ofNullable(year),
        Optional.ofNullable(toDo ? dueDate : null), m));
  }

  private RuleMeta meta(Rule rule) {
    // a rule's activations fire one after the other: remembering the last rule saves building its key again
    if (rule == lastRule && lastMeta != null) {
      return lastMeta;
    }
    String key = RuleMeta.key(rule);
    RuleMeta m = known.get(key);
    RuleMeta meta = m != null ? m : read.computeIfAbsent(key, x -> RuleMeta.of(rule));
    lastRule = rule;
    lastMeta = meta;
    return meta;
  }

  private static String meta(Rule rule, String key) {
    Object v = rule.getMetaData().get(key);
    if (v == null) {
      throw new IllegalStateException("rule \"" + rule.getName() + "\" has no @" + key + " metadata");
    }
    return v.toString();
  }
}
