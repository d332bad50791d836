package io.github.clsante.cls.report;

import java.util.Objects;

/**
 * Where a clause comes from: a source document of the référentiel and the verbatim quote a finding cites.
 *
 * @param document the source's short id, e.g. "NOR-GOV"
 * @param title the source's title, e.g. "ARS Normandie, fiche pratique n°3 « Gouvernance et coordination »"
 * @param quote the verbatim quote, in French
 * @since 0.1.0
 */
public record Source(String document, String title, String quote) {

  /**
   * @param document the source's short id
   * @param title the source's title
   * @param quote the verbatim quote
   */
  public Source {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(quote, "quote");
  }
}
