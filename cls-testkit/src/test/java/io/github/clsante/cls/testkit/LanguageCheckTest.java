package io.github.clsante.cls.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The language check finds each kind of mixed text, and only that: what is exempt is masked. */
class LanguageCheckTest {

  @Test
  void aFrenchSentenceWithNothingForeignPasses() {
    assertThat(LanguageCheck.french().problems(
        "Phase : mise en œuvre et évaluation\nLa fiche action fa-1 ne renseigne pas le champ « résultats "
            + "attendus ». Le COPIL ne s'est pas réuni en 2025 (0 réunion ; minimum 1 par an).")).isEmpty();
  }

  @Test
  void anEnglishSentenceWithNothingForeignPasses() {
    assertThat(LanguageCheck.english().problems(
        "Phase: implementation and evaluation\nThe COPIL did not meet in 2025 (0 meeting; at least 1 a year). "
            + "The élu référent of the CLS is not a member of COPIL copil.")).isEmpty();
  }

  @Test
  void anEnumConstantIsFound() {
    assertThat(LanguageCheck.french().problems("Phase : IMPLEMENTATION_AND_EVALUATION")).singleElement()
        .asString().contains("IMPLEMENTATION_AND_EVALUATION").contains("enum constant");
  }

  @Test
  void aCamelCaseNameIsFound() {
    assertThat(LanguageCheck.french().problems("ne renseigne pas le champ « expectedResults »."))
        .singleElement().asString().contains("expectedResults").contains("camelCase");
  }

  @Test
  void anUnfilledPlaceholderIsFound() {
    assertThat(LanguageCheck.english().problems("Fiche action {element} has {0} indicators.")).hasSize(2)
        .anySatisfy(p -> assertThat(p).contains("{element}"))
        .anySatisfy(p -> assertThat(p).contains("{0}"));
  }

  @Test
  void anEnglishWordInFrenchAndAFrenchWordInEnglishAreFound() {
    assertThat(LanguageCheck.french().problems("s'applique : signature (to-do)")).singleElement().asString()
        .contains("«to»");
    assertThat(LanguageCheck.english().problems("Meeting cotech-1 has no compte-rendu de réunion.")).hasSize(2)
        .anySatisfy(p -> assertThat(p).contains("«de»"))
        .anySatisfy(p -> assertThat(p).contains("«réunion»"));
  }

  @Test
  void pointersRuleIdsAndTermsOfArtAreExempt() {
    assertThat(LanguageCheck.french().problems("  NOR-COPIL-ANNUAL  copil /governance/bodies/0/meetingDates"))
        .isEmpty();
    assertThat(LanguageCheck.english().problems("the territory is not in the politique de la ville")).isEmpty();
    // the same French words outside the term are still found
    assertThat(LanguageCheck.english().problems("the ville de la mer")).hasSize(2);
  }

  @Test
  void whatTheCallerExemptsIsMasked() {
    String line = "Contrat : cls-x — Contrat local de santé of the Baie (actionPlan)";
    assertThat(LanguageCheck.french().problems(line)).hasSize(3);
    LanguageCheck fr = LanguageCheck.french().exempt(List.of("Contrat local de santé of the Baie"))
        .exempt(Pattern.compile("\\(actionPlan\\)"));
    assertThat(fr.problems(line)).isEmpty();
    assertThat(fr.mask(line)).isEqualTo("Contrat : cls-x — ⟦⟧ ⟦⟧");
  }
}
