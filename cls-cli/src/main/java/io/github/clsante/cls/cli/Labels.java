package io.github.clsante.cls.cli;

import io.github.clsante.cls.calendar.Phase;
import io.github.clsante.cls.referentiel.Applies;
import io.github.clsante.cls.report.Severity;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command's own labels in one language, read from {@code CliLabels.properties} (French) and
 * {@code CliLabels_en.properties}, and the words every text output shares: a label and its value with the
 * language's colon (« Phase : … », "Phase: …"), phase and severity names, when a clause applies, dates written
 * out. Placeholders {@code {0}}, {@code {1}}… are replaced literally: values are never read as a pattern.
 */
final class Labels {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

  private final Lang lang;
  private final ResourceBundle bundle;

  Labels(Lang lang) {
    this.lang = lang;
    this.bundle = ResourceBundle.getBundle("io.github.clsante.cls.cli.CliLabels", lang.locale(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
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
