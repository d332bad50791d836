package io.github.clsante.cls.cli;

import io.github.clsante.cls.calendar.Phase;
import io.github.clsante.cls.referentiel.Applies;
import io.github.clsante.cls.report.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The command's own labels in one language, read from {@code CliLabels.properties} (French) and
 * {@code CliLabels_en.properties}, and the words every text output shares: a label and its value with the
 * language's colon (« Phase : … », "Phase: …"), phase and severity names, when a clause applies, dates written
 * out. Placeholders {@code {0}}, {@code {1}}… are replaced literally: values are never read as a pattern.
 *
 * <p>The two files are read from this class's package (UTF-8) rather than through
 * {@code ResourceBundle.getBundle} with a no-fallback {@code Control}, which a named module may not call: the
 * command runs on the module path as on the class path. The English bundle's parent is the French one, as
 * {@code getBundle} would chain them; nothing falls back to the JVM's locale.
 */
final class Labels {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
  private static final ResourceBundle FR = load("CliLabels.properties", null);
  private static final ResourceBundle EN = load("CliLabels_en.properties", FR);

  private final Lang lang;
  private final ResourceBundle bundle;

  Labels(Lang lang) {
    this.lang = lang;
    this.bundle = lang == Lang.en ? EN : FR;
  }

  /**
   * Reads a properties file of this package as UTF-8.
   *
   * @param name the file's name in this package
   * @param parent the bundle it falls back to, or null
   * @return the bundle
   */
  static ResourceBundle load(String name, @Nullable ResourceBundle parent) {
    try (InputStream in = Labels.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("cls-cli: " + name + " is missing from the jar");
      }
      return new Bundle(new InputStreamReader(in, StandardCharsets.UTF_8), parent);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A properties file with a parent, as {@code ResourceBundle.getBundle} chains a language to the base. */
  private static final class Bundle extends PropertyResourceBundle {
    Bundle(InputStreamReader reader, @Nullable ResourceBundle parent) throws IOException {
      super(reader);
      setParent(parent);
    }
  }

  /** @return the language of these labels */
  Lang lang() {
    return lang;
  }

  /** @return the bundle, for tests that go through every label */
  ResourceBundle bundle() {
    return bundle;
  }

  /**
   * @param key a key of the bundle
   * @param args the values of {0}, {1}…
   * @return the label
   */
  String get(String key, Object... args) {
    String s = bundle.getString(key);
    Matcher m = PLACEHOLDER.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      int i = Integer.parseInt(m.group(1));
      m.appendReplacement(b, Matcher.quoteReplacement(i < args.length ? String.valueOf(args[i]) : m.group()));
    }
    m.appendTail(b);
    return b.toString();
  }

  /**
   * @param key the key of a label, e.g. {@code phase}
   * @param value its value, already escaped where it comes from a document
   * @return the label, the language's colon and the value: « Phase : mise en œuvre », "Phase: implementation"
   */
  String line(String key, String value) {
    return get(key) + get("colon") + value;
  }

  /** @return the phase in words, e.g. « mise en œuvre et évaluation » */
  String phase(Phase phase) {
    return get("phase." + phase);
  }

  /** @return the heading of a severity's findings, e.g. « Erreurs » */
  String severities(Severity severity) {
    return get("severity." + severity);
  }

  /** @return a severity in one word, e.g. « erreur » */
  String severity(Severity severity) {
    return get("severity.one." + severity);
  }

  /** @return when a clause applies, in words, e.g. « à la signature ; à prévoir avant » */
  String applies(Applies applies) {
    return get("applies." + applies);
  }

  /**
   * @param date a date
   * @return the date in words: « 30 juin 2027 », « 1er juillet 2027 », "30 June 2027"
   */
  String date(LocalDate date) {
    String month = DateTimeFormatter.ofPattern("MMMM uuuu", lang.locale()).format(date);
    String day = lang == Lang.fr && date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth());
    return day + " " + month;
  }
}
