package io.github.clsante.cls.followup;

import java.util.Objects;

/**
 * One calendar year of a contract's follow-up, as it stood on the check date. Counts what the document dates on
 * or before the check date: a meeting dated later has not been held yet, a report issued later has not been
 * issued (an undated report counts as it stands), a programming's validation dated later has not been given.
 * In the year in progress the counts are what has happened so far. Built by {@link #builder(int)}, one named
 * value at a time. Immutable and thread-safe; equal when every value is.
 *
 * @since 0.1.0
 */
public final class FollowUpYear {

  private final int year;
  private final YearStatus meetingsStatus;
  private final YearStatus reportsStatus;
  private final int copilMeetings;
  private final int cotechMeetings;
  private final int activityReports;
  private final int financialReports;
  private final boolean programmed;

  private FollowUpYear(Builder b) {
    this.year = b.year;
    this.meetingsStatus = Objects.requireNonNull(b.meetingsStatus, "meetingsStatus");
    this.reportsStatus = Objects.requireNonNull(b.reportsStatus, "reportsStatus");
    this.copilMeetings = b.copilMeetings;
    this.cotechMeetings = b.cotechMeetings;
    this.activityReports = b.activityReports;
    this.financialReports = b.financialReports;
    this.programmed = b.programmed;
  }

  /**
   * @param year the calendar year
   * @return a builder of that year's follow-up: statuses to set, counts 0 and nothing programmed until set
   */
  public static Builder builder(int year) {
    return new Builder(year);
  }

  /** @return the calendar year */
  public int year() {
    return year;
  }

  /**
   * @return how the convention treats the year in the span of the meetings, from the diagnosis start to the end
   *     ({@link FollowUpSpan#DIAGNOSIS_TO_END})
   */
  public YearStatus meetingsStatus() {
    return meetingsStatus;
  }

  /**
   * @return how it treats the year in the span of the reports and the programming, from the signature to the end
   *     ({@link FollowUpSpan#SIGNATURE_TO_END})
   */
  public YearStatus reportsStatus() {
    return reportsStatus;
  }

  /** @return meetings held that year by the bodies that count as the COPIL (a merged COPIL+COTECH counts) */
  public int copilMeetings() {
    return copilMeetings;
  }

  /** @return meetings held that year by the bodies that count as the COTECH (a merged COPIL+COTECH counts) */
  public int cotechMeetings() {
    return cotechMeetings;
  }

  /** @return activity reports about that year issued on or before the check date */
  public int activityReports() {
    return activityReports;
  }

  /** @return financial reports about that year issued on or before the check date */
  public int financialReports() {
    return financialReports;
  }

  /**
   * @return whether a programming covering the year, with financial commitments, was validated on or before the
   *     check date by a body that counts as the COPIL
   */
  public boolean programmed() {
    return programmed;
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

  @Override
  public boolean equals(Object o) {
    return o instanceof FollowUpYear f && year == f.year && meetingsStatus == f.meetingsStatus
        && reportsStatus == f.reportsStatus && copilMeetings == f.copilMeetings
        && cotechMeetings == f.cotechMeetings && activityReports == f.activityReports
        && financialReports == f.financialReports && programmed == f.programmed;
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, meetingsStatus, reportsStatus, copilMeetings, cotechMeetings, activityReports,
        financialReports, programmed);
  }

  @Override
  public String toString() {
    return "FollowUpYear[year=" + year + ", meetingsStatus=" + meetingsStatus + ", reportsStatus=" + reportsStatus
        + ", copilMeetings=" + copilMeetings + ", cotechMeetings=" + cotechMeetings + ", activityReports="
        + activityReports + ", financialReports=" + financialReports + ", programmed=" + programmed + "]";
  }

  /**
   * Builds a {@link FollowUpYear}, one named value at a time. Not thread-safe; one use.
   *
   * @since 0.1.0
   */
  public static final class Builder {

    private final int year;
    private YearStatus meetingsStatus;
    private YearStatus reportsStatus;
    private int copilMeetings;
    private int cotechMeetings;
    private int activityReports;
    private int financialReports;
    private boolean programmed;

    private Builder(int year) {
      this.year = year;
    }

    /**
     * @param status the year's status in the meetings' span
     * @return this builder
     * @throws NullPointerException when {@code status} is null
     */
    public Builder meetingsStatus(YearStatus status) {
      this.meetingsStatus = Objects.requireNonNull(status, "status");
      return this;
    }

    /**
     * @param status the year's status in the reports' span
     * @return this builder
     * @throws NullPointerException when {@code status} is null
     */
    public Builder reportsStatus(YearStatus status) {
      this.reportsStatus = Objects.requireNonNull(status, "status");
      return this;
    }

    /**
     * @param copil COPIL meetings held
     * @param cotech COTECH meetings held
     * @return this builder
     * @throws IllegalArgumentException when a count is negative
     */
    public Builder meetings(int copil, int cotech) {
      this.copilMeetings = count(copil, "copil");
      this.cotechMeetings = count(cotech, "cotech");
      return this;
    }

    /**
     * @param activity activity reports issued
     * @param financial financial reports issued
     * @return this builder
     * @throws IllegalArgumentException when a count is negative
     */
    public Builder reports(int activity, int financial) {
      this.activityReports = count(activity, "activity");
      this.financialReports = count(financial, "financial");
      return this;
    }

    /**
     * @param programmed whether a validated programming covers the year
     * @return this builder
     */
    public Builder programmed(boolean programmed) {
      this.programmed = programmed;
      return this;
    }

    /**
     * @return the year's follow-up
     * @throws NullPointerException naming the status not set ({@code meetingsStatus} or {@code reportsStatus})
     */
    public FollowUpYear build() {
      return new FollowUpYear(this);
    }

    private static int count(int n, String name) {
      if (n < 0) {
        throw new IllegalArgumentException(name + " must be 0 or more, not " + n);
      }
      return n;
    }
  }
}
