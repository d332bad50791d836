package io.github.clsante.cls.referentiel;

import static io.github.clsante.cls.referentiel.Applies.Judgement.JUDGE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.calendar.Phase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The applies column, as CLAUSES.md states it: « Before that, it says nothing, except where the column names a
 * to-do: then an unmet condition gives one INFO finding ».
 */
class AppliesTest {

  @ParameterizedTest(name = "{0} in {1}: {2}")
  @CsvSource({
      "always, PRELIMINARY, JUDGE", "always, ENDED, JUDGE",
      "diagnosis, PRELIMINARY, SILENT", "diagnosis, DIAGNOSIS_AND_PLANNING, JUDGE", "diagnosis, ENDED, JUDGE",
      "signature, DIAGNOSIS_AND_PLANNING, SILENT", "signature, IMPLEMENTATION_AND_EVALUATION, JUDGE",
      "signature (to-do), PRELIMINARY, SILENT", "signature (to-do), DIAGNOSIS_AND_PLANNING, TO_DO",
      "signature (to-do), IMPLEMENTATION_AND_EVALUATION, JUDGE", "signature (to-do), ENDED, JUDGE",
      "end (to-do), IMPLEMENTATION_AND_EVALUATION, SILENT", "end (to-do), ENDED, JUDGE",
      "years: diagnosis start → end, PRELIMINARY, JUDGE", "years: signature → end, ENDED, JUDGE"})
  void eachFormJudgesGivesAToDoOrSaysNothing(String label, Phase phase, Applies.Judgement expected) {
    assertThat(Applies.ofLabel(label).judgement(phase)).isEqualTo(expected);
    assertThat(expected == JUDGE).isEqualTo(Applies.ofLabel(label).judgement(phase) == JUDGE);
  }
}
