package io.github.clsante.cls.spi.facts;

/**
 * Whether the diagnosis holds one item of a category: one fact for every value of every category, present
 * or not.
 *
 * @param category the category
 * @param item the item: the name of a {@code Portrait}, {@code DiagnosisElement}, {@code PolicyFramework} or
 *     {@code HealthTheme} constant
 * @param present whether the diagnosis holds it
 * @param path JSON Pointer of the diagnosis field holding the category
 */
public record DiagnosisItemFact(Category category, String item, boolean present, String path) {

  /** The categories of diagnosis items. */
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
