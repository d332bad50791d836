package io.github.clsante.cls.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.spi.facts.ContractFact;
import io.github.clsante.cls.spi.facts.FicheYearFact;
import io.github.clsante.cls.spi.facts.MeetingFact;
import org.junit.jupiter.api.Test;

/**
 * Issue #16: a check inserts only the facts some rule of its référentiel reads. Occitanie's rules (over the
 * socle's) never read a meeting or a fiche's year; Normandie's do; every pack reads the contract.
 */
class InsertedFactsTest {

  private static DroolsReferentiel pack(String id) {
    return (DroolsReferentiel) Referentiels.byId(id);
  }

  @Test
  void occitanieInsertsNeitherMeetingsNorFicheYears() {
    assertThat(pack("occitanie").reads(MeetingFact.class)).isFalse();
    assertThat(pack("occitanie").reads(FicheYearFact.class)).isFalse();
    assertThat(pack("socle").reads(MeetingFact.class)).isFalse();
  }

  @Test
  void normandieInsertsThemAndEveryPackTheContract() {
    assertThat(pack("normandie").reads(MeetingFact.class)).isTrue();
    assertThat(pack("normandie").reads(FicheYearFact.class)).isTrue();
    for (String id : new String[] {"socle", "normandie", "occitanie"}) {
      assertThat(pack(id).reads(ContractFact.class)).as(id).isTrue();
    }
  }

  @Test
  void aTypeNoRuleReadsIsNotInserted() {
    assertThat(pack("normandie").reads(String.class)).isFalse();
  }
}
