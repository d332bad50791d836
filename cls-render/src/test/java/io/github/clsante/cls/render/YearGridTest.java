package io.github.clsante.cls.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.cls.calendar.Phases;
import io.github.clsante.cls.followup.FollowUpSpan;
import io.github.clsante.cls.followup.YearStatus;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.referentiel.Applies;
import io.github.clsante.cls.referentiel.Clause;
import io.github.clsante.cls.referentiel.Measure;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.report.Severity;
import io.github.clsante.cls.report.Source;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The grid reads structured fields only: a référentiel whose clauses say nothing sensible in prose, but carry
 * their measure and parameters, gives the lines, the expectations and the marks.
 */
class YearGridTest {

  static final LocalHealthContract MSM = Examples.read("cls-mont-saint-michel-normandie.json");
  static final LocalDate AS_OF = LocalDate.of(2026, 12, 2);

  /** A clause whose prose is meaningless: only its measure, applies, severity and parameters can be read. */
  static Clause clause(String id, Severity severity, Applies applies, Measure measure, Map<String, Object> params) {
    return new Clause(id, "test", severity, Optional.empty(), Optional.empty(), applies, "zzz", "zzz",
        Optional.of(measure), params,
        List.of(new Source("T", "Test", "« quote »")));
  }

  static Referentiel referentiel(List<Clause> catalogue) {
    return new Referentiel() {
      @Override
      public String id() {
        return "test";
      }

      @Override
      public String title() {
        return "Test";
      }

      @Override
      public String version() {
        return "1";
      }

      @Override
      public List<Clause> catalogue() {
        return catalogue;
      }

      @Override
      public ConformityReport check(LocalHealthContract contract, LocalDate asOf) {
        return new ConformityReport(id(), contract.id(), asOf, Phases.at(contract.milestones(), asOf), List.of());
      }
    };
  }

  static Finding finding(String rule, Severity severity, boolean toDo, int year, LocalDate due) {
    return new Finding(rule, severity, toDo, "copil", "/governance/bodies/0", Optional.of(year),
        Optional.ofNullable(due), Map.of(), List.of(new Source("T", "Test", "q")), "test", (f, l) -> "message");
  }

  static final List<Clause> CATALOGUE = List.of(
      clause("T-COPIL", Severity.ERROR, Applies.YEARS_DIAGNOSIS_TO_END, Measure.COPIL_MEETINGS_PER_YEAR,
          Map.of("minimum", 3)),
      clause("T-COTECH-IDEAL", Severity.WARNING, Applies.YEARS_DIAGNOSIS_TO_END, Measure.COTECH_MEETINGS_PER_YEAR,
          Map.of("idealMinimum", 4, "idealMaximum", 6)),
      clause("T-PROG", Severity.ERROR, Applies.YEARS_SIGNATURE_TO_END, Measure.PROGRAMMING_PER_YEAR, Map.of()),
      clause("T-FIN", Severity.INFO, Applies.YEARS_SIGNATURE_TO_END, Measure.FINANCIAL_REPORT_PER_YEAR,
          Map.of("minimum", 1)),
      // a measure the grid has no line for, and a yearly measure on a clause that is not yearly: both ignored
      clause("T-IND", Severity.WARNING, Applies.YEARS_SIGNATURE_TO_END, Measure.INDICATOR_VALUES_PER_FICHE_AND_YEAR,
          Map.of("minimum", 1)),
      clause("T-ODD", Severity.ERROR, Applies.ALWAYS, Measure.ACTIVITY_REPORT_PER_YEAR, Map.of("minimum", 9)));

  @Test
  void linesAndExpectationsComeFromMeasuresAndParameters() {
    Referentiel r = referentiel(CATALOGUE);
    YearGrid g = YearGrid.of(MSM, r, r.check(MSM, AS_OF));
    assertThat(g.line(YearGrid.Row.COPIL).clauses()).extracting(Clause::id).containsExactly("T-COPIL");
    assertThat(g.line(YearGrid.Row.COPIL).minimum()).hasValue(3);
    assertThat(g.line(YearGrid.Row.COPIL).expected(Locale.FRENCH)).isEqualTo("au moins 3 par an (exigé)");
    assertThat(g.line(YearGrid.Row.COTECH).expected(Locale.FRENCH)).isEqualTo("idéalement 4 à 6 par an (recommandé)");
    assertThat(g.line(YearGrid.Row.COTECH).expected(Locale.ENGLISH)).isEqualTo("ideally 4 to 6 a year (recommended)");
    assertThat(g.line(YearGrid.Row.COTECH).minimum()).isEmpty();
    assertThat(g.line(YearGrid.Row.PROGRAMMING).expected(Locale.FRENCH)).isEqualTo("chaque année (exigé)");
    assertThat(g.line(YearGrid.Row.FINANCIAL).expected(Locale.ENGLISH))
        .isEqualTo("every year (advised); issued by 30 June of the next year");
    assertThat(g.line(YearGrid.Row.ACTIVITY).isJudged()).isFalse();
    assertThat(g.line(YearGrid.Row.ACTIVITY).expected(Locale.FRENCH)).isEqualTo("non suivi par ce référentiel");
    assertThat(g.line(YearGrid.Row.PROGRAMMING).span()).isEqualTo(FollowUpSpan.SIGNATURE_TO_END);
  }

