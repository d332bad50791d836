package io.github.clsante.cls.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A meeting of a governance body (French: <i>réunion</i>), with its minutes (<i>compte-rendu</i>).
 *
 * @since 0.1.0
 */
@Value.Immutable
@ClsStyle
public interface Meeting {

  /** @return the id, unique in the document */
  String id();

  /** @return the day it was held (or is planned) */
  LocalDate date();

  /** @return ids of the people who attended */
  List<String> attendeeIds();

  /** @return a reference to the minutes (file name, URL, registry number); empty if none were written */
  Optional<String> minutesRef();

  /** @return a new builder */
  static ImmutableMeeting.Builder builder() {
    return ImmutableMeeting.builder();
  }
}
