package io.github.clsante.cls.rules.internal;

import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.report.FindingMessages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders findings from a message bundle: key {@code <ruleId>.message}, or {@code <ruleId>.todo} for a to-do;
 * when the finding has a {@code variant} argument, {@code <key>.<variant>} is preferred if the bundle has it.
 * Placeholders are {@code {name}} of an argument, plus {@code {element}} and {@code {year}}; an absent argument
 * renders as nothing. Argument values are
 * inserted verbatim in one pass: user data is never read as a template. French is the bundle's default; a
 * locale the bundle lacks falls back to French, never to the JVM's default locale. Thread-safe.
 */
public final class BundleMessages implements FindingMessages {

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
      Object value = switch (name) {
        case "element" -> f.elementId();
        case "year" -> f.year().map(String::valueOf).orElse("");
        default -> f.arguments().get(name);
      };
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : format(value)));
    }
    m.appendTail(out);
    if (f.dueDate().isPresent()) {
      appendDueDate(out, f.dueDate().get(), bundle, locale);
    }
    return out.toString();
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

  private static String format(Object v) {
    if (v instanceof Collection<?> c) {
      return c.stream().map(BundleMessages::format).collect(Collectors.joining(", "));
    }
    if (v instanceof TemporalAccessor) {
      return v.toString();
    }
    return String.valueOf(v);
  }
}
