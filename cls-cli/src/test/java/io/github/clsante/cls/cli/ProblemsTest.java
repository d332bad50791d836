package io.github.clsante.cls.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.json.DocumentProblem;
import io.github.clsante.cls.testkit.LanguageCheck;
import org.junit.jupiter.api.Test;

/**
 * A document problem in French: cls-json's phrases translated, what the document holds kept to the character,
 * and a phrase the command does not know never printed in English.
 */
class ProblemsTest {

  @Test
  void theFrameAndThePhrasesAreFrenchAndTheDocumentsValuesAreKept() {
    DocumentProblem p = new DocumentProblem("/territory/communes/0", 9, 7,
        "an INSEE commune code (5 characters, e.g. \"50025\" or \"2A004\")", "\"6146\"");
    assertThat(Problems.line(p, Lang.fr)).isEqualTo("ligne 9, colonne 7, /territory/communes/0 : attendu un code "
        + "commune INSEE (5 caractères, par exemple \"50025\" ou \"2A004\") ; trouvé \"6146\"");
    assertThat(Problems.line(p, Lang.en)).isEqualTo(p.toString());
  }

  @Test
  void aSuggestionAndARepeatKeepTheirQuotedNames() {
    assertThat(Problems.french("\"regoin\" (did you mean \"region\"?)", "?"))
        .isEqualTo("\"regoin\" (vouliez-vous dire \"region\" ?)");
    assertThat(Problems.french("\"id\" a second time", "?")).isEqualTo("\"id\" une deuxième fois");
    assertThat(Problems.french("\"org-ars\", already the id of /organisations/1", "?"))
        .isEqualTo("\"org-ars\", déjà l'identifiant de /organisations/1");
  }

  @Test
  void aPhraseTheCommandDoesNotKnowIsNeverPrintedInEnglish() {
    assertThat(Problems.french("Unexpected character ('}' (code 125)): was expecting double-quote", "ailleurs"))
        .isEqualTo("ailleurs");
    DocumentProblem p = new DocumentProblem("", 3, 1, "well-formed JSON", "Unexpected end of file");
    String fr = Problems.line(p, Lang.fr);
    assertThat(fr).isEqualTo("ligne 3, colonne 1, (document) : attendu du JSON bien formé ; trouvé "
        + Problems.UNSAID);
    assertThat(LanguageCheck.french().exempt(java.util.regex.Pattern.compile("--lang en")).problems(fr)).isEmpty();
  }

  @Test
  void theLanguageCheckIsNotBlindToTheEnglishDiagnosticsTheCommandUsedToPrint() {
    LanguageCheck fr = LanguageCheck.french();
    assertThat(fr.problems("broken.json: line 12, column 17, /governance/bodies/0/kind: expected one of COPIL; "
        + "found \"COPILL\"")).isNotEmpty();
    assertThat(fr.problems("cls: broken.json is not a readable contract (1 problem)")).isNotEmpty();
    assertThat(fr.problems("Try 'cls check --help' for more information.")).isNotEmpty();
    assertThat(LanguageCheck.english().problems("cls : broken.json n'est pas un contrat lisible (1 problème)"))
        .isNotEmpty();
  }
}
