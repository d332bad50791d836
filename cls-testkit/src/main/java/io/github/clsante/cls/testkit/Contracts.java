package io.github.clsante.cls.testkit;

import io.github.clsante.cls.calendar.Phase;
import io.github.clsante.cls.model.LocalHealthContract;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomDistribution;

/**
 * Named jqwik generators of whole Contrats locaux de santé.
 *
 * <p>Every generated contract is meaningful: {@code LocalHealthContract.builder().build()} never throws for
 * it. The generators read their decisions from a list of integers that jqwik generates and shrinks, so a
 * failing property shrinks toward simpler contracts (each decision toward its first alternative: present,
 * in order, satisfying). Contracts stay small (well under 200 elements) so that a check stays fast.
 *
 * <p>Usage:
 * <pre>{@code
 * @Property
 * void conformingContractsHaveNoError(@ForAll("normandie") ContractAtDate c) { ... }
 *
 * @Provide
 * Arbitrary<ContractAtDate> normandie() {
 *   return Contracts.conformingNormandie();
 * }
 * }</pre>
 * Each is a {@link ContractProfile} read by {@link #of(ContractProfile)}, the one generator, which also takes
 * narrower profiles (one phase, one clause broken) and the JSON format's {@link ContractProfile#everyField()}.
 * All methods are thread-safe and return fresh arbitraries.
 * @since 0.1.0
 */
public final class Contracts {

  /** How many decisions a generator reads from jqwik before it continues from a seeded source. */
  static final int TAPE_LENGTH = 512;

  private Contracts() {}

  private static Arbitrary<List<Integer>> tapes() {
    return Arbitraries.integers().between(0, Integer.MAX_VALUE)
        .withDistribution(RandomDistribution.uniform())
        .withoutEdgeCases()
        .list().ofSize(TAPE_LENGTH)
        .withoutEdgeCases();
  }

  /**
   * The contracts a profile describes: drawn from decision lists jqwik generates and shrinks, narrowed to the
   * profile's phase and broken for its clause when it names them (contracts the breakage does not apply to are
   * left out); a fixed profile's one contract.
   *
   * @param profile what to generate
   * @return the arbitrary
   * @throws NullPointerException when {@code profile} is null
   */
  public static Arbitrary<ContractAtDate> of(ContractProfile profile) {
    Objects.requireNonNull(profile, "profile");
    if (profile.isFixed()) {
      return Arbitraries.just(profile.fixed());
    }
    Arbitrary<ContractAtDate> out = tapes().map(values -> ContractGenerator.generate(profile, new Tape(values)));
    if (profile.phase().isPresent()) {
      Phase phase = profile.phase().get();
      out = out.filter(c -> c.phase() == phase);
    }
    if (profile.breakage().isPresent()) {
      out = Breakage.broken(out, profile.breakage().get());
    }
    return out;
  }

  /**
   * Random but always meaningful contracts, varying every dimension the 44 clauses of the référentiel read,
   * each with satisfying and violating values: milestones (each optional, mostly in order, sometimes out of
   * order or on the same day; durations of 35, 36, 48, 60 and 61 months, 5 years + 1 day…; preparation
   * periods around 6–12 months), signatories (with or without the ARS and a collectivité, 1–6, signed or
   * planned), organisations of many kinds with valid SIREN, FINESS and INSEE codes, people with dated roles
   * (some ended), the coordination's funders, governance bodies (COPIL, COTECH, working groups, merged bodies;
   * sometimes none) with dated members and 0–4 meetings a year with or without minutes, the territory, the
   * diagnosis, axes and fiches (fields sometimes missing), amendments, reports, programmings and evaluations.
   *
   * @return the arbitrary
   */
  public static Arbitrary<LocalHealthContract> contracts() {
    return of(ContractProfile.any()).map(ContractAtDate::contract);
  }

  /**
   * Random contracts as {@link #contracts()}, each with a check date chosen relative to its milestones so
   * that every phase ({@code PRELIMINARY}, {@code DIAGNOSIS_AND_PLANNING}, {@code IMPLEMENTATION_AND_EVALUATION},
   * {@code ENDED}), the last 12 months before the end, the 1 January–30 June window (last year's reports not
   * yet due) and the exact phase boundaries are all hit often. The contract reflects what is known on that
   * date (past meetings have minutes or not, future ones are planned).
   *
   * @return the arbitrary
   */
  public static Arbitrary<ContractAtDate> contractsAtDates() {
    return of(ContractProfile.any());
  }

  /**
   * Contracts that satisfy every clause of the socle and of the Normandie pack on their check date, in any
   * phase: all milestones dated and in order, 6–12 months from engagement to signature, 3–5 years from
   * signature to end, a COPIL chaired by the élu référent with a member of every signatory and a délégué du
   * préfet, a COTECH facilitated by a coordinator, 1–2 COPIL and 2–3 COTECH meetings every year from the
   * diagnosis start with minutes, coordinators employed by a signatory collectivité with 1.0 FTE or more,
   * complete fiches validated before signature, amendments signed by all, reports and indicator values for
   * every past year, and a final evaluation supervised by the COPIL once in the last 12 months. A merged
   * COPIL+COTECH appears only on a territory in the politique de la ville with the ASV programming integrated.
   * Dimensions Normandie does not judge (territory scale, portraits, programmings) still vary.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ContractAtDate> conformingNormandie() {
    return of(ContractProfile.conformingTo("normandie"));
  }

  /**
   * Contracts that satisfy every clause of the socle and of the Occitanie pack on their check date, in any
   * phase: a territory that is a commune, an EPCI or a groupement whose communes lie in one département, a
   * diagnosis with the three portraits and the PRS, a COPIL and a COTECH with a member of every signatory,
   * a coordination co-funded by two or three signatories, and every year from signature covered by a
   * programming with commitments validated by the COPIL. Dimensions Occitanie does not judge (meeting
   * frequency, minutes, letter of intent, pilots, indicator values, reports, final evaluation) still vary.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ContractAtDate> conformingOccitanie() {
    return of(ContractProfile.conformingTo("occitanie"));
  }

  /**
   * @param regionPack "normandie" or "occitanie" (case-insensitive)
   * @return the conforming generator of that pack
   * @throws IllegalArgumentException for another pack id
   * @throws NullPointerException when {@code regionPack} is null
   */
  public static Arbitrary<ContractAtDate> conforming(String regionPack) {
    return of(ContractProfile.conformingTo(regionPack));
  }
}
