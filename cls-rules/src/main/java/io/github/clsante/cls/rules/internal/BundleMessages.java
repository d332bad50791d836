package io.github.clsante.cls.rules.internal;

import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.report.FindingMessages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
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
 *
 * <p>The bundles are read as {@code .properties} files (UTF-8) rather than through
 * {@link ResourceBundle#getBundle(String, Locale, ClassLoader, ResourceBundle.Control)}, which a named module may
 * not call: a bundle of cls-rules' own packages through cls-rules' module (found on the module path as on the
 * class path), any other (a third-party pack's) through the pack's class loader. The lookup is the one
 * {@link ResourceBundle.Control#getNoFallbackControl} defines: the candidates of the locale, most specific first,
 * down to the base bundle, each found one the parent of the one before; read once per locale.
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

  /** The shared bundle by locale, read once. */
  private static final ConcurrentMap<Locale, ResourceBundle> SHARED_BUNDLES = new ConcurrentHashMap<>();

  private final String baseName;
  private final ClassLoader loader;
  private final ConcurrentMap<Locale, ResourceBundle> bundles = new ConcurrentHashMap<>();

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
   * @throws MissingResourceException when the bundle has not even its base file
   */
  public ResourceBundle bundle(Locale locale) {
    return bundles.computeIfAbsent(locale, l -> load(baseName, l, loader));
  }

  /**
   * Reads a bundle as {@code ResourceBundle.getBundle} with the no-fallback control would, without it.
   *
   * @param baseName the base name, e.g. {@code io.github.clsante.cls.rules.ClsRulesMessages}
   * @param locale the locale
   * @param loader the class loader of a bundle outside cls-rules
   * @return the most specific bundle found, its parents set
   */
  private static ResourceBundle load(String baseName, Locale locale, ClassLoader loader) {
    List<Locale> candidates = NO_FALLBACK.getCandidateLocales(baseName, locale);
    Bundle found = null;
    for (int i = candidates.size() - 1; i >= 0; i--) {
      Locale candidate = candidates.get(i);
      String resource = NO_FALLBACK.toResourceName(NO_FALLBACK.toBundleName(baseName, candidate), "properties");
      try (InputStream in = open(resource, loader)) {
        if (in != null) {
          found = new Bundle(new InputStreamReader(in, StandardCharsets.UTF_8), candidate, found);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the message bundle " + resource, e);
      }
    }
    if (found == null) {
      throw new MissingResourceException("Can't find bundle for base name " + baseName + ", locale " + locale,
          baseName + "_" + locale, "");
    }
    return found;
  }

  /**
   * A resource of one of cls-rules' own packages through its module (which a named module always may read), any
   * other through the given class loader.
   */
  private static InputStream open(String resource, ClassLoader loader) throws IOException {
    Module own = BundleMessages.class.getModule();
    int slash = resource.lastIndexOf('/');
    String pkg = slash < 0 ? "" : resource.substring(0, slash).replace('/', '.');
    if (own.isNamed() && own.getPackages().contains(pkg)) {
      return own.getResourceAsStream(resource);
    }
    return loader.getResourceAsStream(resource);
  }

  /** A bundle read from a properties file, with the locale it was found for and its parent. */
  private static final class Bundle extends PropertyResourceBundle {

    private final Locale locale;

    Bundle(InputStreamReader reader, Locale locale, ResourceBundle parent) throws IOException {
      super(reader);
      this.locale = locale;
      setParent(parent);
    }

    @Override
    public Locale getLocale() {
      return locale;
    }
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
    ResourceBundle shared = SHARED_BUNDLES.computeIfAbsent(locale,
        l -> load(SHARED, l, BundleMessages.class.getClassLoader()));
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
