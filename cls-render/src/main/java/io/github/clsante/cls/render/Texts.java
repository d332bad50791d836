package io.github.clsante.cls.render;

import io.github.clsante.cls.calendar.MonthCount;
import io.github.clsante.cls.calendar.Phase;
import io.github.clsante.cls.model.ActionStatus;
import io.github.clsante.cls.report.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The renderer's words in one language: its labels ({@code RenderLabels.properties}, French, and
 * {@code RenderLabels_en.properties}), long dates (« 4 juillet 2023 », "4 July 2023"), numbers as the language
 * writes them (« 0,8 », "0.8"), durations, and the names of phases, severities and statuses. English for a
 * locale whose language is {@code en}, French for any other. Placeholders {@code {0}}, {@code {1}}… are replaced
 * literally: a value is never read as a pattern. Immutable; thread-safe.
 */
final class Texts {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
  /*
   * Read as files of this package rather than through ResourceBundle.getBundle: that needs no fallback Control
   * (whose default would fall back to the JVM's locale), and a Control is refused in a named module, which this
   * jar is on the module path.
   */
  private static final ResourceBundle FR = load("RenderLabels.properties");
  private static final ResourceBundle EN = load("RenderLabels_en.properties");

  private final Locale locale;
  private final ResourceBundle bundle;
  private final DateTimeFormatter longDate;

  private Texts(Locale locale) {
    this.locale = locale;
    this.bundle = locale == Locale.ENGLISH ? EN : FR;
    this.longDate = DateTimeFormatter.ofPattern("d MMMM uuuu", locale);
  }

  private static ResourceBundle load(String name) {
    try (InputStream in = Texts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("cls-render: " + name + " is missing from the jar");
      }
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param locale any locale
   * @return the words of its language: English for {@code en}, French otherwise
   */
  static Texts of(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return new Texts("en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH);
  }

  /** @return the locale of the words: {@link Locale#FRENCH} or {@link Locale#ENGLISH} */
  Locale locale() {
    return locale;
  }

  /** @return the language's code, for {@code <html lang>} */
  String language() {
    return locale.getLanguage();
  }

  boolean english() {
    return locale == Locale.ENGLISH;
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
   * @param key a key of the bundle, with {@code .one} and {@code .other} forms
   * @param n a count
   * @return the form for that count with the count in place of {0}: French singular for 0 and 1
   */
  String count(String key, long n) {
    boolean one = english() ? n == 1 : n <= 1;
    return get(key + (one ? ".one" : ".other"), n);
  }

  /** @return the day as the language writes it in prose: « 1er juillet 2023 », « 4 juillet 2023 », "4 July 2023" */
  String date(LocalDate d) {
    if (!english() && d.getDayOfMonth() == 1) {
      return "1er " + DateTimeFormatter.ofPattern("MMMM uuuu", locale).format(d);
    }
    return longDate.format(d);
  }

  /** @return a number as the language writes it: « 0,8 », « 12 000 », "0.8", "12,000" */
  String number(Object n) {
    if (n instanceof BigDecimal bd) {
      NumberFormat f = NumberFormat.getNumberInstance(locale);
      f.setMaximumFractionDigits(Math.max(0, bd.scale()));
      return f.format(bd);
    }
    if (n instanceof Number x) {
      return NumberFormat.getIntegerInstance(locale).format(x.longValue());
    }
    return String.valueOf(n);
  }

  /** @return the phase's name: « mise en œuvre et évaluation » */
  String phase(Phase p) {
    return get("phase." + p.name());
  }

  /** @return the severity's name, singular: « Erreur » */
  String severity(Severity s) {
    return get("severity." + s.name());
  }

  /** @return where a fiche stands: « en cours » */
  String status(ActionStatus s) {
    return get("status." + s.name());
  }

  /**
   * @param from the first day
   * @param untilExclusive the day after the last
   * @return the duration in years and months (« 5 ans », « 9 mois », « 1 an et 2 mois »), in days under a month
   */
  String duration(LocalDate from, LocalDate untilExclusive) {
    MonthCount mc = MonthCount.between(from, untilExclusive);
    long months = mc.months();
    if (months < 1) {
      return count("duration.days", mc.days());
    }
    long years = months / 12;
    long rest = months % 12;
    if (years == 0) {
      return count("duration.months", rest);
    }
    if (rest == 0) {
      return count("duration.years", years);
    }
    return get("duration.yearsMonths", count("duration.years", years), count("duration.months", rest));
  }
}
