package io.github.clsante.cls.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * « the year of the check date is looked at when it will be judged once it is over — 1 January and 31 December
 * of that year both lie in the span, the span ending at the end date, or open when there is none (not at the
 * check date) ».
 */
class YearInProgressTest {

  @ParameterizedTest(name = "span {0} → {1}, checked {2}: {3}")
  @CsvSource(nullValues = "-", value = {
      // a span started before 1 January and ending after 31 December: the check date's year is in progress
      "2022-09-19, 2027-09-18, 2026-12-02, 2026",
      "2022-09-19, 2027-09-18, 2026-01-01, 2026",
      "2022-09-19, 2027-09-18, 2026-12-31, 2026",
      // no end date: still looked at
      "2022-09-19, -, 2026-02-15, 2026",
      // started on 1 January: whole
      "2026-01-01, -, 2026-03-01, 2026",
      // started during the year: its first year is partial, never judged, so not in progress
      "2026-01-02, -, 2026-12-02, -",
      // ending mid-year: its last year is partial
      "2022-09-19, 2026-06-30, 2026-03-01, -",
      // ending on 31 December: whole
      "2022-09-19, 2026-12-31, 2026-12-02, 2026",
      // a check date after the end: the year is not in the span
      "2022-09-19, 2025-12-31, 2026-02-01, -"})
  void theCheckDatesYearIsInProgressWhenItWillBeJudgedOnceOver(LocalDate start, LocalDate end, LocalDate asOf,
      Integer expected) {
    assertThat(YearInProgress.of(start, Optional.ofNullable(end), asOf).stream().boxed().findFirst())
        .isEqualTo(Optional.ofNullable(expected));
  }

  @ParameterizedTest
  @CsvSource({"2026, 2026-12-31", "2027, 2027-12-31"})
  void itsConditionsAreDueOn31December(int year, LocalDate due) {
    assertThat(YearInProgress.dueDate(year)).isEqualTo(due);
  }
}
