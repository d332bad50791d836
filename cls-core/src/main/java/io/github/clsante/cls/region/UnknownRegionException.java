package io.github.clsante.cls.region;

/**
 * Thrown when a name is asked for that is no région's: its message names the eighteen régions.
 *
 * @since 0.1.0
 */
public final class UnknownRegionException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The name asked for. */
  private final String name;

  /** @param name the name asked for */
  public UnknownRegionException(String name) {
    super("No région \"" + name + "\"; the eighteen régions are: " + Region.officialNames());
    this.name = name;
  }

  /** @return the name asked for */
  public String name() {
    return name;
  }
}
