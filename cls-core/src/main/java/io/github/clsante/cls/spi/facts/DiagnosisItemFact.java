package io.github.clsante.cls.spi.facts;

/**
 * An item of a category that the diagnosis does not hold: one fact for every value of every category the
 * diagnosis lacks (a diagnosis that holds everything gives none). Read by SOC-DIAGNOSIS-THEMES (themes),
 * NOR-DIAGNOSIS-CONTENT (elements), OCC-DIAGNOSIS-PORTRAITS (portraits) and OCC-DIAGNOSIS-PRS (frameworks).
 *
 * @param category the category
 * @param item the item: the name of a {@code Portrait}, {@code DiagnosisElement}, {@code PolicyFramework} or
 *     {@code HealthTheme} constant
 * @param path JSON Pointer of the diagnosis field holding the category
 * @since 0.1.0
 */
public record DiagnosisItemFact(Category category, String item, String path) {

  /**
   * The categories of diagnosis items.
   *
   * @since 0.1.0
   */
  public enum Category {
    /** Occitanie portraits. */
    PORTRAIT,
    /** Normandie method elements. */
    ELEMENT,
    /** Policy frameworks referred to. */
    FRAMEWORK,
    /** Health themes covered. */
    THEME
  }
}
