package io.github.clsante.cls.testkit;

import io.github.clsante.cls.calendar.Phase;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the testkit's contract generator makes: an immutable profile of constraints, read by
 * {@link Contracts#of(ContractProfile)}.
 *
 * <ul>
 *   <li>{@link #any()}: random but meaningful contracts, every dimension the clauses read taking satisfying and
 *       violating values, at check dates that hit every phase;</li>
 *   <li>{@link #conformingTo(String)}: contracts that satisfy every clause of the socle and of that regional
 *       pack on their check date, the dimensions it does not judge still varying;</li>
 *   <li>{@link #everyField()}: contracts that exercise the JSON format rather than the référentiel — every
 *       attribute of the model present or absent, odd texts (controls, quotes, emoji), exact amounts, any year of
 *       1900–2200 — always meaningful ({@code build()} accepts them);</li>
 *   <li>{@link #typical()}, {@link #scaled(int)}, {@link #portfolio(int)}: the benchmarks' fixed contracts, the
 *       same on every call, with no decision drawn.</li>
 * </ul>
 * A generated profile can be narrowed to one phase of the check date ({@link #inPhase}) and, when conforming,
 * to contracts broken for one clause ({@link #brokenFor}).
 *
 * <pre>{@code
 * Arbitrary<ContractAtDate> late = Contracts.of(ContractProfile.conformingTo("normandie")
 *     .inPhase(Phase.ENDED).brokenFor(Breakage.NOR_FINAL_EVALUATION));
 * }</pre>
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ContractProfile {

  private enum Kind { GENERATED, EVERY_FIELD, FIXED }

  private final Kind kind;
  private final @Nullable String pack;
  private final @Nullable Phase phase;
  private final @Nullable Breakage breakage;
  /** The fixed contracts' scale (0 for generated ones). */
  private final int scale;
  /** The fixed contract's index in a benchmark portfolio, or -1. */
  private final int portfolioIndex;

  private ContractProfile(Kind kind, @Nullable String pack, @Nullable Phase phase, @Nullable Breakage breakage,
      int scale, int portfolioIndex) {
    this.kind = kind;
    this.pack = pack;
    this.phase = phase;
    this.breakage = breakage;
    this.scale = scale;
    this.portfolioIndex = portfolioIndex;
  }

  /** @return random but always meaningful contracts at check dates hitting every phase */
  public static ContractProfile any() {
    return new ContractProfile(Kind.GENERATED, null, null, null, 0, -1);
  }

  /**
   * @param pack "normandie" or "occitanie" (case-insensitive): the regional pack whose clauses, and the
   *     socle's, the contracts satisfy on their check date
   * @return that profile
   * @throws NullPointerException when {@code pack} is null
   * @throws IllegalArgumentException for another pack id
   */
  public static ContractProfile conformingTo(String pack) {
    String id = Objects.requireNonNull(pack, "pack").toLowerCase(Locale.ROOT);
    if (!id.equals("normandie") && !id.equals("occitanie")) {
      throw new IllegalArgumentException("pack: no conforming generator for pack " + pack
          + " (normandie or occitanie)");
    }
    return new ContractProfile(Kind.GENERATED, id, null, null, 0, -1);
  }

  /** @return contracts exercising every attribute of the model and odd texts, for format and storage tests */
  public static ContractProfile everyField() {
    return new ContractProfile(Kind.EVERY_FIELD, null, null, null, 0, -1);
  }

  /**
   * The benchmarks' typical contract ({@code scaled(1)}): a Normandie CLS in implementation on its check date
   * 2026-11-22, with 6 signatories, 12 people, 3 bodies (COPIL, COTECH, a working group) with 40 meetings, 4 axes
   * and 20 fiches with one or two indicators valued each judged year, one amendment, annual reports, a
   * programming and a mid-term evaluation, with a handful of deliberate gaps so that a check returns findings.
   *
   * @return that fixed profile
   */
  public static ContractProfile typical() {
    return scaled(1);
  }

  /**
   * The typical contract {@code k} times over: signatories, people, memberships, meetings and communes
   * {@code k} times; the judged history 1, 2 or 10 times (for k below 10, below 100, from 100: 5, 10 and 50
   * judged years) and the fiches {@code k} divided by that, so that the per-year parts (indicator values,
   * reports) also grow about {@code k} times.
   *
   * @param k the scale, at least 1
   * @return that fixed profile
   * @throws IllegalArgumentException when {@code k} is below 1
   */
  public static ContractProfile scaled(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k: the scale must be at least 1, was " + k);
    }
    return new ContractProfile(Kind.FIXED, null, null, null, k, -1);
  }

  /**
   * The {@code i}-th contract of a benchmark portfolio: the typical contract's shape (the same elements, the same
   * deliberate gaps), its own id and name, in Normandie when {@code i} is even and in Occitanie (its ARS, its
   * départements, its PTSM) when odd, so that a portfolio checks against both packs.
   *
   * @param i the index in the portfolio, at least 0
   * @return that fixed profile
   * @throws IllegalArgumentException when {@code i} is negative
   */
  public static ContractProfile portfolio(int i) {
    if (i < 0) {
      throw new IllegalArgumentException("i: the portfolio index must be at least 0, was " + i);
    }
    return new ContractProfile(Kind.FIXED, null, null, null, 1, i);
  }

  /**
   * @param phase the phase every generated contract is in on its check date
   * @return this profile narrowed to that phase
   * @throws NullPointerException when {@code phase} is null
   * @throws IllegalStateException for a fixed profile
   */
  public ContractProfile inPhase(Phase phase) {
    Objects.requireNonNull(phase, "phase");
    if (kind == Kind.FIXED) {
      throw new IllegalStateException("a fixed profile has one contract: it cannot be narrowed to a phase");
    }
    return new ContractProfile(kind, pack, phase, breakage, scale, portfolioIndex);
  }

  /**
   * @param clause the breakage applied to every generated contract (those it does not apply to are left out)
   * @return this conforming profile narrowed to contracts broken for that clause
   * @throws NullPointerException when {@code clause} is null
   * @throws IllegalStateException when this profile is not {@link #conformingTo conforming}
   * @throws IllegalArgumentException when the clause is a regional pack's other than this profile's
   */
  public ContractProfile brokenFor(Breakage clause) {
    Objects.requireNonNull(clause, "clause");
    if (pack == null) {
      throw new IllegalStateException("a breakage applies to conforming contracts: use conformingTo(pack) first");
    }
    if (!clause.pack().equals("socle") && !clause.pack().equals(pack)) {
      throw new IllegalArgumentException("clause: " + clause.clauseId() + " belongs to the " + clause.pack()
          + " pack, not to " + pack);
    }
    return new ContractProfile(kind, pack, phase, clause, scale, portfolioIndex);
  }

  /** @return the pack the contracts conform to, before any breakage; empty when they need not conform */
  public Optional<String> pack() {
    return Optional.ofNullable(pack);
  }

  /** @return the phase the contracts are in on their check date, when narrowed to one */
  public Optional<Phase> phase() {
    return Optional.ofNullable(phase);
  }

  /** @return the breakage applied to the contracts, when there is one */
  public Optional<Breakage> breakage() {
    return Optional.ofNullable(breakage);
  }

  /** @return whether this profile has one contract, built without drawing any decision */
  public boolean isFixed() {
    return kind == Kind.FIXED;
  }

  boolean isEveryField() {
    return kind == Kind.EVERY_FIELD;
  }

  int scale() {
    return scale;
  }

  int portfolioIndex() {
    return portfolioIndex;
  }

  /**
   * The contract of a fixed profile, built anew on each call (the same every time). Needs no jqwik at run time.
   *
   * @return the contract and its check date
   * @throws IllegalStateException when this profile is not {@link #isFixed() fixed}: use {@link Contracts#of}
   */
  public ContractAtDate fixed() {
    if (kind != Kind.FIXED) {
      throw new IllegalStateException("a generated profile has many contracts: use Contracts.of(profile)");
    }
    return FixedShape.build(this);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ContractProfile p && kind == p.kind && Objects.equals(pack, p.pack) && phase == p.phase
        && breakage == p.breakage && scale == p.scale && portfolioIndex == p.portfolioIndex;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, pack, phase, breakage, scale, portfolioIndex);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case FIXED -> portfolioIndex >= 0 ? "ContractProfile[portfolio " + portfolioIndex + "]"
          : "ContractProfile[scaled " + scale + "]";
      case EVERY_FIELD -> "ContractProfile[every field]";
      case GENERATED -> "ContractProfile[" + (pack == null ? "any" : "conforming to " + pack)
          + (phase == null ? "" : ", in " + phase) + (breakage == null ? "" : ", broken for " + breakage.clauseId())
          + "]";
    };
  }
}
