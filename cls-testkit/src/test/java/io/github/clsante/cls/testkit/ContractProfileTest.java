package io.github.clsante.cls.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.cls.calendar.Phase;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.OrganisationKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;

/**
 * {@link ContractProfile}: what it refuses, and that {@link Contracts#of} gives what a profile says — its phase,
 * its breakage, its fixed contract — stated on the model, not by re-running the generator's filters.
 */
class ContractProfileTest {

  private static List<ContractAtDate> sample(ContractProfile profile, int n) {
    var generator = Contracts.of(profile).generator(1000);
    Random random = new Random(42);
    return java.util.stream.IntStream.range(0, n).mapToObj(i -> generator.next(random).value()).toList();
  }

  @Example
  void refusesWhatItCannotMakeNamingTheParameter() {
    assertThatThrownBy(() -> ContractProfile.conformingTo("bretagne")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pack").hasMessageContaining("bretagne");
    assertThatThrownBy(() -> ContractProfile.scaled(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("k");
    assertThatThrownBy(() -> ContractProfile.portfolio(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("i");
    assertThatThrownBy(() -> ContractProfile.any().brokenFor(Breakage.SOC_DURATION))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ContractProfile.conformingTo("normandie").brokenFor(Breakage.OCC_TERRITORY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OCC-TERRITORY");
    assertThatThrownBy(() -> ContractProfile.typical().inPhase(Phase.ENDED)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ContractProfile.any().fixed()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Contracts.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("profile");
  }

  @Example
  void aPhaseNarrowsTheCheckDates() {
    // ENDED: the check date is after the end date (the référentiel's phases, docs/traceability.md)
    for (ContractAtDate c : sample(ContractProfile.conformingTo("occitanie").inPhase(Phase.ENDED), 30)) {
      assertThat(c.asOf()).isAfter(c.contract().milestones().end().orElseThrow());
    }
    // PRELIMINARY: before the diagnosis starts, when it is dated
    for (ContractAtDate c : sample(ContractProfile.any().inPhase(Phase.PRELIMINARY), 30)) {
      c.contract().milestones().diagnosisStart().ifPresent(d -> assertThat(c.asOf()).isBefore(d));
    }
  }

  @Example
  void aBreakageIsAppliedToEveryContract() {
    for (ContractAtDate c : sample(ContractProfile.conformingTo("normandie").brokenFor(
        Breakage.NOR_LETTER_OF_INTENT), 30)) {
      assertThat(c.contract().milestones().letterOfIntent()).isEmpty();
      assertThat(c.contract().region()).isEqualTo("Normandie");
    }
    for (ContractAtDate c : sample(ContractProfile.conformingTo("occitanie").brokenFor(Breakage.SOC_SIGNATORIES),
        30)) {
      assertThat(c.contract().signatories()).noneMatch(s -> c.contract().organisation(s.organisationId())
          .map(o -> o.kind() == OrganisationKind.ARS).orElse(false));
    }
  }

  @Example
  void aFixedProfileIsOneContractTheSameOnEveryCall() {
    ContractAtDate typical = ContractProfile.typical().fixed();
    assertThat(ContractProfile.scaled(1).fixed()).isEqualTo(typical);
    assertThat(sample(ContractProfile.typical(), 3)).containsOnly(typical);
    assertThat(typical.asOf()).isEqualTo(LocalDate.of(2026, 11, 22));
    assertThat(typical.contract().region()).isEqualTo("Normandie");
    LocalHealthContract odd = ContractProfile.portfolio(1).fixed().contract();
    assertThat(odd.region()).isEqualTo("Occitanie");
    assertThat(odd.id()).isEqualTo("cls-bench-portfolio-00001");
    LocalHealthContract ten = ContractProfile.scaled(10).fixed().contract();
    assertThat(ten.signatories()).hasSize(10 * typical.contract().signatories().size());
    assertThat(ContractProfile.typical()).isEqualTo(ContractProfile.scaled(1))
        .isNotEqualTo(ContractProfile.portfolio(0));
  }

  @Example
  void everyFieldContractsCarryWhatAFormatMustKeep() {
    List<ContractAtDate> sample = sample(ContractProfile.everyField(), 300);
    assertThat(sample).anyMatch(c -> !c.contract().diagnosis().stakeholders().isEmpty());
    assertThat(sample).anyMatch(c -> c.contract().name().chars().anyMatch(ch -> ch < 0x20));
    assertThat(sample).anyMatch(c -> c.contract().name().codePoints().anyMatch(cp -> cp > 0xFFFF));
    assertThat(sample).anyMatch(c -> c.contract().followUp().programmings().stream()
        .anyMatch(p -> p.fromYear() < 1950));
    assertThat(sample).anyMatch(c -> c.contract().coordination().funding().stream()
        .anyMatch(f -> f.annualAmount().map(a -> a.scale() == 3).orElse(false)));
    assertThat(sample).anyMatch(c -> c.contract().previousContractId().isPresent());
  }
}
