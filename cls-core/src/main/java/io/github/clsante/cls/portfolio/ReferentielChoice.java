package io.github.clsante.cls.portfolio;

import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import java.util.Objects;
import java.util.function.Function;

/**
 * Which référentiel each contract of a portfolio is checked against: the one of its région (the default), or
 * one forced for all. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReferentielChoice {

  private final String description;
  private final Function<LocalHealthContract, Referentiel> choose;

  private ReferentielChoice(String description, Function<LocalHealthContract, Referentiel> choose) {
    this.description = description;
    this.choose = choose;
  }

  /**
   * @return each contract against the référentiel of its région ({@link Referentiels#forRegion(String)}): the
   *     région's pack, else the national socle; a contract whose région is no région fails alone
   */
  public static ReferentielChoice byRegion() {
    return new ReferentielChoice("by région", c -> Referentiels.forRegion(c.region()));
  }

  /**
   * @param referentiel the référentiel every contract is checked against
   * @return that choice
   * @throws NullPointerException when {@code referentiel} is null
   */
  public static ReferentielChoice forced(Referentiel referentiel) {
    Objects.requireNonNull(referentiel, "referentiel");
    return new ReferentielChoice(referentiel.id(), c -> referentiel);
  }

  /**
   * @param contract a contract
   * @return the référentiel to check it against
   * @throws io.github.clsante.cls.region.UnknownRegionException when choosing by région and the contract's région
   *     is no région
   */
  public Referentiel referentielFor(LocalHealthContract contract) {
    return choose.apply(Objects.requireNonNull(contract, "contract"));
  }

  @Override
  public String toString() {
    return description;
  }
}
