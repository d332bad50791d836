package io.github.clsante.cls.spi.facts;

/**
 * The year in progress of a span — the check date's year, when it will be judged once over (see
 * {@link io.github.clsante.cls.calendar.YearInProgress}) — and what has happened in it so far (on or before the
 * check date). Read by NOR-COPIL-ANNUAL, NOR-COTECH-ANNUAL, NOR-COTECH-IDEAL and OCC-ANNUAL-PROGRAMMING, whose
 * unmet condition gives a to-do due 31 December.
 *
 * @param span the span
 * @param year the year in progress
 * @param copilMeetings meetings held so far that year by bodies counting as the COPIL
 * @param cotechMeetings meetings held so far that year by bodies counting as the COTECH
 * @param programmed whether a programming covering the year has financial commitments and was validated, on or
 *     before the check date, by a body counting as the COPIL
 * @since 0.1.0
 */
public record YearInProgressFact(YearSpan span, int year, int copilMeetings, int cotechMeetings,
    boolean programmed) {}
