package io.github.clsante.cls.spi.facts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Two milestones that are consecutive among the dated ones, in the order engagement, letter of intent,
 * diagnosis start, diagnosis completion, signature, end. Read by SOC-MILESTONE-ORDER.
 *
 * @param earlier the earlier milestone's field name, e.g. "letterOfIntent"
 * @param earlierDate its date
 * @param later the later milestone's field name
 * @param laterDate its date
 *
 * @since 0.1.0
 */
public record MilestoneOrderFact(String earlier, LocalDate earlierDate, String later, LocalDate laterDate) {

  /**
   * @param earlier the earlier milestone's field name
   * @param earlierDate its date
   * @param later the later milestone's field name
   * @param laterDate its date
   * @throws NullPointerException naming the parameter when one is null
   */
  public MilestoneOrderFact {
    Objects.requireNonNull(earlier, "earlier");
    Objects.requireNonNull(earlierDate, "earlierDate");
    Objects.requireNonNull(later, "later");
    Objects.requireNonNull(laterDate, "laterDate");
  }

  /** @return JSON Pointer of the later milestone */
  public String path() {
    return "/milestones/" + later;
  }

  /** @return whether both are the same day */
  public boolean sameDay() {
    return earlierDate.equals(laterDate);
  }

  /** @return whether the later milestone is dated strictly before the earlier one */
  public boolean laterBeforeEarlier() {
    return laterDate.isBefore(earlierDate);
  }
}
