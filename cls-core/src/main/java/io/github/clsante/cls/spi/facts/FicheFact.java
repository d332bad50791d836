package io.github.clsante.cls.spi.facts;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A fiche action of the plan on the check date (a fiche added by an amendment dated after it gives no fact).
 * Read by NOR-AXES ({@code hasAxis}), NOR-ACTION-PILOT ({@code hasPilot}), NOR-PILOT-NOT-COORDINATOR
 * ({@code pilotIsCoordinator}), NOR-ACTION-INDICATORS ({@code indicatorCount}) and NOR-FICHES-VALIDATED
 * ({@code validated}, {@code validatedByDeadline}, {@code amendmentId}). Built by its {@link Builder}, named field
 * by named field; immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class FicheFact {

  private final String ficheId;
  private final String path;
  private final boolean hasAxis;
  private final boolean hasPilot;
  private final boolean pilotIsCoordinator;
  private final int indicatorCount;
  private final boolean validated;
  private final boolean validatedByDeadline;
  private final @Nullable String amendmentId;

  private FicheFact(Builder b) {
    this.ficheId = Objects.requireNonNull(b.ficheId, "ficheId");
    this.path = Objects.requireNonNull(b.path, "path");
    this.hasAxis = b.hasAxis;
    this.hasPilot = b.hasPilot;
    this.pilotIsCoordinator = b.pilotIsCoordinator;
    this.indicatorCount = b.indicatorCount;
    this.validated = b.validated;
    this.validatedByDeadline = b.validatedByDeadline;
    this.amendmentId = b.amendmentId;
  }

  /**
   * @param ficheId the fiche's id
   * @param path its JSON Pointer
   * @return a builder of the fact, every flag false, no indicator and no amendment
   */
  public static Builder builder(String ficheId, String path) {
    return new Builder(ficheId, path);
  }

  /** @return the fiche's id */
  public String ficheId() {
    return ficheId;
  }

  /** @return JSON Pointer of the fiche */
  public String path() {
    return path;
  }

  /** @return whether it belongs to an axis */
  public boolean hasAxis() {
    return hasAxis;
  }

  /** @return whether it has a pilot */
  public boolean hasPilot() {
    return hasPilot;
  }

  /** @return whether its pilot holds the coordinator role on the check date */
  public boolean pilotIsCoordinator() {
    return pilotIsCoordinator;
  }

  /** @return how many indicators it has */
  public int indicatorCount() {
    return indicatorCount;
  }

  /** @return whether it was validated on or before the check date (a later validation is not one yet) */
  public boolean validated() {
    return validated;
  }

  /**
   * @return whether it was so validated on or before its deadline: the amendment's date for a fiche added by an
   *     amendment, else the signature; true when validated and no deadline is dated yet
   */
  public boolean validatedByDeadline() {
    return validatedByDeadline;
  }

  /** @return the amendment that added it, or null (as the rules read it) */
  public @Nullable String amendmentId() {
    return amendmentId;
  }

  /** @return the amendment that added it, if any */
  public Optional<String> addedByAmendment() {
    return Optional.ofNullable(amendmentId);
  }

  @Override
  public String toString() {
    return "FicheFact[" + ficheId + "]";
  }

  /** Builds a {@link FicheFact}; not thread-safe. */
  public static final class Builder {

    private final String ficheId;
    private final String path;
    private boolean hasAxis;
    private boolean hasPilot;
    private boolean pilotIsCoordinator;
    private int indicatorCount;
    private boolean validated;
    private boolean validatedByDeadline;
    private @Nullable String amendmentId;

    private Builder(String ficheId, String path) {
      this.ficheId = ficheId;
      this.path = path;
    }

    /**
     * @param value whether it belongs to an axis
     * @return this builder
     */
    public Builder hasAxis(boolean value) {
      this.hasAxis = value;
      return this;
    }

    /**
     * @param value whether it has a pilot
     * @return this builder
     */
    public Builder hasPilot(boolean value) {
      this.hasPilot = value;
      return this;
    }

    /**
     * @param value whether its pilot holds the coordinator role on the check date
     * @return this builder
     */
    public Builder pilotIsCoordinator(boolean value) {
      this.pilotIsCoordinator = value;
      return this;
    }

    /**
     * @param count how many indicators it has, 0 or more
     * @return this builder
     * @throws IllegalArgumentException when {@code count} is negative
     */
    public Builder indicatorCount(int count) {
      if (count < 0) {
        throw new IllegalArgumentException("count must be 0 or more: " + count);
      }
      this.indicatorCount = count;
      return this;
    }

    /**
     * @param value whether it was validated on or before the check date
     * @return this builder
     */
    public Builder validated(boolean value) {
      this.validated = value;
      return this;
    }

    /**
     * @param value whether it was validated on or before its deadline
     * @return this builder
     */
    public Builder validatedByDeadline(boolean value) {
      this.validatedByDeadline = value;
      return this;
    }

    /**
     * @param id the amendment that added it, or null for a fiche of the signed plan
     * @return this builder
     */
    public Builder amendmentId(@Nullable String id) {
      this.amendmentId = id;
      return this;
    }

    /**
     * @return the fact
     * @throws NullPointerException naming the id or path when one is null
     */
    public FicheFact build() {
      return new FicheFact(this);
    }
  }
}
