package io.github.clsante.cls.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.report.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A to-do's message ends with its due date, written out in the language (CLAUSES.md, « Due dates »). */
class DueDateMessageTest {

  private static final BundleMessages MESSAGES =
      new BundleMessages("io.github.clsante.cls.rules.ClsRulesMessages", DueDateMessageTest.class.getClassLoader());

  private static Finding todo(LocalDate due) {
    return new Finding("NOR-ANNUAL-REPORT", Severity.INFO, true, "cls-x", "/followUp/activityReports",
        Optional.of(2025), Optional.ofNullable(due), Map.of(), List.of(), "normandie", MESSAGES);
  }

  @Test
  void aDatedToDoSaysByWhenInFrenchAndEnglish() {
    Finding f = todo(LocalDate.of(2026, 6, 30));
    assertThat(f.message(Locale.FRENCH)).isEqualTo("À prévoir : le rapport d'activité 2025 — échéance : 30 juin 2026.");
    assertThat(f.message(Locale.ENGLISH)).isEqualTo("To do: the 2025 activity report — due by 30 June 2026.");
  }

  @Test
  void theFirstOfTheMonthIsWrittenTheFrenchWay() {
    assertThat(todo(LocalDate.of(2027, 3, 1)).message(Locale.FRENCH)).endsWith("échéance : 1er mars 2027.");
    assertThat(todo(LocalDate.of(2027, 3, 1)).message(Locale.ENGLISH)).endsWith("due by 1 March 2027.");
  }

  @Test
  void anUndatedToDoSaysNoDate() {
    assertThat(todo(null).message(Locale.FRENCH)).isEqualTo("À prévoir : le rapport d'activité 2025.");
  }
}
