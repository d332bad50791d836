package io.github.clsante.cls.spi.facts;

import io.github.clsante.cls.followup.FollowUpYear;
import java.util.Objects;

/**
 * One judged calendar year of a span, and what the contract holds for it: the counts of the public yearly
 * follow-up ({@link io.github.clsante.cls.followup.YearlyFollowUp}), so that the rules and the views count alike.
 * Read by NOR-COPIL-ANNUAL, NOR-COTECH-ANNUAL and NOR-COTECH-IDEAL (meetings, span diagnosis start → end),
 * NOR-ANNUAL-REPORT and NOR-ANNUAL-FINANCIAL (reports, signature → end) and OCC-ANNUAL-PROGRAMMING (programming,
 * signature → end).
 *
 * @param span the span
 * @param counts what the year holds, on the check date
 * @param overdue whether reports for that year were due by the check date (after 30 June of the next year)
 *
 * @since 0.1.0
 */
public record JudgedYearFact(YearSpan span, FollowUpYear counts, boolean overdue) {

  /**
   * @param span the span
   * @param counts the year's counts
   * @param overdue whether its reports are overdue
   * @throws NullPointerException naming the parameter when one is null
   */
  public JudgedYearFact {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(counts, "counts");
  }

  /** @return the year */
  public int year() {
    return counts.year();
  }

  /** @return meetings of bodies counting as the COPIL that year */
  public int copilMeetings() {
    return counts.copilMeetings();
  }

  /** @return meetings of bodies counting as the COTECH that year */
  public int cotechMeetings() {
    return counts.cotechMeetings();
  }

  /** @return activity reports for that year issued on or before the check date, or undated */
  public int activityReports() {
    return counts.activityReports();
  }

  /** @return financial reports for that year issued on or before the check date, or undated */
  public int financialReports() {
    return counts.financialReports();
  }

  /**
   * @return whether a programming covering the year has financial commitments and was validated, on or before
   *     the check date, by a body counting as the COPIL
   */
  public boolean programmed() {
    return counts.programmed();
  }
}
