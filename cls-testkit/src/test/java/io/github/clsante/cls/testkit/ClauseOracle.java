package io.github.clsante.cls.testkit;

import io.github.clsante.cls.calendar.Phase;
import io.github.clsante.cls.model.BodyKind;
import io.github.clsante.cls.model.EvaluationKind;
import io.github.clsante.cls.spi.facts.AmendmentFact;
import io.github.clsante.cls.spi.facts.BodyFact;
import io.github.clsante.cls.spi.facts.ContractFact;
import io.github.clsante.cls.spi.facts.CoordinationFact;
import io.github.clsante.cls.spi.facts.CoordinatorFact;
import io.github.clsante.cls.spi.facts.DiagnosisItemFact;
import io.github.clsante.cls.spi.facts.DiagnosisItemFact.Category;
import io.github.clsante.cls.spi.facts.DurationFact;
import io.github.clsante.cls.spi.facts.EvaluationFact;
import io.github.clsante.cls.spi.facts.FactSet;
import io.github.clsante.cls.spi.facts.DiagnosisFact;
import io.github.clsante.cls.spi.facts.GovernanceFact;
import io.github.clsante.cls.spi.facts.LetterOfIntentFact;
import io.github.clsante.cls.spi.facts.PlanFact;
import io.github.clsante.cls.spi.facts.SignatoriesFact;
import io.github.clsante.cls.spi.facts.FicheFact;
import io.github.clsante.cls.spi.facts.FicheFieldFact;
import io.github.clsante.cls.spi.facts.FicheYearFact;
import io.github.clsante.cls.spi.facts.JudgedYearFact;
import io.github.clsante.cls.spi.facts.MeetingFact;
import io.github.clsante.cls.spi.facts.MilestoneOrderFact;
import io.github.clsante.cls.spi.facts.SignatoryFact;
import io.github.clsante.cls.spi.facts.TerritoryFact;
import io.github.clsante.cls.spi.facts.YearSpan;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A test-side reading of each clause's check on the generic facts of cls-core, with no rule engine: empty when
 * the clause says nothing on that date (phase, judged years, completed diagnosis), else whether the check
 * holds. To-do windows count as judging. Report due dates are ignored (the raw check).
 */
final class ClauseOracle {

  static final List<String> SOCLE = List.of("SOC-SIGNATORIES", "SOC-DURATION", "SOC-DIAGNOSIS-FIRST",
      "SOC-MILESTONE-ORDER", "SOC-ACTION-FIELDS", "SOC-DIAGNOSIS-THEMES", "SOC-MENTAL-HEALTH", "SOC-COPIL-PREFECT",
      "SOC-COORDINATOR-FTE");
  static final List<String> NORMANDIE = List.of("NOR-LETTER-OF-INTENT", "NOR-PRESIGNATURE-PERIOD",
      "NOR-COPIL-EXISTS", "NOR-COPIL-CHAIR", "NOR-COPIL-MEMBERS", "NOR-COPIL-ANNUAL", "NOR-COTECH-EXISTS",
      "NOR-COTECH-FACILITATOR", "NOR-COTECH-ANNUAL", "NOR-COTECH-IDEAL", "NOR-MERGED-BODIES", "NOR-MINUTES",
      "NOR-COORDINATION", "NOR-ELU-REFERENT", "NOR-COORDINATOR-EMPLOYER", "NOR-DIAGNOSIS-CONTENT", "NOR-AXES",
      "NOR-ACTION-PILOT", "NOR-PILOT-NOT-COORDINATOR", "NOR-ACTION-INDICATORS", "NOR-FICHES-VALIDATED",
      "NOR-AMENDMENT-SIGNED", "NOR-ANNUAL-REPORT", "NOR-ANNUAL-FINANCIAL", "NOR-INDICATOR-FOLLOW-UP",
      "NOR-FINAL-EVALUATION");
  static final List<String> OCCITANIE = List.of("OCC-TERRITORY", "OCC-DIAGNOSIS-PORTRAITS", "OCC-DIAGNOSIS-PRS",
      "OCC-COORDINATOR-DEDICATED", "OCC-COORDINATOR-FUNDING", "OCC-COPIL-EXISTS", "OCC-COTECH-EXISTS",
      "OCC-PROJECT-TEAM", "OCC-ANNUAL-PROGRAMMING");

  private final ContractAtDate c;
  private final List<Object> facts;
  private final Phase phase;
  private final ContractFact cf;
  private final SignatoriesFact signatories;
  private final DiagnosisFact diagnosis;
  private final PlanFact plan;
  private final GovernanceFact governance;
  private final LetterOfIntentFact letter;

  ClauseOracle(ContractAtDate c) {
    this.c = c;
    this.facts = FactSet.derive(c.contract(), c.asOf()).all();
    this.phase = c.phase();
    this.cf = first(ContractFact.class).orElseThrow();
    this.signatories = first(SignatoriesFact.class).orElseThrow();
    this.diagnosis = first(DiagnosisFact.class).orElseThrow();
    this.plan = first(PlanFact.class).orElseThrow();
    this.governance = first(GovernanceFact.class).orElseThrow();
    this.letter = first(LetterOfIntentFact.class).orElseThrow();
  }

