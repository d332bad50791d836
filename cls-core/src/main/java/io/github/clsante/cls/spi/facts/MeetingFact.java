package io.github.clsante.cls.spi.facts;

import java.util.Objects;

/**
 * A meeting of a governance body. Read by NOR-MINUTES.
 *
 * @param meetingId the meeting
 * @param path JSON Pointer of the meeting
 * @param body the fact of its body
 * @param beforeCheckDate whether it is dated before the check date
 * @param hasMinutes whether minutes are referenced
 * @since 0.1.0
 */
public record MeetingFact(String meetingId, String path, BodyFact body, boolean beforeCheckDate,
    boolean hasMinutes) {

  /**
   * @param meetingId the meeting
   * @param path its JSON Pointer
   * @param body its body's fact
   * @param beforeCheckDate whether it is dated before the check date
   * @param hasMinutes whether minutes are referenced
   * @throws NullPointerException naming the parameter when one is null
   */
  public MeetingFact {
    Objects.requireNonNull(meetingId, "meetingId");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(body, "body");
  }

  /** @return its body's id */
  public String bodyId() {
    return body.bodyId();
  }

  /** @return whether its body counts as the COPIL */
  public boolean countsAsCopil() {
    return body.countsAsCopil();
  }

  /** @return whether its body counts as the COTECH */
  public boolean countsAsCotech() {
    return body.countsAsCotech();
  }
}
