package io.github.clsante.cls.spi.facts;

import io.github.clsante.cls.calendar.ReportDue;
import io.github.clsante.cls.followup.FollowUpSpan;
import io.github.clsante.cls.followup.FollowUpYear;
import io.github.clsante.cls.followup.YearlyFollowUp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The family of the years: each judged year of each span, then the year in progress of each span, counted by the
 * public yearly follow-up ({@link YearlyFollowUp}) so that the rules and the views count alike. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class YearFacts {

  private final List<JudgedYearFact> judged = new ArrayList<>();
  private final List<YearInProgressFact> inProgress = new ArrayList<>();

  YearFacts(OnCheckDate on) {
    YearlyFollowUp followUp = YearlyFollowUp.of(on.contract, on.asOf);
    for (FollowUpSpan s : FollowUpSpan.values()) {
      for (FollowUpYear y : followUp.judged(s)) {
        judged.add(new JudgedYearFact(span(s), y, ReportDue.overdue(y.year(), on.asOf)));
      }
    }
    for (FollowUpSpan s : FollowUpSpan.values()) {
      followUp.inProgress(s).ifPresent(y -> inProgress.add(new YearInProgressFact(span(s), y)));
    }
  }

  private static YearSpan span(FollowUpSpan s) {
    return s == FollowUpSpan.DIAGNOSIS_TO_END ? YearSpan.DIAGNOSIS_TO_END : YearSpan.SIGNATURE_TO_END;
  }

  /** @return each judged year of the span diagnosis start → end, then of signature → end, in year order */
  public List<JudgedYearFact> judged() {
    return List.copyOf(judged);
  }

  /**
   * @param span a span
   * @return its judged years, in year order
   */
  public List<JudgedYearFact> judged(YearSpan span) {
    return judged.stream().filter(y -> y.span() == span).toList();
  }

  /** @return the year in progress of each span that has one */
  public List<YearInProgressFact> inProgress() {
    return List.copyOf(inProgress);
  }

  /**
   * @param span a span
   * @return its year in progress, if any
   */
  public Optional<YearInProgressFact> inProgress(YearSpan span) {
    return inProgress.stream().filter(y -> y.span() == span).findFirst();
  }

  void addTo(List<Object> all) {
    all.addAll(judged);
    all.addAll(inProgress);
  }
}
