package io.github.clsante.cls.calendar;

import java.time.LocalDate;

/**
 * When the reports and indicator values about a calendar year fall due: by 30 June of the next year. Until
 * then a missing one is a to-do, not a finding of the rule's severity. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReportDue {

  private ReportDue() {}

  /**
   * @param year the calendar year reported on
   * @return the last day it is due by
   */
  public static LocalDate dueDate(int year) {
    return LocalDate.of(year + 1, 6, 30);
  }

  /**
   * @param year the calendar year reported on
   * @param asOf the check date
   * @return whether the due date has passed on the check date
   */
  public static boolean overdue(int year, LocalDate asOf) {
    return asOf.isAfter(dueDate(year));
  }
}