  @Test
  void withoutFindingsJudgedYearsAreOkAndTheOthersAreNotJudged() {
    Referentiel r = referentiel(CATALOGUE);
    YearGrid g = YearGrid.of(MSM, r, r.check(MSM, AS_OF));
    assertThat(g.years()).containsExactly(2022, 2023, 2024, 2025, 2026);
    assertThat(g.yearInProgress()).hasValue(2026);
    YearGrid.Line copil = g.line(YearGrid.Row.COPIL);
    assertThat(copil.cell(2022).mark()).isEqualTo(YearGrid.Mark.NONE);
    assertThat(copil.cell(2022).status()).isEqualTo(YearStatus.PARTIAL);
    assertThat(copil.cell(2022).note(Locale.FRENCH)).isEqualTo("année partielle");
    assertThat(copil.cell(2024).mark()).isEqualTo(YearGrid.Mark.OK);
    assertThat(copil.cell(2024).count()).isEqualTo(2);
    assertThat(copil.cell(2026).mark()).isEqualTo(YearGrid.Mark.OK);
    assertThat(copil.cell(2026).note(Locale.ENGLISH)).isEqualTo("so far");
    YearGrid.Line prog = g.line(YearGrid.Row.PROGRAMMING);
    assertThat(prog.cell(2022).value(Locale.FRENCH)).isEqualTo("—");
    assertThat(prog.cell(2024).value(Locale.FRENCH)).isEqualTo("couverte");
    YearGrid.Line fin = g.line(YearGrid.Row.FINANCIAL);
    // the reports of the year in progress are looked at next year
    assertThat(fin.cell(2026).mark()).isEqualTo(YearGrid.Mark.NONE);
    assertThat(fin.cell(2026).value(Locale.FRENCH)).isEqualTo("à venir");
    assertThat(fin.cell(2026).note(Locale.FRENCH)).isEqualTo("avant le 30 juin 2027");
    assertThat(g.yearHeading(2026, Locale.FRENCH)).isEqualTo("2026 — en cours au 2 décembre 2026");
    assertThat(g.yearHeading(2025, Locale.FRENCH)).isEqualTo("2025");
    assertThatThrownBy(() -> copil.cell(2030)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void marksFollowTheFindingsOfTheLinesClausesForThatYear() {
    Referentiel r = referentiel(CATALOGUE);
    ConformityReport report = new ConformityReport("test", MSM.id(), AS_OF, Phases.at(MSM.milestones(), AS_OF),
        List.of(finding("T-COPIL", Severity.ERROR, false, 2024, null),
            finding("T-COTECH-IDEAL", Severity.WARNING, false, 2023, null),
            finding("T-COPIL", Severity.INFO, true, 2026, LocalDate.of(2026, 12, 31)),
            finding("T-IND", Severity.WARNING, false, 2025, null)));
    YearGrid g = YearGrid.of(MSM, r, report);
    assertThat(g.line(YearGrid.Row.COPIL).cell(2024).mark()).isEqualTo(YearGrid.Mark.FAIL);
    assertThat(g.line(YearGrid.Row.COTECH).cell(2023).mark()).isEqualTo(YearGrid.Mark.WARN);
    YearGrid.Cell now = g.line(YearGrid.Row.COPIL).cell(2026);
    assertThat(now.mark()).isEqualTo(YearGrid.Mark.TODO);
    assertThat(now.dueDate()).contains(LocalDate.of(2026, 12, 31));
    assertThat(now.note(Locale.FRENCH)).isEqualTo("avant le 31 décembre 2026");
    assertThat(now.note(Locale.ENGLISH)).isEqualTo("by 31 December 2026");
    // a finding of a clause on no line marks nothing
    assertThat(g.lines()).allSatisfy(l -> assertThat(l.cell(2025).findings()).isEmpty());
  }

  @Test
  void refusesAReportAboutAnotherContract() {
    Referentiel r = referentiel(CATALOGUE);
    LocalHealthContract draft = Examples.read("cls-draft-diagnosis.json");
    assertThatThrownBy(() -> YearGrid.of(MSM, r, r.check(draft, AS_OF)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(draft.id());
  }
}
