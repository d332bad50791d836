package io.github.clsante.cls.rules.spi;

import io.github.clsante.cls.calendar.Phase;
import io.github.clsante.cls.referentiel.Applies;
import io.github.clsante.cls.report.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The global through which rules report, declared in every DRL as
 * {@code global io.github.clsante.cls.rules.spi.FindingSink out;}. A rule carries its clause id, severity and
 * applies as metadata ({@code @clause("NOR-COPIL-ANNUAL") @severity("ERROR") @applies("years: diagnosis start
 * → end")}); the sink reads them and applies the référentiel's convention on when a rule judges, gives a to-do,
 * or says nothing, so that the DRL only states the check.
 *
 * <p>One sink per check: not thread-safe, and never shared between checks.
 */
public final class FindingSink {

  /** What a rule reported, before the catalogue's sources and the messages are attached. */
  public record Hit(String clauseId, Severity severity, boolean toDo, String elementId, String path,
      Optional<Integer> year, Map<String, Object> arguments) {}

  private final Phase phase;
  private final List<Hit> hits = new ArrayList<>();

  /**
   * @param phase the contract's phase on the check date
   */
  public FindingSink(Phase phase) {
    this.phase = phase;
  }

  /**
   * Reports an unmet check. Following the rule's {@code @applies}: judged with the rule's severity once the
   * rule applies, a to-do ({@code INFO}) in the phase where the applies column names one, nothing before.
   *
   * @param k the rule context ({@code kcontext} in a consequence)
   * @param elementId the element concerned
   * @param path its JSON Pointer
   * @param year the year, for a rule about a year; else null
   * @param args message arguments as name, value pairs
   */
  public void report(RuleContext k, String elementId, String path, Integer year, Object... args) {
    Applies applies = applies(k.getRule());
    boolean atLeastDiagnosis = phase != Phase.PRELIMINARY;
    boolean signed = phase == Phase.IMPLEMENTATION_AND_EVALUATION || phase == Phase.ENDED;
    switch (applies) {
      case ALWAYS, YEARS_DIAGNOSIS_TO_END, YEARS_SIGNATURE_TO_END -> add(k, false, elementId, path, year, args);
      case DIAGNOSIS -> {
        if (atLeastDiagnosis) {
          add(k, false, elementId, path, year, args);
        }
      }
      case SIGNATURE -> {
        if (signed) {
          add(k, false, elementId, path, year, args);
        }
      }
      case SIGNATURE_TODO -> {
        if (signed) {
          add(k, false, elementId, path, year, args);
        } else if (phase == Phase.DIAGNOSIS_AND_PLANNING) {
          add(k, true, elementId, path, year, args);
        }
      }
      case END_TODO -> {
        if (phase == Phase.ENDED) {
          add(k, false, elementId, path, year, args);
        }
      }
      default -> throw new IllegalStateException("unhandled applies " + applies);
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
    add(k, !overdue, elementId, path, year, args);
  }

  /**
   * Reports a to-do (« à prévoir »), an {@code INFO} whatever the rule's severity.
   *
   * @param k the rule context
   * @param elementId the element concerned
   * @param path its JSON Pointer
   * @param year the year, or null
   * @param args message arguments as name, value pairs
   */
  public void todo(RuleContext k, String elementId, String path, Integer year, Object... args) {
    add(k, true, elementId, path, year, args);
  }

  /** @return what the rules reported, in firing order */
  public List<Hit> hits() {
    return List.copyOf(hits);
  }

  private void add(RuleContext k, boolean toDo, String elementId, String path, Integer year, Object... args) {
    Rule rule = k.getRule();
    Severity severity = toDo ? Severity.INFO : Severity.valueOf(meta(rule, "severity"));
    if (args.length % 2 != 0) {
      throw new IllegalArgumentException("rule " + rule.getName() + ": arguments must be name, value pairs");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      m.put((String) args[i], args[i + 1]);
    }
    hits.add(new Hit(meta(rule, "clause"), severity, toDo, elementId, path, Optional.ofNullable(year), m));
  }

  private static Applies applies(Rule rule) {
    return Applies.ofLabel(meta(rule, "applies"));
  }

  private static String meta(Rule rule, String key) {
    Object v = rule.getMetaData().get(key);
    if (v == null) {
      throw new IllegalStateException("rule \"" + rule.getName() + "\" has no @" + key + " metadata");
    }
    return v.toString();
  }
}
