package io.github.clsante.cls.referentiel;

import io.github.clsante.cls.calendar.Phase;
import java.util.Objects;

/**
 * When a rule judges, as the {@code applies} column of the référentiel's clause table says. Before that it says
 * nothing, except for the to-do forms, which give one {@code INFO} « à prévoir » finding instead.
 *
 * @since 0.1.0
 */
public enum Applies {
  /** In every phase, on whatever the document holds. */
  ALWAYS("always"),
  /** From {@code DIAGNOSIS_AND_PLANNING} on. */
  DIAGNOSIS("diagnosis"),
  /** From {@code IMPLEMENTATION_AND_EVALUATION} on. */
  SIGNATURE("signature"),
  /** From {@code IMPLEMENTATION_AND_EVALUATION} on; a to-do during {@code DIAGNOSIS_AND_PLANNING}. */
  SIGNATURE_TODO("signature (to-do)"),
  /** Once per judged year from the diagnosis start to the end. */
  YEARS_DIAGNOSIS_TO_END("years: diagnosis start → end"),
  /** Once per judged year from the signature to the end. */
  YEARS_SIGNATURE_TO_END("years: signature → end"),
  /** Once {@code ENDED}; a to-do during the last 12 months before the end date. */
  END_TODO("end (to-do)");

  private final String label;

  Applies(String label) {
    this.label = label;
  }

  /** @return the wording of the référentiel's clause table, e.g. "signature (to-do)" */
  public String label() {
    return label;
  }

  /**
   * What a rule does with an unmet condition in a phase: judge it, give a to-do, or say nothing.
   *
   * @since 0.1.0
   */
  public enum Judgement {
    /** A finding of the clause's severity. */
    JUDGE,
    /** An {@code INFO} to-do (« à prévoir ») with the same rule id and element. */
    TO_DO,
    /** Nothing yet. */
    SILENT
  }

  /**
   * The référentiel's applies convention in one place: what an unmet condition gives in a phase. The
   * {@code years:} forms judge their judged years in every phase (which years are judged is derived from the
   * dates, see {@link io.github.clsante.cls.calendar.JudgedYears}); {@link #END_TODO} gives its to-do only
   * during the last 12 months, which the rule states with its own condition.
   *
   * @param phase the contract's phase on the check date
   * @return what an unmet condition gives in that phase
   * @throws NullPointerException when {@code phase} is null
   */
  public Judgement judgement(Phase phase) {
    Objects.requireNonNull(phase, "phase");
    boolean signed = phase == Phase.IMPLEMENTATION_AND_EVALUATION || phase == Phase.ENDED;
    switch (this) {
      case ALWAYS:
      case YEARS_DIAGNOSIS_TO_END:
      case YEARS_SIGNATURE_TO_END:
        return Judgement.JUDGE;
      case DIAGNOSIS:
        return phase == Phase.PRELIMINARY ? Judgement.SILENT : Judgement.JUDGE;
      case SIGNATURE:
        return signed ? Judgement.JUDGE : Judgement.SILENT;
      case SIGNATURE_TODO:
        return signed ? Judgement.JUDGE
            : phase == Phase.DIAGNOSIS_AND_PLANNING ? Judgement.TO_DO : Judgement.SILENT;
      case END_TODO:
        return phase == Phase.ENDED ? Judgement.JUDGE : Judgement.SILENT;
      default:
        throw new IllegalStateException("unhandled applies " + this);
    }
  }

  /**
   * @param label a wording of the clause table
   * @return the matching value
   * @throws IllegalArgumentException naming the wordings that exist, if none matches
   */
  public static Applies ofLabel(String label) {
    for (Applies a : values()) {
      if (a.label.equals(label)) {
        return a;
      }
    }
    StringBuilder known = new StringBuilder();
    for (Applies a : values()) {
      known.append(known.length() == 0 ? "" : ", ").append('"').append(a.label).append('"');
    }
    throw new IllegalArgumentException("unknown applies \"" + label + "\"; expected one of " + known);
  }
}
