package io.github.clsante.cls.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A check date lies in the years 1900–2200, like every date of the model. */
class CheckDateTest {

  @Test
  @DisplayName("the bounds are 1900-01-01 and 2200-12-31, both accepted")
  void boundsAreAccepted() {
    assertThat(CheckDate.EARLIEST).isEqualTo(LocalDate.of(1900, 1, 1));
    assertThat(CheckDate.LATEST).isEqualTo(LocalDate.of(2200, 12, 31));
    assertThat(CheckDate.require(LocalDate.of(1900, 1, 1))).isEqualTo(LocalDate.of(1900, 1, 1));
    assertThat(CheckDate.require(LocalDate.of(2200, 12, 31))).isEqualTo(LocalDate.of(2200, 12, 31));
    assertThat(CheckDate.require(LocalDate.of(2026, 11, 22))).isEqualTo(LocalDate.of(2026, 11, 22));
  }

  @Test
  @DisplayName("a date outside is refused with the parameter's name, the date and the bounds")
  void outsideIsRefused() {
    for (LocalDate d : new LocalDate[] {LocalDate.of(1899, 12, 31), LocalDate.of(2201, 1, 1),
        LocalDate.of(9999, 12, 31), LocalDate.MAX, LocalDate.MIN}) {
      assertThatThrownBy(() -> CheckDate.require(d)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("asOf").hasMessageContaining(d.toString())
          .hasMessageContaining("1900-01-01").hasMessageContaining("2200-12-31");
    }
  }

  @Test
  @DisplayName("null is refused with the message \"asOf\"")
  void nullIsRefused() {
    assertThatThrownBy(() -> CheckDate.require(null)).isInstanceOf(NullPointerException.class).hasMessage("asOf");
  }
}
