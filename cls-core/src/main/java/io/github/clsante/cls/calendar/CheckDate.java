package io.github.clsante.cls.calendar;

import io.github.clsante.cls.model.LocalHealthContract;
import java.time.LocalDate;

/**
 * The bounds of a check date. Like every date the model holds, a check date lies in the years 1900 to 2200
 * (the bounds the model's construction enforces): a check then judges at most that many calendar years, so
 * what it derives and reports stays bounded by the size of the document. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class CheckDate {

  /** The earliest check date: 1 January of the first year a date of the model may hold. */
  public static final LocalDate EARLIEST = LocalDate.of(LocalHealthContract.MIN_YEAR, 1, 1);

  /** The latest check date: 31 December of the last year a date of the model may hold. */
  public static final LocalDate LATEST = LocalDate.of(LocalHealthContract.MAX_YEAR, 12, 31);

  private CheckDate() {}

  /**
   * Refuses a check date outside {@link #EARLIEST} … {@link #LATEST}.
   *
   * @param asOf the check date
   * @return {@code asOf}, when it lies within the bounds
   * @throws NullPointerException with the message "asOf" when it is null
   * @throws IllegalArgumentException naming the parameter, the date and the bounds when it lies outside them
   */
  public static LocalDate require(LocalDate asOf) {
    if (asOf == null) {
      throw new NullPointerException("asOf");
    }
    if (asOf.isBefore(EARLIEST) || asOf.isAfter(LATEST)) {
      throw new IllegalArgumentException("asOf " + asOf + " is outside the dates a check accepts, " + EARLIEST
          + " to " + LATEST + " (years " + LocalHealthContract.MIN_YEAR + " to " + LocalHealthContract.MAX_YEAR
          + ", as every date of the model)");
    }
    return asOf;
  }
}
