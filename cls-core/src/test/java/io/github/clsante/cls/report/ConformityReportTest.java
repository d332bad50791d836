package io.github.clsante.cls.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.cls.calendar.Phase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConformityReportTest {

  static Finding finding(String rule, Severity s, String path, Integer year) {
    return new Finding(rule, s, false, "e", path, Optional.ofNullable(year), Map.of(), List.of(), "socle",
        (f, l) -> "message");
  }

  static ConformityReport report(List<Finding> findings) {
    return new ConformityReport("normandie", "cls", LocalDate.of(2025, 1, 1),
        Phase.IMPLEMENTATION_AND_EVALUATION, findings);
  }

  @Test
  @DisplayName("paths compare their indexes as numbers: /actionPlan/fiches/2 before /actionPlan/fiches/10")
  void numericPathOrder() {
    Finding f10 = finding("SOC-ACTION-FIELDS", Severity.INFO, "/actionPlan/fiches/10", null);
    Finding f2 = finding("SOC-ACTION-FIELDS", Severity.INFO, "/actionPlan/fiches/2", null);
    Finding f2b = finding("SOC-ACTION-FIELDS", Severity.INFO, "/actionPlan/fiches/2/stakes", null);
    assertThat(report(List.of(f10, f2b, f2)).findings()).containsExactly(f2, f2b, f10);
  }

  @Test
  @DisplayName("order: severity, then rule id, then path, then year — whatever the input order")
  void deterministicOrder() {
    List<Finding> sorted = List.of(
        finding("NOR-COPIL-ANNUAL", Severity.ERROR, "/governance/bodies/0", 2023),
        finding("NOR-COPIL-ANNUAL", Severity.ERROR, "/governance/bodies/0", 2024),
        finding("SOC-SIGNATORIES", Severity.ERROR, "/signatories", null),
        finding("NOR-COTECH-IDEAL", Severity.WARNING, "/governance/bodies/1", 2023),
        finding("NOR-COTECH-IDEAL", Severity.WARNING, "/governance/bodies/9", 2022),
        finding("SOC-ACTION-FIELDS", Severity.INFO, "/actionPlan/fiches/3", null));
    for (int seed = 0; seed < 5; seed++) {
      List<Finding> shuffled = new ArrayList<>(sorted);
      Collections.shuffle(shuffled, new java.util.Random(seed));
      ConformityReport r = report(shuffled);
      assertThat(r.findings()).containsExactlyElementsOf(sorted);
      assertThat(r).isEqualTo(report(sorted));
    }
  }

  @Test
  @DisplayName("conforming iff no ERROR; counts per severity, every severity present")
  void conformingAndCounts() {
    ConformityReport warnings = report(List.of(
        finding("NOR-COTECH-IDEAL", Severity.WARNING, "/governance/bodies/1", 2023),
        finding("SOC-ACTION-FIELDS", Severity.INFO, "/actionPlan/fiches/0", null)));
    assertThat(warnings.isConforming()).isTrue();
    assertThat(warnings.counts()).containsExactly(Map.entry(Severity.ERROR, 0L), Map.entry(Severity.WARNING, 1L),
        Map.entry(Severity.INFO, 1L));

    ConformityReport error = report(List.of(finding("SOC-DURATION", Severity.ERROR, "/milestones/end", null)));
    assertThat(error.isConforming()).isFalse();
    assertThat(error.count(Severity.ERROR)).isEqualTo(1);
    assertThat(error.first("SOC-DURATION")).isPresent();
    assertThat(error.findings("NOR-MINUTES")).isEmpty();

    assertThat(report(List.of()).isConforming()).isTrue();
    assertThat(report(List.of()).counts().values()).containsOnly(0L);
  }

  @Test
  @DisplayName("findings are immutable")
  void immutable() {
    ConformityReport r = report(List.of(finding("SOC-DURATION", Severity.ERROR, "/milestones/end", null)));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> r.findings().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  @DisplayName("null arguments are refused with the parameter's name, not deep inside a bundle or a stream")
  void nullsNameTheParameter() {
    Finding f = finding("SOC-DURATION", Severity.ERROR, "/milestones/end", null);
    ConformityReport r = report(List.of(f));
    assertThatThrownBy(() -> f.message(null)).isInstanceOf(NullPointerException.class).hasMessage("locale");
    assertThatThrownBy(() -> r.findings(null)).isInstanceOf(NullPointerException.class).hasMessage("ruleId");
    assertThatThrownBy(() -> r.first(null)).isInstanceOf(NullPointerException.class).hasMessage("ruleId");
    assertThatThrownBy(() -> r.count(null)).isInstanceOf(NullPointerException.class).hasMessage("severity");
  }
}