  private <T> List<T> all(Class<T> type) {
    return facts.stream().filter(type::isInstance).map(type::cast).toList();
  }

  private <T> Optional<T> first(Class<T> type) {
    return all(type).stream().findFirst();
  }

  private static Optional<Boolean> when(boolean applies, boolean holds) {
    return applies ? Optional.of(holds) : Optional.empty();
  }

  private boolean fromDiagnosis() {
    return phase.compareTo(Phase.DIAGNOSIS_AND_PLANNING) >= 0;
  }

  private boolean fromSignature() {
    return phase.compareTo(Phase.IMPLEMENTATION_AND_EVALUATION) >= 0;
  }

  private Optional<BodyFact> firstBody(Predicate<BodyFact> p) {
    return all(BodyFact.class).stream().filter(p).findFirst();
  }

  private Optional<Boolean> items(Category cat, Set<String> required) {
    List<DiagnosisItemFact> items = all(DiagnosisItemFact.class).stream()
        .filter(i -> i.category() == cat && required.contains(i.item())).toList();
    return when(diagnosis.completed(), items.isEmpty()); // a fact is an item the diagnosis lacks
  }

  private Optional<Boolean> years(YearSpan span, Predicate<JudgedYearFact> p) {
    List<JudgedYearFact> ys = all(JudgedYearFact.class).stream().filter(y -> y.span() == span).toList();
    return when(!ys.isEmpty(), ys.stream().allMatch(p));
  }

  private boolean endWindow() {
    return Edits.endWindow(c);
  }

