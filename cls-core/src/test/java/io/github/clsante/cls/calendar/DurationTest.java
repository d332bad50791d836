package io.github.clsante.cls.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * CLAUSES.md, durations: signature to end date inclusive, in whole calendar months (added by the one rule of
 * {@link DateArithmetic}) and days left over.
 */
class DurationTest {

  @Test
  @DisplayName("2022-03-15 → 2027-03-14 is exactly 5 years: 60 months 0 days")
  void fiveYearsExactly() {
    assertThat(MonthCount.inclusive(LocalDate.of(2022, 3, 15), LocalDate.of(2027, 3, 14)))
        .isEqualTo(new MonthCount(60, 0));
  }

  @Test
  @DisplayName("3 years: 2021-01-01 → 2023-12-31 is 36 months 0 days")
  void threeYears() {
    assertThat(MonthCount.inclusive(LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31)))
        .isEqualTo(new MonthCount(36, 0));
  }

  @Test
  @DisplayName("5 years + 1 day: 2022-03-15 → 2027-03-15 is 60 months 1 day")
  void fiveYearsAndOneDay() {
    assertThat(MonthCount.inclusive(LocalDate.of(2022, 3, 15), LocalDate.of(2027, 3, 15)))
        .isEqualTo(new MonthCount(60, 1));
  }

  @Test
  @DisplayName("3 years − 1 day: 35 months and some days")
  void justUnderThreeYears() {
    MonthCount c = MonthCount.inclusive(LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 30));
    assertThat(c.months()).isEqualTo(35);
    assertThat(c.days()).isEqualTo(30);
  }

  @Test
  @DisplayName("between is end-exclusive: 6 months from 2021-07-15 to 2022-01-15; 12 months 0 days for a year")
  void betweenIsExclusive() {
    assertThat(MonthCount.between(LocalDate.of(2021, 7, 15), LocalDate.of(2022, 1, 15)))
        .isEqualTo(new MonthCount(6, 0));
    assertThat(MonthCount.between(LocalDate.of(2021, 7, 15), LocalDate.of(2022, 7, 15)))
        .isEqualTo(new MonthCount(12, 0));
    assertThat(MonthCount.between(LocalDate.of(2021, 7, 15), LocalDate.of(2022, 7, 16)))
        .isEqualTo(new MonthCount(12, 1));
  }

  @Test
  @DisplayName("signed 2024-02-29, ending 2029-02-28: exactly 5 years, 60 months 0 days (29 Feb + 5 years = 1 March)")
  void leapDaySignature() {
    assertThat(MonthCount.inclusive(LocalDate.of(2024, 2, 29), LocalDate.of(2029, 2, 28)))
        .isEqualTo(new MonthCount(60, 0));
    assertThat(MonthCount.inclusive(LocalDate.of(2024, 2, 29), LocalDate.of(2029, 3, 1)))
        .isEqualTo(new MonthCount(60, 1));
  }

  @Test
  @DisplayName("2024-08-31 → 2025-03-01 is 6 months 0 days; 2024-08-31 → 2025-02-28 is 5 months 28 days")
  void monthEnds() {
    assertThat(MonthCount.between(LocalDate.of(2024, 8, 31), LocalDate.of(2025, 3, 1)))
        .isEqualTo(new MonthCount(6, 0));
    assertThat(MonthCount.between(LocalDate.of(2024, 8, 31), LocalDate.of(2025, 2, 28)))
        .isEqualTo(new MonthCount(5, 28));
    assertThat(MonthCount.between(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 3, 1)))
        .isEqualTo(new MonthCount(12, 0));
  }

  @Test
  @DisplayName("an end before the start gives a negative count")
  void negative() {
    assertThat(MonthCount.between(LocalDate.of(2022, 3, 15), LocalDate.of(2022, 1, 15)).months()).isEqualTo(-2);
  }

  @Test
  @DisplayName("reports for year Y are due by 30 June of Y+1")
  void reportDue() {
    assertThat(ReportDue.dueDate(2024)).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(ReportDue.overdue(2024, LocalDate.of(2025, 6, 30))).isFalse();
    assertThat(ReportDue.overdue(2024, LocalDate.of(2025, 7, 1))).isTrue();
  }
}
