package io.github.clsante.cls.followup;

import java.util.Objects;

/**
 * One calendar year of a contract's follow-up, as it stood on the check date. Counts what the document dates on
 * or before the check date: a meeting dated later has not been held yet, a report issued later has not been
 * issued (an undated report counts as it stands), a programming's validation dated later has not been given.
 * In the year in progress the counts are what has happened so far. Immutable and thread-safe.
 *
 * @param year the calendar year
 * @param meetingsStatus how the convention treats the year in the span of the meetings, from the diagnosis
 *     start to the end ({@link FollowUpSpan#DIAGNOSIS_TO_END})
 * @param reportsStatus how it treats the year in the span of the reports and the programming, from the
 *     signature to the end ({@link FollowUpSpan#SIGNATURE_TO_END})
 * @param copilMeetings meetings held that year by the bodies that count as the COPIL (a merged COPIL+COTECH
 *     counts)
 * @param cotechMeetings meetings held that year by the bodies that count as the COTECH (a merged COPIL+COTECH
 *     counts)
 * @param activityReports activity reports about that year issued on or before the check date
 * @param financialReports financial reports about that year issued on or before the check date
 * @param programmed whether a programming covering the year, with financial commitments, was validated on or
 *     before the check date by a body that counts as the COPIL
 * @since 0.1.0
 */
public record FollowUpYear(int year, YearStatus meetingsStatus, YearStatus reportsStatus, int copilMeetings,
    int cotechMeetings, int activityReports, int financialReports, boolean programmed) {

  /**
   * @param year the calendar year
   * @param meetingsStatus its status in the meetings' span
   * @param reportsStatus its status in the reports' span
   * @param copilMeetings COPIL meetings held
   * @param cotechMeetings COTECH meetings held
   * @param activityReports activity reports issued
   * @param financialReports financial reports issued
   * @param programmed whether a validated programming covers it
   * @throws NullPointerException when a status is null
   * @throws IllegalArgumentException when a count is negative
   */
  public FollowUpYear {
    Objects.requireNonNull(meetingsStatus, "meetingsStatus");
    Objects.requireNonNull(reportsStatus, "reportsStatus");
    if (copilMeetings < 0 || cotechMeetings < 0 || activityReports < 0 || financialReports < 0) {
      throw new IllegalArgumentException("counts must be 0 or more");
    }
  }

  /**
   * @param span a span
   * @return how the convention treats the year in that span
   * @throws NullPointerException when {@code span} is null
   */
  public YearStatus status(FollowUpSpan span) {
    return Objects.requireNonNull(span, "span") == FollowUpSpan.DIAGNOSIS_TO_END ? meetingsStatus
        : reportsStatus;
  }

  /** @return whether this is the year in progress of either span */
  public boolean isInProgress() {
    return meetingsStatus == YearStatus.IN_PROGRESS || reportsStatus == YearStatus.IN_PROGRESS;
  }
}
