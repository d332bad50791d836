package io.github.clsante.cls.referentiel;

import java.util.List;

/**
 * Thrown when a référentiel id is asked for that no pack on the class path provides.
 *
 * @since 0.1.0
 */
public final class UnknownReferentielException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The id asked for. */
  private final String id;
  /** The ids that exist. */
  private final transient List<String> known;

  /**
   * @param id the id asked for
   * @param known the ids that exist
   */
  public UnknownReferentielException(String id, List<String> known) {
    super("No référentiel \"" + id + "\"; known: " + (known.isEmpty()
        ? "none (is cls-rules on the class path?)" : String.join(", ", known)));
    this.id = id;
    this.known = List.copyOf(known);
  }

  /** @return the id asked for */
  public String id() {
    return id;
  }

  /** @return the ids that exist */
  public List<String> known() {
    return known;
  }
}
