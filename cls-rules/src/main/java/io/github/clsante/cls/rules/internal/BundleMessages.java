package io.github.clsante.cls.rules.internal;

import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.report.FindingMessages;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders findings from a message bundle: key {@code <ruleId>.message}, or {@code <ruleId>.todo} for a to-do;
 * when the finding has a {@code variant} argument, {@code <key>.<variant>} is preferred if the bundle has it.
 * Placeholders are {@code {name}} of an argument, plus {@code {element}} (the element's id) and {@code {year}}
 * when the finding has no argument of that name; an absent argument renders as nothing.
 *
 * <p>Arguments keep their stable values in {@link Finding#arguments()}; only their rendering is in the
 * language, by one function, {@link #value}: a word of the bundle's vocabulary ({@code value.<vocabulary>.<v>},
 * the vocabulary being the argument's name, or the one {@link #VOCABULARIES} names: {@code earlier},
 * {@code later} and {@code from} are milestones, {@code element} a diagnosis element, {@code kind} a territory
 * scale), « oui »/« non » for a boolean, a number in the language's notation ({@code 0,8}), a date written out
 * (« 1er mars 2027 », "1 March 2027"), a list joined with commas and « et » / "and". A word missing from a
 * pack's own bundle is looked up in cls-rules' bundle, which holds the shared vocabulary; a value in no
 * vocabulary (an id, a name from the document) is inserted verbatim. Values are inserted in one pass: user data
 * is never read as a template. French is the bundle's default; a locale the bundle lacks falls back to French,
 * never to the JVM's default locale. Thread-safe.
 */
public final class BundleMessages implements FindingMessages {

  /**
   * The vocabulary of an argument whose name is not its vocabulary's: milestones by field name, diagnosis
   * elements, territory scales.
   */
  public static final Map<String, String> VOCABULARIES = Map.of("earlier", "milestone", "later", "milestone",
      "from", "milestone", "element", "diagnosisElement", "kind", "territoryKind");

  /** The bundle of cls-rules, holding the vocabulary every pack shares. */
  static final String SHARED = "io.github.clsante.cls.rules.ClsRulesMessages";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final String baseName;
  private final ClassLoader loader;

  /**
   * @param baseName the bundle's base name
   * @param loader the class loader holding it
   */
  public BundleMessages(String baseName, ClassLoader loader) {
    this.baseName = baseName;
    this.loader = loader;
  }

  /**
   * @param locale a locale
   * @return the bundle for that locale (French when it has none)
   */
  public ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(baseName, locale, loader, NO_FALLBACK);
  }

  @Override
  public String message(Finding f, Locale locale) {
    String key = f.ruleId() + (f.isToDo() ? ".todo" : ".message");
    Object variant = f.arguments().get("variant");
    ResourceBundle bundle = bundle(locale);
    String template;
    try {
      template = variant != null && bundle.containsKey(key + "." + variant)
          ? bundle.getString(key + "." + variant) : bundle.getString(key);
    } catch (MissingResourceException e) {
      return f.ruleId() + " " + f.elementId();
    }
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value;
      if (f.arguments().containsKey(name)) {
        value = value(name, f.arguments().get(name), locale);
      } else {
        value = switch (name) {
          case "element" -> f.elementId();
          case "year" -> f.year().map(String::valueOf).orElse("");
          default -> "";
        };
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    if (f.dueDate().isPresent()) {
      appendDueDate(out, f.dueDate().get(), bundle, locale);
    }
    return out.toString();
  }

  /**
   * Renders an argument's value in a language: the one function every message uses.
   *
   * @param name the argument's name, e.g. {@code field}
   * @param value its stable value, e.g. {@code "expectedResults"}, {@code 0.8}, {@code true}, a date, a list
   * @param locale the language
   * @return the value in words of that language, e.g. « résultats attendus », « 0,8 », « oui »,
   *     « 23 février 2022 », « org-a, org-b et org-c »; an empty string for null
   */
  public String value(String name, Object value, Locale locale) {
    if (value == null) {
      return "";
    }
    if (value instanceof Collection<?> c) {
      List<String> items = new ArrayList<>();
      c.forEach(v -> items.add(value(name, v, locale)));
      return join(items, word("list.and", locale).orElse("et"));
    }
    if (value instanceof Boolean b) {
      return word("value.boolean." + b, locale).orElse(b.toString());
    }
    if (value instanceof Number n) {
      NumberFormat format = NumberFormat.getNumberInstance(language(locale));
      format.setMaximumFractionDigits(2);
      return format.format(n);
    }
    if (value instanceof LocalDate d) {
      return longDate(d, locale);
    }
    String v = value instanceof Enum<?> e ? e.name() : value.toString();
    return word("value." + VOCABULARIES.getOrDefault(name, name) + "." + v, locale).orElse(v);
  }

  /** A word of the pack's bundle, else of the shared one. */
  private Optional<String> word(String key, Locale locale) {
    ResourceBundle own = bundle(locale);
    if (own.containsKey(key)) {
      return Optional.of(own.getString(key));
    }
    ResourceBundle shared = ResourceBundle.getBundle(SHARED, locale, BundleMessages.class.getClassLoader(),
        NO_FALLBACK);
    return shared.containsKey(key) ? Optional.of(shared.getString(key)) : Optional.empty();
  }

  /** « a », « a et b », « a, b et c ». */
  private static String join(List<String> items, String and) {
    if (items.size() < 2) {
      return items.isEmpty() ? "" : items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " " + and + " " + items.get(items.size() - 1);
  }

  /** English for {@code en}, French otherwise, as the bundles are chosen. */
  private static Locale language(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
  }

  /**
   * Appends the due date of a to-do: « — à prévoir avant le 30 juin 2027. » / "— due by 30 June 2027.", from the
   * bundle's {@code dueDate} key when it has one.
   */
  private static void appendDueDate(StringBuilder out, LocalDate due, ResourceBundle bundle, Locale locale) {
    if (!bundle.containsKey("dueDate")) {
      return;
    }
    int end = out.length();
    while (end > 0 && (out.charAt(end - 1) == '.' || Character.isWhitespace(out.charAt(end - 1)))) {
      end--;
    }
    out.setLength(end);
    out.append(' ').append(bundle.getString("dueDate").replace("{date}", longDate(due, bundle.getLocale())));
  }

  /**
   * @param date a date
   * @param locale the language (French: « 1er mars 2027 », « 30 juin 2027 »; English: "30 June 2027")
   * @return the date written out in that language
   */
  public static String longDate(LocalDate date, Locale locale) {
    boolean english = locale != null && "en".equals(locale.getLanguage());
    if (english) {
      return date.format(DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH));
    }
    String month = date.format(DateTimeFormatter.ofPattern("MMMM uuuu", Locale.FRENCH));
    return (date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth())) + " " + month;
  }
}
