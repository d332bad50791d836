package io.github.clsante.cls.testkit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what breaks the language of a text meant for a reader of one language — French or English — such as a
 * finding's message, a label or a report: an enum constant ({@code IMPLEMENTATION_AND_EVALUATION}), a
 * camelCase name ({@code expectedResults}), an unfilled placeholder ({@code {field}}, {@code {0}}), or a word of
 * the other language from a small stop-list (« the », « missing », « report »… in French; « le », « des »,
 * « réunion »… in English).
 *
 * <p>What is exempt by nature is masked before the check: JSON Pointers ({@code /actionPlan/fiches/0}), rule
 * ids ({@code NOR-COPIL-ANNUAL}), and, in English, the French terms of art kept as they are
 * ({@link #FRENCH_TERMS_OF_ART}); the caller adds the document's own data, element ids and the référentiel's
 * quotes with {@link #exempt} and {@link #exempt(Pattern)}. Immutable and thread-safe.
 *
 * <pre>{@code
 * LanguageCheck fr = LanguageCheck.french().exempt(List.of(contract.id(), contract.name()));
 * assertThat(fr.problems(report)).isEmpty();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class LanguageCheck {

  /** French terms kept in French inside English text: institutions with no English equivalent in use. */
  public static final List<String> FRENCH_TERMS_OF_ART = List.of("politique de la ville");

  /** English words that are no French words: one in a French text is English left over. */
  static final Set<String> ENGLISH_WORDS = Set.of("the", "and", "of", "is", "are", "has", "have", "no", "not",
      "missing", "meeting", "meetings", "report", "reports", "year", "years", "to", "with", "by", "for", "from",
      "at", "due", "none", "should", "must", "every", "each", "which", "this", "that", "be", "was", "were", "it",
      "its", "but", "without", "finding", "findings", "summary", "warning", "warnings", "error", "errors",
      "checked", "checks", "applies", "contract", "body", "member", "signatory", "signatories", "still", "true",
      "false", "yes", "between", "least", "most", "once");

  /** French words that are no English words: one in an English text is French left over. */
  static final Set<String> FRENCH_WORDS = Set.of("le", "la", "les", "des", "du", "de", "et", "est", "sont",
      "aucun", "aucune", "une", "pas", "avec", "pour", "dans", "sur", "au", "aux", "à", "ne", "réunion",
      "réunions", "rapport", "rapports", "constat", "constats", "année", "années", "erreur", "erreurs",
      "avertissement", "avertissements", "prévoir", "signataire", "signataires", "contrat", "bilan", "financier",
      "manque", "oui", "non", "vérifie", "gravité", "jamais", "toujours", "chaque", "depuis", "selon");

  private static final Pattern POINTER = Pattern.compile("(?<=^|[\\s(\\[«\"'])/[A-Za-z0-9_~./-]*");
  private static final Pattern RULE_ID = Pattern.compile("(?<![\\p{L}\\p{N}])[A-Z]{2,}(?:-[A-Z0-9]+)+"
      + "(?![\\p{L}\\p{N}])");
  private static final Pattern ENUM_CONSTANT = Pattern.compile("(?<![\\p{L}\\p{N}])[A-Z]{2,}_[A-Z0-9_]+");
  private static final Pattern CAMEL_CASE = Pattern.compile("(?<![\\p{L}\\p{N}])[a-z]+[A-Z][a-zA-Z]*");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z0-9]+}");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
  private static final String MASK = "\u27e6\u27e7";

  private final String language;
  private final Set<String> foreign;
  private final List<String> literals;
  private final List<Pattern> patterns;

  private LanguageCheck(String language, Set<String> foreign, List<String> literals, List<Pattern> patterns) {
    this.language = language;
    this.foreign = foreign;
    this.literals = literals.stream().filter(s -> !s.isEmpty()).distinct()
        .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    this.patterns = List.copyOf(patterns);
  }

  /** @return the check of a French text: no English word of the stop-list */
  public static LanguageCheck french() {
    return new LanguageCheck("French", ENGLISH_WORDS, List.of(), List.of(POINTER, RULE_ID));
  }

  /** @return the check of an English text: no French word of the stop-list, French terms of art exempt */
  public static LanguageCheck english() {
    return new LanguageCheck("English", FRENCH_WORDS, FRENCH_TERMS_OF_ART, List.of(POINTER, RULE_ID));
  }

  /**
   * @param exempt texts to mask wherever they occur (the document's ids, names and other strings, file names,
   *     quotes); empty ones are ignored
   * @return a check that also masks them
   */
  public LanguageCheck exempt(Collection<String> exempt) {
    List<String> all = new ArrayList<>(literals);
    Objects.requireNonNull(exempt, "exempt").forEach(s -> all.add(Objects.requireNonNull(s, "exempt text")));
    return new LanguageCheck(language, foreign, all, patterns);
  }

  /**
   * @param exempt a pattern of texts to mask
   * @return a check that also masks what it matches
   */
  public LanguageCheck exempt(Pattern exempt) {
    List<Pattern> all = new ArrayList<>(patterns);
    all.add(Objects.requireNonNull(exempt, "exempt"));
    return new LanguageCheck(language, foreign, literals, all);
  }

  /**
   * @param text a text, one or more lines
   * @return one problem per offending word, naming it, why, and its line once masked; empty when the text is
   *     all in the language
   */
  public List<String> problems(String text) {
    List<String> out = new ArrayList<>();
    for (String line : Objects.requireNonNull(text, "text").split("\\R", -1)) {
      String masked = mask(line);
      find(ENUM_CONSTANT, masked, "an enum constant", out);
      find(CAMEL_CASE, masked, "a camelCase name", out);
      find(PLACEHOLDER, masked, "an unfilled placeholder", out);
      Matcher w = WORD.matcher(masked);
      while (w.find()) {
        if (foreign.contains(w.group().toLowerCase(Locale.ROOT))) {
          out.add("«" + w.group() + "» is not " + language + " in: " + masked);
        }
      }
    }
    return out;
  }

  /**
   * @param text a text
   * @return the text with every exempt part replaced by ⟦⟧
   */
  public String mask(String text) {
    String s = Objects.requireNonNull(text, "text");
    for (String l : literals) {
      s = s.replace(l, MASK);
    }
    for (Pattern p : patterns) {
      s = p.matcher(s).replaceAll(MASK);
    }
    return s;
  }

  private static void find(Pattern p, String line, String what, List<String> out) {
    Matcher m = p.matcher(line);
    while (m.find()) {
      out.add("«" + m.group() + "» is " + what + " in: " + line);
    }
  }
}
