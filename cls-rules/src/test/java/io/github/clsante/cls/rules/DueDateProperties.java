package io.github.clsante.cls.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.Milestones;
import io.github.clsante.cls.referentiel.Applies;
import io.github.clsante.cls.referentiel.Clause;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.testkit.ContractAtDate;
import io.github.clsante.cls.testkit.Contracts;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * CLAUSES.md, « Due dates » and « The year in progress » (settled 2026-12-02), over random contracts at dates
 * chosen around their milestones, in both regional référentiels: « Every to-do names the date by which it is due
 * where the référentiel implies one: a report or an indicator value for year Y, 30 June of Y+1; a yearly
 * condition of the year in progress, 31 December; what must be done before signature, the planned signature date
 * when the document holds one later than the check date (otherwise none); the final evaluation, the end date.
 * Other to-dos have no due date. Findings that are not to-dos have none. » The expected date is computed here from
 * the contract's milestones and the finding's rule and year, never from the rules' facts.
 */
class DueDateProperties {

  private static final Set<String> REPORTS =
      Set.of("NOR-ANNUAL-REPORT", "NOR-ANNUAL-FINANCIAL", "NOR-INDICATOR-FOLLOW-UP");
  private static final Set<String> YEARLY =
      Set.of("NOR-COPIL-ANNUAL", "NOR-COTECH-ANNUAL", "NOR-COTECH-IDEAL", "OCC-ANNUAL-PROGRAMMING");

  @Provide
  Arbitrary<ContractAtDate> contracts() {
    return Contracts.contractsAtDates();
  }

  @Property(tries = 300)
  @Label("every to-do has exactly the due date the convention implies, and nothing else has one")
  void everyToDoHasTheDueDateTheConventionImplies(@ForAll("contracts") ContractAtDate cad) {
    for (String id : new String[] {"normandie", "occitanie"}) {
      Referentiel r = Referentiels.byId(id);
      Map<String, Clause> clauses = r.catalogue().stream().collect(Collectors.toMap(Clause::id,
          Function.identity()));
      ConformityReport report = r.check(cad.contract(), cad.asOf());
      for (Finding f : report.findings()) {
        Optional<LocalDate> expected = expected(f, clauses.get(f.ruleId()), cad.contract().milestones(),
            cad.asOf());
        assertThat(f.dueDate()).as("%s under %s on %s", f, id, cad.asOf()).isEqualTo(expected);
        Statistics.label("due").collect(f.isToDo() ? (f.dueDate().isPresent() ? "dated to-do" : "undated to-do")
            : "not a to-do");
      }
    }
    Statistics.label("due").coverage(k -> {
      k.check("dated to-do").count(n -> n > 0);
      k.check("undated to-do").count(n -> n > 0);
    });
  }

  @Property(tries = 300)
  @Label("the year in progress: a to-do only when the year will be judged once over; never about its reports")
  void theYearInProgressIsLookedAtOnlyWhenItWillBeJudged(@ForAll("contracts") ContractAtDate cad) {
    Milestones m = cad.contract().milestones();
    int y = cad.asOf().getYear();
    for (String id : new String[] {"normandie", "occitanie"}) {
      for (Finding f : Referentiels.byId(id).check(cad.contract(), cad.asOf()).findings()) {
        if (f.year().isEmpty() || f.year().get() != y) {
          continue;
        }
        assertThat(REPORTS).as("no report is due in its own year: %s", f).doesNotContain(f.ruleId());
        assertThat(YEARLY).as("only the yearly rules speak of the year in progress: %s", f).contains(f.ruleId());
        Optional<LocalDate> start = f.ruleId().startsWith("OCC-") ? m.signature() : m.diagnosisStart();
        assertThat(start).as("%s: a span start", f).isPresent();
        assertThat(start.get()).as("%s: the span holds 1 January", f).isBeforeOrEqualTo(LocalDate.of(y, 1, 1));
        m.end().ifPresent(e -> assertThat(e).as("%s: the span holds 31 December", f)
            .isAfterOrEqualTo(LocalDate.of(y, 12, 31)));
        assertThat(f.isToDo()).as("%s is a to-do", f).isTrue();
        Statistics.label("in progress").collect(f.ruleId());
      }
    }
  }

  /** The due date CLAUSES.md gives a finding, from the milestones, the check date and the finding's rule and year. */
  static Optional<LocalDate> expected(Finding f, Clause c, Milestones m, LocalDate asOf) {
    if (!f.isToDo()) {
      return Optional.empty();
    }
    if (REPORTS.contains(f.ruleId())) {
      return Optional.of(LocalDate.of(f.year().orElseThrow() + 1, 6, 30));
    }
    if (YEARLY.contains(f.ruleId())) {
      return Optional.of(LocalDate.of(f.year().orElseThrow(), 12, 31));
    }
    if (f.ruleId().equals("NOR-FINAL-EVALUATION")) {
      return m.end();
    }
    if (c.applies() == Applies.SIGNATURE_TODO) {
      return m.signature().filter(s -> s.isAfter(asOf));
    }
    return Optional.empty();
  }
}
