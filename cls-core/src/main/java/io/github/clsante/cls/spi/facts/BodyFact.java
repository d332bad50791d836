package io.github.clsante.cls.spi.facts;

import io.github.clsante.cls.model.BodyKind;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A governance body and its composition on the check date. Read by SOC-COPIL-PREFECT (who is in a COPIL),
 * NOR-COPIL-CHAIR, NOR-COPIL-MEMBERS, NOR-COPIL-ANNUAL and NOR-COTECH-ANNUAL, NOR-COTECH-IDEAL,
 * NOR-COTECH-FACILITATOR, NOR-MERGED-BODIES and OCC-PROJECT-TEAM (the first COPIL or COTECH is the element of
 * their findings). Built by its {@link Builder}, named field by named field; immutable and thread-safe.
 * @since 0.1.0
 */
public final class BodyFact {

  private final String bodyId;
  private final String path;
  private final BodyKind kind;
  private final boolean firstCopil;
  private final boolean firstCotech;
  private final boolean chairIsEluReferent;
  private final boolean facilitatorIsCoordinator;
  private final Set<String> memberOrganisationIds;
  private final boolean eluReferentMember;
  private final boolean signatoryCollectiviteMember;
  private final boolean arsMember;
  private final boolean prefectRepresented;

  private BodyFact(Builder b) {
    this.bodyId = Objects.requireNonNull(b.bodyId, "bodyId");
    this.path = Objects.requireNonNull(b.path, "path");
    this.kind = Objects.requireNonNull(b.kind, "kind");
    this.firstCopil = b.firstCopil;
    this.firstCotech = b.firstCotech;
    this.chairIsEluReferent = b.chairIsEluReferent;
    this.facilitatorIsCoordinator = b.facilitatorIsCoordinator;
    // one copy, in the order given (Set.copyOf made two, and iterated in an order that changes between JVMs)
    Set<String> ids = new LinkedHashSet<>(b.memberOrganisationIds);
    if (ids.contains(null)) {
      throw new NullPointerException("memberOrganisationIds holds null");
    }
    this.memberOrganisationIds = Collections.unmodifiableSet(ids);
    this.eluReferentMember = b.eluReferentMember;
    this.signatoryCollectiviteMember = b.signatoryCollectiviteMember;
    this.arsMember = b.arsMember;
    this.prefectRepresented = b.prefectRepresented;
  }

  /**
   * @param bodyId the body's id
   * @param path its JSON Pointer
   * @param kind its kind
   * @return a builder of the fact, every flag false and no member organisation
   */
  public static Builder builder(String bodyId, String path, BodyKind kind) {
    return new Builder(bodyId, path, kind);
  }

  /** @return the body's id */
  public String bodyId() {
    return bodyId;
  }

  /** @return JSON Pointer of the body */
  public String path() {
    return path;
  }

  /** @return its kind */
  public BodyKind kind() {
    return kind;
  }

  /** @return whether it counts as the COPIL (a COPIL or a merged body) */
  public boolean countsAsCopil() {
    return kind.countsAsCopil();
  }

  /** @return whether it counts as the COTECH (a COTECH or a merged body) */
  public boolean countsAsCotech() {
    return kind.countsAsCotech();
  }

  /** @return whether it is the first body, in document order, that counts as the COPIL */
  public boolean firstCopil() {
    return firstCopil;
  }

  /** @return whether it is the first body, in document order, that counts as the COTECH */
  public boolean firstCotech() {
    return firstCotech;
  }

  /** @return whether its chair holds the élu référent role */
  public boolean chairIsEluReferent() {
    return chairIsEluReferent;
  }

  /** @return whether its facilitator holds the coordinator role */
  public boolean facilitatorIsCoordinator() {
    return facilitatorIsCoordinator;
  }

  /** @return organisations of its members, unmodifiable, in the order the builder was given them */
  public Set<String> memberOrganisationIds() {
    return memberOrganisationIds;
  }

  /** @return whether a member holds the élu référent role */
  public boolean eluReferentMember() {
    return eluReferentMember;
  }

  /** @return whether a member belongs to a signatory collectivité */
  public boolean signatoryCollectiviteMember() {
    return signatoryCollectiviteMember;
  }

  /** @return whether a member belongs to an ARS */
  public boolean arsMember() {
    return arsMember;
  }

  /** @return whether a member is a délégué du préfet or belongs to a préfecture */
  public boolean prefectRepresented() {
    return prefectRepresented;
  }

  @Override
  public String toString() {
    return "BodyFact[" + bodyId + " " + kind + (firstCopil ? " first COPIL" : "")
        + (firstCotech ? " first COTECH" : "") + "]";
  }

  /** Builds a {@link BodyFact}; not thread-safe. */
  public static final class Builder {

    private final String bodyId;
    private final String path;
    private final BodyKind kind;
    private boolean firstCopil;
    private boolean firstCotech;
    private boolean chairIsEluReferent;
    private boolean facilitatorIsCoordinator;
    private Set<String> memberOrganisationIds = Set.of();
    private boolean eluReferentMember;
    private boolean signatoryCollectiviteMember;
    private boolean arsMember;
    private boolean prefectRepresented;

    private Builder(String bodyId, String path, BodyKind kind) {
      this.bodyId = bodyId;
      this.path = path;
      this.kind = kind;
    }

    /**
     * @param first whether it is the first body that counts as the COPIL
     * @return this builder
     */
    public Builder firstCopil(boolean first) {
      this.firstCopil = first;
      return this;
    }

    /**
     * @param first whether it is the first body that counts as the COTECH
     * @return this builder
     */
    public Builder firstCotech(boolean first) {
      this.firstCotech = first;
      return this;
    }

    /**
     * @param value whether its chair holds the élu référent role
     * @return this builder
     */
    public Builder chairIsEluReferent(boolean value) {
      this.chairIsEluReferent = value;
      return this;
    }

    /**
     * @param value whether its facilitator holds the coordinator role
     * @return this builder
     */
    public Builder facilitatorIsCoordinator(boolean value) {
      this.facilitatorIsCoordinator = value;
      return this;
    }

    /**
     * @param ids organisations of its members, not null and holding no null
     * @return this builder
     */
    public Builder memberOrganisationIds(Set<String> ids) {
      this.memberOrganisationIds = Objects.requireNonNull(ids, "ids");
      return this;
    }

    /**
     * @param value whether a member holds the élu référent role
     * @return this builder
     */
    public Builder eluReferentMember(boolean value) {
      this.eluReferentMember = value;
      return this;
    }

    /**
     * @param value whether a member belongs to a signatory collectivité
     * @return this builder
     */
    public Builder signatoryCollectiviteMember(boolean value) {
      this.signatoryCollectiviteMember = value;
      return this;
    }

    /**
     * @param value whether a member belongs to an ARS
     * @return this builder
     */
    public Builder arsMember(boolean value) {
      this.arsMember = value;
      return this;
    }

    /**
     * @param value whether a member is a délégué du préfet or belongs to a préfecture
     * @return this builder
     */
    public Builder prefectRepresented(boolean value) {
      this.prefectRepresented = value;
      return this;
    }

    /**
     * @return the fact
     * @throws NullPointerException naming the id, path or kind when one is null
     */
    public BodyFact build() {
      return new BodyFact(this);
    }
  }
}
