package io.github.clsante.cls.spi.facts;

import io.github.clsante.cls.followup.FollowUpYear;
import java.util.Objects;

/**
 * The year in progress of a span — the check date's year, when it will be judged once over (see
 * {@link io.github.clsante.cls.calendar.YearInProgress}) — and what has happened in it so far (on or before the
 * check date). Read by NOR-COPIL-ANNUAL, NOR-COTECH-ANNUAL, NOR-COTECH-IDEAL and OCC-ANNUAL-PROGRAMMING, whose
 * unmet condition gives a to-do due 31 December.
 *
 * @param span the span
 * @param counts what the year holds so far
 * @since 0.1.0
 */
public record YearInProgressFact(YearSpan span, FollowUpYear counts) {

  /**
   * @param span the span
   * @param counts the year's counts so far
   * @throws NullPointerException naming the parameter when one is null
   */
  public YearInProgressFact {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(counts, "counts");
  }

  /** @return the year in progress */
  public int year() {
    return counts.year();
  }

  /** @return meetings held so far that year by bodies counting as the COPIL */
  public int copilMeetings() {
    return counts.copilMeetings();
  }

  /** @return meetings held so far that year by bodies counting as the COTECH */
  public int cotechMeetings() {
    return counts.cotechMeetings();
  }

  /**
   * @return whether a programming covering the year has financial commitments and was validated, on or before
   *     the check date, by a body counting as the COPIL
   */
  public boolean programmed() {
    return counts.programmed();
  }
}
