package io.github.clsante.cls.spi.facts;

/**
 * One judged calendar year of a span, and what the contract holds for it.
 *
 * @param span the span
 * @param year the year
 * @param overdue whether reports for that year were due by the check date (after 30 June of the next year)
 * @param copilMeetings meetings of bodies counting as the COPIL that year
 * @param cotechMeetings meetings of bodies counting as the COTECH that year
 * @param activityReports activity reports for that year issued on or before the check date, or undated
 * @param financialReports financial reports for that year issued on or before the check date, or undated
 * @param programmed whether a programming covering the year has financial commitments and was validated, on or
 *     before the check date, by a body counting as the COPIL
 * @since 0.1.0
 */
public record JudgedYearFact(YearSpan span, int year, boolean overdue, int copilMeetings, int cotechMeetings,
    int activityReports, int financialReports, boolean programmed) {}
