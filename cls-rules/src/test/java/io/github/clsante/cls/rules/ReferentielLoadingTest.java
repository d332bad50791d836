package io.github.clsante.cls.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.cls.referentiel.Clause;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.referentiel.UnknownReferentielException;
import io.github.clsante.cls.rules.internal.DroolsReferentiel;
import org.junit.jupiter.api.Test;

/** The packs are found through ServiceLoader and load every rule their catalogue lists. */
class ReferentielLoadingTest {

  @Test
  void bothRegionalReferentielsAreDiscovered() {
    assertThat(Referentiels.ids()).contains("normandie", "occitanie");
    assertThat(Referentiels.byId("normandie")).isSameAs(Referentiels.byId("normandie"));
  }

  @Test
  void normandieIsTheSocleAndItsOwnClauses() {
    Referentiel r = Referentiels.byId("normandie");
    assertThat(r.catalogue()).hasSize(9 + 26);
    assertThat(r.catalogue()).extracting(Clause::pack).containsOnly("socle", "normandie");
    assertThat(((DroolsReferentiel) r).ruleCount()).isGreaterThanOrEqualTo(35);
  }

  @Test
  void occitanieIsTheSocleAndItsOwnClauses() {
    Referentiel r = Referentiels.byId("occitanie");
    assertThat(r.catalogue()).hasSize(9 + 9);
    assertThat(r.catalogue()).extracting(Clause::pack).containsOnly("socle", "occitanie");
  }

  @Test
  void anUnknownIdNamesTheKnownOnes() {
    assertThatThrownBy(() -> Referentiels.byId("bretagne"))
        .isInstanceOf(UnknownReferentielException.class)
        .hasMessageContaining("bretagne")
        .hasMessageContaining("normandie")
        .hasMessageContaining("occitanie");
  }
}
