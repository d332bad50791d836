package io.github.clsante.cls.spi.facts;

/**
 * A length of time between two milestones in whole calendar months and days left over.
 *
 * @param kind what is measured
 * @param from the field name of the milestone it starts at
 * @param months whole calendar months
 * @param days days left over
 */
public record DurationFact(Kind kind, String from, int months, int days) {

  /** What a duration measures. */
  public enum Kind {
    /** Signature to end date, inclusive. */
    CONTRACT,
    /** The first dated of engagement, letter of intent, diagnosis start, to the signature. */
    PREPARATION
  }
}
