package io.github.clsante.cls.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.cls.referentiel.Clause;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.rules.spi.ClauseParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue #13: the global {@code params} gives each clause's catalogued numbers, and names what it lacks. */
class ClauseParametersTest {

  private final List<Clause> normandie = Referentiels.byId("normandie").catalogue();
  private final ClauseParameters params = ClauseParameters.of(normandie);

  @Test
  void everyCataloguedParameterReadsBackAsItsType() {
    int read = 0;
    for (Clause c : normandie) {
      for (var p : c.parameters().entrySet()) {
        if (p.getValue() instanceof Integer i) {
          assertThat(params.integer(c.id(), p.getKey())).as("%s.%s", c.id(), p.getKey()).isEqualTo(i);
        } else if (p.getValue() instanceof BigDecimal d) {
          assertThat(params.decimal(c.id(), p.getKey())).as("%s.%s", c.id(), p.getKey())
              .isEqualTo(d.doubleValue());
        } else {
          assertThat(params.date(c.id(), p.getKey())).as("%s.%s", c.id(), p.getKey()).isEqualTo(p.getValue());
        }
        read++;
      }
    }
    assertThat(read).as("Normandie's numbers").isGreaterThanOrEqualTo(15);
  }

  @Test
  void aParameterTheClauseLacksFailsNamingIt() {
    assertThatThrownBy(() -> params.integer("NOR-COPIL-ANNUAL", "maximum"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("NOR-COPIL-ANNUAL.param.maximum");
    assertThatThrownBy(() -> params.integer("OCC-TERRITORY", "minimum"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("OCC-TERRITORY.param.minimum");
  }

  @Test
  void aParameterReadAsAnotherTypeFailsNamingIt() {
    assertThatThrownBy(() -> params.date("NOR-COPIL-ANNUAL", "minimum"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("NOR-COPIL-ANNUAL.param.minimum");
    assertThatThrownBy(() -> params.integer("SOC-MENTAL-HEALTH", "inForceFrom"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("is not a whole number");
    assertThat(params.date("SOC-MENTAL-HEALTH", "inForceFrom")).isEqualTo(LocalDate.of(2022, 2, 23));
  }
}