  Optional<Boolean> check(String clause) {
    CoordinationFact co = first(CoordinationFact.class).orElseThrow();
    TerritoryFact tf = first(TerritoryFact.class).orElseThrow();
    return switch (clause) {
      case "SOC-SIGNATORIES" -> when(fromDiagnosis(),
          signatories.signatoryCount() >= 2 && signatories.arsSignatories() >= 1 && signatories.collectiviteSignatories() >= 1);
      case "SOC-DURATION" -> all(DurationFact.class).stream().filter(d -> d.kind() == DurationFact.Kind.CONTRACT)
          .findFirst().map(d -> d.lastsAtLeastYears(3) && d.lastsAtMostYears(5));
      case "SOC-DIAGNOSIS-FIRST" -> when(fromDiagnosis(), diagnosis.completedBySignature());
      case "SOC-MILESTONE-ORDER" -> Optional.of(all(MilestoneOrderFact.class).stream()
          .noneMatch(m -> m.laterBeforeEarlier() || m.later().equals("end") && m.sameDay()));
      case "SOC-ACTION-FIELDS" -> Optional.of(all(FicheFieldFact.class).isEmpty()); // facts are missing fields
      case "SOC-DIAGNOSIS-THEMES" -> items(Category.THEME,
          Set.of("HEALTH_PROMOTION", "PREVENTION", "CARE_POLICY", "MEDICO_SOCIAL_SUPPORT"));
      case "SOC-MENTAL-HEALTH" -> when(fromDiagnosis() && (cf.signatureDate() == null
          || !cf.signatureDate().isBefore(LocalDate.of(2022, 2, 23))), plan.mentalHealthComponents() >= 1);
      case "SOC-COPIL-PREFECT" -> firstBody(BodyFact::firstCopil).filter(b -> fromSignature())
          .map(b -> b.signatoryCollectiviteMember() && b.arsMember() && b.prefectRepresented());
      case "SOC-COORDINATOR-FTE" -> when(fromDiagnosis(), co.totalFte() >= 1.0);
      case "NOR-LETTER-OF-INTENT" -> when(fromDiagnosis(), letter.beforeDiagnosis());
      case "NOR-PRESIGNATURE-PERIOD" -> all(DurationFact.class).stream()
          .filter(d -> d.kind() == DurationFact.Kind.PREPARATION && fromSignature()).findFirst()
          .map(d -> d.lastsAtLeastMonths(6) && d.lastsAtMostMonths(12));
      case "NOR-COPIL-EXISTS", "OCC-COPIL-EXISTS" -> when(fromDiagnosis(), governance.copilCount() >= 1);
      case "NOR-COTECH-EXISTS", "OCC-COTECH-EXISTS" -> when(fromDiagnosis(), governance.cotechCount() >= 1);
      case "NOR-COPIL-CHAIR" -> firstBody(BodyFact::firstCopil).filter(b -> fromDiagnosis())
          .map(BodyFact::chairIsEluReferent);
      case "NOR-COPIL-MEMBERS" -> firstBody(BodyFact::firstCopil).filter(b -> fromSignature())
          .map(b -> (co.eluReferentCount() == 0
              || all(BodyFact.class).stream().anyMatch(x -> x.countsAsCopil() && x.eluReferentMember()))
              && all(SignatoryFact.class).stream().allMatch(SignatoryFact::copilMember));
      case "NOR-COPIL-ANNUAL" -> years(YearSpan.DIAGNOSIS_TO_END, y -> y.copilMeetings() >= 1);
      case "NOR-COTECH-FACILITATOR" -> firstBody(BodyFact::firstCotech).filter(b -> fromDiagnosis())
          .map(BodyFact::facilitatorIsCoordinator);
      case "NOR-COTECH-ANNUAL" -> years(YearSpan.DIAGNOSIS_TO_END, y -> y.cotechMeetings() >= 1);
      case "NOR-COTECH-IDEAL" -> years(YearSpan.DIAGNOSIS_TO_END, y -> y.cotechMeetings() != 1);
      case "NOR-MERGED-BODIES" -> Optional.of(all(BodyFact.class).stream()
          .noneMatch(b -> b.kind() == BodyKind.MERGED_COPIL_COTECH)
          || tf.politiqueDeLaVille() && tf.asvProgrammingIntegrated());
      case "NOR-MINUTES" -> Optional.of(all(MeetingFact.class).stream()
          .filter(m -> (m.countsAsCopil() || m.countsAsCotech()) && m.beforeCheckDate())
          .allMatch(MeetingFact::hasMinutes));
      case "NOR-COORDINATION", "OCC-COORDINATOR-DEDICATED" -> when(fromDiagnosis(), co.coordinatorCount() >= 1);
      case "NOR-ELU-REFERENT" -> when(fromDiagnosis(), co.eluReferentsOfSignatoryCollectivite() >= 1);
      case "NOR-COORDINATOR-EMPLOYER" -> when(fromDiagnosis(),
          all(CoordinatorFact.class).stream().allMatch(CoordinatorFact::employedBySignatoryCollectivite));
      case "NOR-DIAGNOSIS-CONTENT" -> items(Category.ELEMENT, Set.of("QUANTITATIVE_AND_QUALITATIVE_DATA",
          "POLICY_CROSSING", "LOCAL_RESOURCES", "ACTORS_CONSULTATION"));
      case "NOR-AXES" -> when(fromDiagnosis(),
          plan.axisCount() >= 1 && all(FicheFact.class).stream().allMatch(FicheFact::hasAxis));
      case "NOR-ACTION-PILOT" -> when(fromDiagnosis(), all(FicheFact.class).stream().allMatch(FicheFact::hasPilot));
      case "NOR-PILOT-NOT-COORDINATOR" -> Optional.of(all(FicheFact.class).stream()
          .noneMatch(FicheFact::pilotIsCoordinator));
      case "NOR-ACTION-INDICATORS" -> when(fromDiagnosis(),
          all(FicheFact.class).stream().allMatch(f -> f.indicatorCount() >= 1));
      case "NOR-FICHES-VALIDATED" -> when(fromDiagnosis(),
          all(FicheFact.class).stream().allMatch(FicheFact::validatedByDeadline));
      case "NOR-AMENDMENT-SIGNED" -> Optional.of(all(AmendmentFact.class).stream()
          .allMatch(a -> a.missingCount() == 0));
      case "NOR-ANNUAL-REPORT" -> years(YearSpan.SIGNATURE_TO_END, y -> y.activityReports() >= 1);
      case "NOR-ANNUAL-FINANCIAL" -> years(YearSpan.SIGNATURE_TO_END, y -> y.financialReports() >= 1);
      case "NOR-INDICATOR-FOLLOW-UP" -> {
        List<FicheYearFact> fy = all(FicheYearFact.class).stream().filter(f -> f.indicatorCount() > 0).toList();
        yield when(!fy.isEmpty(), fy.stream().allMatch(f -> f.indicatorValues() >= 1));
      }
      case "NOR-FINAL-EVALUATION" -> when(endWindow(), all(EvaluationFact.class).stream()
          .anyMatch(e -> e.kind() == EvaluationKind.FINAL && e.supervisedByCopil() && e.doneInLastMonths(12)));
      case "OCC-TERRITORY" -> Optional.of(tf.collectiviteScale() && tf.communeDepartements() <= 1);
      case "OCC-DIAGNOSIS-PORTRAITS" -> items(Category.PORTRAIT, Set.of("TERRITORY", "HEALTH",
          "RESOURCES_AND_RESPONSES"));
      case "OCC-DIAGNOSIS-PRS" -> items(Category.FRAMEWORK, Set.of("PRS"));
      case "OCC-COORDINATOR-FUNDING" -> when(fromDiagnosis(), co.signatoryFunderCount() >= 2);
      case "OCC-PROJECT-TEAM" -> firstBody(BodyFact::firstCotech).filter(b -> fromSignature())
          .map(b -> all(SignatoryFact.class).stream().allMatch(SignatoryFact::cotechMember));
      case "OCC-ANNUAL-PROGRAMMING" -> years(YearSpan.SIGNATURE_TO_END, JudgedYearFact::programmed);
      default -> throw new IllegalArgumentException(clause);
    };
  }
}
