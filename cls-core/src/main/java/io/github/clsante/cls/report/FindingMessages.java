package io.github.clsante.cls.report;

import java.util.Locale;

/**
 * Renders a finding's message in a locale. Implemented by each pack from its message bundles; user data only
 * ever fills a bundle's placeholders, it is never read as a template. Implementations are thread-safe.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface FindingMessages {

  /**
   * @param finding the finding
   * @param locale the wanted locale; French when the pack has no bundle for it
   * @return the message
   */
  String message(Finding finding, Locale locale);
}
