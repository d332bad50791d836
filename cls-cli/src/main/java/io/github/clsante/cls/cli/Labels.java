package io.github.clsante.cls.cli;

import java.util.ResourceBundle;

/**
 * The command's own labels in one language, read from {@code CliLabels.properties} (French) and
 * {@code CliLabels_en.properties}. Placeholders {@code {0}}, {@code {1}}… are replaced literally: values are
 * never read as a pattern.
 */
final class Labels {

  private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{(\\d+)}");

  private final ResourceBundle bundle;

  Labels(Lang lang) {
    this.bundle = ResourceBundle.getBundle("io.github.clsante.cls.cli.CliLabels", lang.locale(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /**
   * @param key a key of the bundle
   * @param args the values of {0}, {1}…
   * @return the label
   */
  String get(String key, Object... args) {
    String s = bundle.getString(key);
    java.util.regex.Matcher m = PLACEHOLDER.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      int i = Integer.parseInt(m.group(1));
      m.appendReplacement(b, java.util.regex.Matcher.quoteReplacement(
          i < args.length ? String.valueOf(args[i]) : m.group()));
    }
    m.appendTail(b);
    return b.toString();
  }
}
