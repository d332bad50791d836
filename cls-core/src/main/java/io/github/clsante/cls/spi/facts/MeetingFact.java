package io.github.clsante.cls.spi.facts;

/**
 * A meeting of a governance body.
 *
 * @param meetingId the meeting
 * @param path JSON Pointer of the meeting
 * @param bodyId its body
 * @param countsAsCopil whether the body counts as the COPIL
 * @param countsAsCotech whether the body counts as the COTECH
 * @param beforeCheckDate whether it is dated before the check date
 * @param hasMinutes whether minutes are referenced
 * @since 0.1.0
 */
public record MeetingFact(String meetingId, String path, String bodyId, boolean countsAsCopil,
    boolean countsAsCotech, boolean beforeCheckDate, boolean hasMinutes) {}
