package io.github.clsante.cls.cli;

import io.github.clsante.cls.internal.Printable;
import io.github.clsante.cls.json.DocumentProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link DocumentProblem} said in the language of the command. cls-json states what it expected and found in
 * English words ({@code expected one of COPIL, COTECH…; found "COPILL"}); in English the problem prints as
 * {@link DocumentProblem#toString()} does, and in French its frame (« ligne 12, colonne 17, /pointer : attendu
 * … ; trouvé … ») and its phrases are French: each phrase cls-json and cls-core's model validation use is
 * translated here, while what comes from the document — quoted JSON strings, numbers, the JSON literals, the
 * pointer — is kept exactly. A text none of the phrases covers (a new phrase, a JSON parser's own message) is
 * said in general French words rather than printed in English. Stateless and thread-safe.
 */
final class Problems {

  /** A JSON string as cls-json quotes it: kept as it is. */
  private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
  /** A kept part, once set aside: a private-use character and its number. */
  private static final Pattern KEPT = Pattern.compile("\uE000(\\d+)\uE001");
  /** A word: none may be left once the phrases are translated and the data set aside. */
  private static final Pattern LEFT_OVER = Pattern.compile("[A-Za-z]{2,}");

  /** The phrases, longest first where one holds another: English (a pattern) and French (a replacement). */
  private static final String[][] PHRASES = {
      // what was expected
      {"the required field (\uE000\\d+\uE001) \\([^()]*(?:\\([^()]*\\)[^()]*)*\\)", "le champ obligatoire $1"},
      {"one of the fields (.+)", "l'un des champs $1"},
      {"one of (.+)", "l'une des valeurs $1"},
      {"a date YYYY-MM-DD \\(ISO 8601\\)", "une date AAAA-MM-JJ (ISO 8601)"},
      {"an integer", "un nombre entier"},
      {"true or false", "un booléen JSON"},
      {"a number of 0 or more", "un nombre positif ou nul"},
      {"each value once in the array", "chaque valeur une seule fois dans le tableau"},
      {"an object \\([^)]*\\)", "un objet"},
      {"a string whose control characters are escaped \\(([^)]*)\\)",
          "une chaîne dont les caractères de contrôle sont échappés ($1)"},
      {"a string of at most (\\d+) characters", "une chaîne d'au plus $1 caractères"},
      {"a string", "une chaîne de caractères"},
      {"text of Unicode characters", "du texte en caractères Unicode"},
      {"a non-blank id", "un identifiant non vide"},
      {"an INSEE commune code \\(5 characters, e\\.g\\. (\uE000\\d+\uE001)(?: or (\uE000\\d+\uE001))?\\)",
          "un code commune INSEE (5 caractères, par exemple $1 ou $2)"},
      {"a SIREN number \\(9 digits with a valid check digit, e\\.g\\. (\uE000\\d+\uE001)\\)",
          "un numéro SIREN (9 chiffres dont une clé de contrôle valide, par exemple $1)"},
      {"a FINESS number \\(9 characters, e\\.g\\. (\uE000\\d+\uE001)\\)",
          "un numéro FINESS (9 caractères, par exemple $1)"},
      {"a département code \\(([^)]*)\\)", "un code de département ($1)"},
      {"a full-time equivalent of 0 or more", "un équivalent temps plein positif ou nul"},
      {"a year on or after fromYear (\\d+)", "une année égale ou postérieure à l'année de début ($1)"},
      {"an id used once in the document", "un identifiant employé une seule fois dans le document"},
      {"an organisation listed once among the signatories",
          "une organisation citée une seule fois parmi les signataires"},
      {"the id of an? organisation of the document", "l'identifiant d'une organisation du document"},
      {"the id of an? person of the document", "l'identifiant d'une personne du document"},
      {"the id of an? governance body of the document", "l'identifiant d'une instance du document"},
      {"the id of an? fiche action of the document", "l'identifiant d'une fiche action du document"},
      {"the id of an? axis of the document", "l'identifiant d'un axe du document"},
      {"the id of an? [a-z ]+ of the document", "l'identifiant d'un élément du document"},
      {"a date on or after (\\d{4}-\\d{2}-\\d{2})", "une date égale ou postérieure au $1"},
      {"a year from (\\d+) to (\\d+)", "une année de $1 à $2"},
      {"an amount of 0 or more", "un montant positif ou nul"},
      {"a JSON object \\(an? (\\S+) document\\)", "un objet JSON (un document $1)"},
      {"the end of the document after the root object", "la fin du document après l'objet racine"},
      {"a field name of at most (\\d+) characters", "un nom de champ d'au plus $1 caractères"},
      {"each field once in an object", "chaque champ une seule fois dans un objet"},
      {"a number of at most (\\d+) characters", "un nombre d'au plus $1 caractères"},
      {"at most (\\d+) levels of nested objects and arrays", "au plus $1 niveaux d'objets et de tableaux imbriqués"},
      {"a document of at most (\\d+) characters", "un document d'au plus $1 caractères"},
      {"a document within the reading bounds", "un document dans les limites de lecture"},
      {"the rest of the document \\(the closing (\uE000\\d+\uE001|.) of the string\\)",
          "la suite du document (le $1 qui ferme la chaîne)"},
      {"the rest of the document \\(the closing (.) of the array\\)", "la suite du document (le $1 qui ferme le tableau)"},
      {"the rest of the document \\(the closing (.) of the object\\)", "la suite du document (le $1 qui ferme l'objet)"},
      {"a UTF-8 document", "un document UTF-8"},
      {"a readable input", "une entrée lisible"},
      {"a readable file", "un fichier lisible"},
      {"a regular file", "un fichier ordinaire"},
      {"well-formed JSON \\(only spaces, tabs and line breaks between values\\)",
          "du JSON bien formé (seulement des espaces, tabulations et retours à la ligne entre les valeurs)"},
      {"well-formed JSON", "du JSON bien formé"},
      {"an array", "un tableau"},
      // what was found
      {"an object", "un objet"},
      {"no such field", "aucun champ de ce nom"},
      {"no such file", "aucun fichier de ce nom"},
      {"a folder", "un dossier"},
      {"a special file", "un fichier spécial"},
      {"\\(did you mean (\uE000\\d+\uE001)\\?\\)", "(vouliez-vous dire $1 ?)"},
      {" a second time", " une deuxième fois"},
      {", already the id of the contract", ", déjà l'identifiant du contrat"},
      {", already the id of ", ", déjà l'identifiant de "},
      {", already the signatory at ", ", déjà le signataire en "},
      {"\\(the id of the contract, not an? [a-z ]+\\)", "(l'identifiant du contrat, pas d'un autre élément)"},
      {"\\(the id of (\\S+), not an? [a-z ]+\\)", "(l'identifiant de $1, d'un autre genre d'élément)"},
      {"a lone surrogate (\\\\u[0-9a-fA-F]{4}) in ", "un demi-caractère UTF-16 isolé $1 dans "},
      {"an empty document", "un document vide"},
      {"more content", "du contenu en plus"},
      {"a longer field name", "un nom de champ plus long"},
      {"a longer string", "une chaîne plus longue"},
      {"a longer number", "un nombre plus long"},
      {"a longer document", "un document plus long"},
      {"a deeper nesting", "une imbrication plus profonde"},
      {"the end of the input", "la fin de l'entrée"},
      {"a UTF-8 sequence cut by the end of the input", "une séquence UTF-8 coupée par la fin de l'entrée"},
      {"bytes that are not UTF-8", "des octets qui ne sont pas de l'UTF-8"},
      {"\\(byte order mark ([0-9A-F ]+)\\)", "(marque d'ordre des octets $1)"},
      {"\\(no byte order mark; starts ([0-9A-F ]+)\\)", "(sans marque d'ordre des octets ; commence par $1)"},
      {"an input that failed while being read(?: \\(.*\\))?", "une entrée dont la lecture a échoué"},
      {"text the parser could not read", "du texte illisible pour l'analyseur JSON"},
      {"the control character (\\S+) as is", "le caractère de contrôle $1 tel quel"},
      {"the control character (\\S+)", "le caractère de contrôle $1"},
      {"the character U\\+FEFF, a byte order mark left in text already decoded",
          "le caractère U+FEFF, une marque d'ordre des octets restée dans un texte déjà décodé"},
      {"no file (.+)", "aucun fichier $1"},
      {"a directory, (.+)", "un dossier, $1"},
      {"a file it may not read, (.+)", "un fichier qu'il n'a pas le droit de lire, $1"},
      {"a file that could not be read, (.+?)(?: \\(.*\\))?", "un fichier illisible, $1"},
      {"^(?:null|true|false)$", "$0"},
  };

  /** What is said of a text none of the phrases covers: where to read it. */
  static final String UNSAID = "autre chose (le détail avec --lang en)";

  private static final List<Pattern> ENGLISH = new ArrayList<>();
  private static final List<String> FRENCH = new ArrayList<>();

  static {
    for (String[] p : PHRASES) {
      ENGLISH.add(Pattern.compile(p[0]));
      FRENCH.add(p[1]);
    }
  }

  private Problems() {}

  /**
   * @param p a problem of a document
   * @param lang the language
   * @return the problem as one line, escaped: its position, pointer, what was expected and what was found
   */
  static String line(DocumentProblem p, Lang lang) {
    if (lang == Lang.en) {
      return p.toString();
    }
    StringBuilder b = new StringBuilder();
    if (p.line() >= 0) {
      b.append("ligne ").append(p.line());
      if (p.column() >= 0) {
        b.append(", colonne ").append(p.column());
      }
      b.append(", ");
    }
    b.append(p.pointer().isEmpty() ? "(document)" : p.pointer()).append(" : attendu ")
        .append(french(p.expected(), UNSAID)).append(" ; trouvé ").append(french(p.found(), UNSAID));
    return Printable.escape(b.toString());
  }

  /**
   * @param english what cls-json says, in English
   * @param otherwise what to say when some English is left once every known phrase is translated
   * @return the French, the document's strings and numbers kept as they are
   */
  static String french(String english, String otherwise) {
    List<String> kept = new ArrayList<>();
    String text = setAside(QUOTED.matcher(english), kept, m -> m.group(), "\uE000", "\uE001");
    List<String> translated = new ArrayList<>();
    for (int i = 0; i < ENGLISH.size(); i++) {
      Pattern en = ENGLISH.get(i);
      String fr = FRENCH.get(i);
      text = setAside(en.matcher(text), translated, m -> en.matcher(m.group()).replaceFirst(fr), "\uE002", "\uE003");
    }
    String left = TRANSLATED.matcher(KEPT.matcher(text).replaceAll(" ")).replaceAll(" ");
    if (LEFT_OVER.matcher(left.replaceAll(DATA, " ")).find()) {
      return otherwise;
    }
    String out = text;
    for (int i = translated.size() - 1; i >= 0; i--) {
      out = out.replace("\uE002" + i + "\uE003", translated.get(i));
    }
    for (int i = kept.size() - 1; i >= 0; i--) {
      out = out.replace("\uE000" + i + "\uE001", kept.get(i));
    }
    return out.replace(" ou )", ")");
  }

  /** What may be left untranslated: numbers, pointers, hex bytes, JSON literals, escapes, encodings. */
  private static final String DATA = "(?<![A-Za-z])(?:null|true|false|UTF-(?:8|16|32)(?:BE|LE)?|U\\+[0-9A-F]+"
      + "|\\\\u[0-9a-fA-F]{4}|\\\\[nrtbf0]|[0-9A-F]{2}(?: [0-9A-F]{2})*|/\\S*)(?![A-Za-z])";
  private static final Pattern TRANSLATED = Pattern.compile("\uE002(\\d+)\uE003");

  /** Replaces each match by a numbered marker, the text it stands for added to {@code into}. */
  private static String setAside(Matcher m, List<String> into, java.util.function.Function<Matcher, String> what,
      String open, String close) {
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String replacement = what.apply(m);
      m.appendReplacement(b, Matcher.quoteReplacement(open + into.size() + close));
      into.add(replacement);
    }
    m.appendTail(b);
    return b.toString();
  }
}
