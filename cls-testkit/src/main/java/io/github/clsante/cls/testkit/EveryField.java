package io.github.clsante.cls.testkit;

import io.github.clsante.cls.model.ActionPlan;
import io.github.clsante.cls.model.ActionSheet;
import io.github.clsante.cls.model.ActionStatus;
import io.github.clsante.cls.model.Amendment;
import io.github.clsante.cls.model.AmendmentSignature;
import io.github.clsante.cls.model.AnnualReport;
import io.github.clsante.cls.model.Axis;
import io.github.clsante.cls.model.AxisApproach;
import io.github.clsante.cls.model.BodyDecision;
import io.github.clsante.cls.model.BodyKind;
import io.github.clsante.cls.model.Coordination;
import io.github.clsante.cls.model.DateRange;
import io.github.clsante.cls.model.Diagnosis;
import io.github.clsante.cls.model.DiagnosisElement;
import io.github.clsante.cls.model.Evaluation;
import io.github.clsante.cls.model.EvaluationKind;
import io.github.clsante.cls.model.FinancialCommitment;
import io.github.clsante.cls.model.FollowUp;
import io.github.clsante.cls.model.Funding;
import io.github.clsante.cls.model.Governance;
import io.github.clsante.cls.model.GovernanceBody;
import io.github.clsante.cls.model.HealthTheme;
import io.github.clsante.cls.model.Indicator;
import io.github.clsante.cls.model.IndicatorValue;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.Meeting;
import io.github.clsante.cls.model.Membership;
import io.github.clsante.cls.model.Milestones;
import io.github.clsante.cls.model.Organisation;
import io.github.clsante.cls.model.OrganisationKind;
import io.github.clsante.cls.model.Person;
import io.github.clsante.cls.model.PolicyFramework;
import io.github.clsante.cls.model.Portrait;
import io.github.clsante.cls.model.Programming;
import io.github.clsante.cls.model.Role;
import io.github.clsante.cls.model.RoleKind;
import io.github.clsante.cls.model.Signatory;
import io.github.clsante.cls.model.StakeholderAnalysis;
import io.github.clsante.cls.model.Territory;
import io.github.clsante.cls.model.TerritoryKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The contracts of {@link ContractProfile#everyField()}: every attribute of the model present or absent (or at
 * its default), odd texts (quotes, backslashes, controls, NUL, non-breaking spaces, emoji), exact amounts with
 * 0–3 decimals, dates from 1900 to 2173 and years from 1900 to 2200, references picked among the generated
 * ids — meaningful, never realistic: what a document format, a store or a renderer must carry unchanged. The
 * decisions come from a {@link Tape}, each shrinking toward its first alternative (absent, empty, shortest).
 */
final class EveryField {

  private static final String[] SIRENS = {"200066389", "200000024", "130008048", "253402903", "213400799"};
  private static final String[] INSEE = {"50025", "50410", "34079", "34142", "2A004", "97411"};
  private static final String[] FINESS = {"500000112", "340780477", "2A0000012"};
  private static final String[] DEPTS = {"50", "34", "2A", "974"};
  private static final String ODD = "aéèçœ\"\\/~\n\t\u0000\u001f \u00a0€😀<>&'";

  private final Tape t;

  private EveryField(Tape t) {
    this.t = t;
  }

  /**
   * @param t the decisions
   * @return a contract and a check date chosen relative to its milestones
   */
  static ContractAtDate generate(Tape t) {
    LocalHealthContract c = new EveryField(t).contract();
    return new ContractAtDate(c, AsOfChooser.choose(t, c.milestones()));
  }

  private boolean coin() {
    return t.below(2) == 1;
  }

  private int upTo(int n) {
    return t.below(n + 1);
  }

  private String text() {
    int len = upTo(12);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < len; i++) {
      if (t.below(4) == 3) { // one character in four from the odd ones
        int k = t.below(ODD.length());
        char c = ODD.charAt(k);
        if (Character.isHighSurrogate(c)) {
          b.append(c).append(ODD.charAt(k + 1));
        } else if (!Character.isLowSurrogate(c)) {
          b.append(c);
        }
      } else {
        b.append((char) ('a' + t.below(26)));
      }
    }
    return b.toString();
  }

  private Optional<String> optText() {
    return coin() ? Optional.of(text()) : Optional.empty();
  }

  private LocalDate date() {
    return LocalDate.of(1900, 1, 1).plusDays(t.below(100_000));
  }

  private Optional<LocalDate> optDate() {
    return coin() ? Optional.of(date()) : Optional.empty();
  }

  private int year() {
    return 1900 + t.below(301);
  }

  private BigDecimal amount() {
    BigDecimal b = BigDecimal.valueOf(t.below(1_000_000), t.below(4));
    return t.below(5) == 0 ? b.stripTrailingZeros() : b;
  }

  private <T> Optional<T> pick(List<T> from) {
    return from.isEmpty() || coin() ? Optional.empty() : Optional.of(from.get(t.below(from.size())));
  }

  private <T> T any(T[] from) {
    return from[t.below(from.length)];
  }

  private <T> List<T> some(List<T> from) {
    List<T> out = new ArrayList<>();
    for (T t : from) {
      if (coin()) {
        out.add(t);
      }
    }
    return out;
  }

  private <T> List<T> list(int max, Supplier<T> s) {
    List<T> out = new ArrayList<>();
    int n = upTo(max);
    for (int i = 0; i < n; i++) {
      out.add(s.get());
    }
    return out;
  }

  private <E extends Enum<E>> List<E> subset(Class<E> type) {
    return some(List.of(type.getEnumConstants()));
  }

  private DateRange range() {
    if (coin()) {
      return DateRange.always();
    }
    LocalDate a = date();
    return DateRange.builder().from(coin() ? Optional.of(a) : Optional.empty())
        .until(coin() ? Optional.of(a.plusDays(t.below(3000))) : Optional.empty()).build();
  }

  private LocalHealthContract contract() {
    var c = LocalHealthContract.builder()
        .id("cls-" + t.below(1000)).name(text()).region(text());
    if (coin()) {
      c.territory(Territory.builder().name(optText()).kind(any(TerritoryKind.values()))
          .communes(list(3, () -> any(INSEE))).epcis(list(2, () -> any(SIRENS)))
          .departements(list(2, () -> any(DEPTS))).politiqueDeLaVille(coin()).asvProgrammingIntegrated(coin())
          .build());
    }
    List<String> orgs = new ArrayList<>();
    int no = upTo(4);
    for (int i = 0; i < no; i++) {
      orgs.add("org-" + i);
      c.addOrganisations(Organisation.builder().id("org-" + i).name(text()).kind(any(OrganisationKind.values()))
          .siren(coin() ? Optional.of(any(SIRENS)) : Optional.empty())
          .finess(coin() ? Optional.of(any(FINESS)) : Optional.empty())
          .inseeCode(coin() ? Optional.of(any(INSEE)) : Optional.empty()).build());
    }
    List<String> people = new ArrayList<>();
    int np = upTo(3);
    for (int i = 0; i < np; i++) {
      people.add("p-" + i);
      c.addPeople(Person.builder().id("p-" + i).name(text()).organisationId(pick(orgs))
          .roles(list(2, () -> Role.builder().kind(any(RoleKind.values())).period(range())
              .delegations(list(2, this::text)).fte(coin() ? Optional.of(amount()) : Optional.empty())
              .employerId(pick(orgs)).build()))
          .build());
    }
    for (String o : some(orgs)) {
      c.addSignatories(Signatory.builder().organisationId(o).signedOn(optDate()).signerId(pick(people)).build());
    }
    if (coin()) {
      c.milestones(Milestones.builder().engagement(optDate()).letterOfIntent(optDate()).diagnosisStart(optDate())
          .diagnosisCompletion(optDate()).signature(optDate()).end(optDate()).build());
    }
    c.previousContractId(optText());
    List<String> fiches = new ArrayList<>();
    int nf = upTo(3);
    for (int i = 0; i < nf; i++) {
      fiches.add("fa-" + i);
    }
    int na = upTo(2);
    for (int i = 0; i < na; i++) {
      c.addAmendments(Amendment.builder().id("am-" + i).date(optDate()).subject(optText())
          .signatures(orgs.isEmpty() ? List.of() : list(2, () -> AmendmentSignature.builder()
              .organisationId(any(orgs.toArray(new String[0]))).signedOn(optDate()).build()))
          .addedFicheIds(some(fiches)).build());
    }
    if (!orgs.isEmpty() && coin()) {
      c.coordination(Coordination.builder().funding(list(2, () -> Funding.builder()
          .organisationId(any(orgs.toArray(new String[0]))).period(range())
          .annualAmount(coin() ? Optional.of(amount()) : Optional.empty()).build())).build());
    }
    List<String> bodies = new ArrayList<>();
    if (coin()) {
      List<GovernanceBody> bs = new ArrayList<>();
      int nb = upTo(3);
      for (int i = 0; i < nb; i++) {
        bodies.add("b-" + i);
        int fi = i;
        List<Meeting> ms = new ArrayList<>();
        int nm = upTo(3);
        for (int j = 0; j < nm; j++) {
          ms.add(Meeting.builder().id("m-" + fi + "-" + j).date(date()).attendeeIds(some(people))
              .minutesRef(optText()).build());
        }
        bs.add(GovernanceBody.builder().id("b-" + i).name(text()).kind(any(BodyKind.values()))
            .chairId(pick(people)).facilitatorId(pick(people))
            .members(some(people).stream().map(p -> Membership.builder().personId(p).period(range()).build())
                .toList())
            .meetings(ms).build());
      }
      c.governance(Governance.builder().bodies(bs).build());
    }
    if (coin()) {
      c.diagnosis(Diagnosis.builder().documentRef(optText()).portraits(subset(Portrait.class))
          .elements(subset(DiagnosisElement.class)).frameworks(subset(PolicyFramework.class))
          .themes(subset(HealthTheme.class))
          .stakeholders(list(2, () -> StakeholderAnalysis.builder().actor(text()).organisationId(pick(orgs))
              .role(optText()).assets(optText()).interest(optText()).risk(optText()).build()))
          .build());
    }
    List<String> axes = new ArrayList<>();
    int nx = upTo(2);
    List<Axis> axs = new ArrayList<>();
    for (int i = 0; i < nx; i++) {
      axes.add("ax-" + i);
      axs.add(Axis.builder().id("ax-" + i).title(text()).approach(any(AxisApproach.values()))
          .mentalHealthComponent(coin()).ptsmReference(optText()).build());
    }
    List<ActionSheet> fs = new ArrayList<>();
    for (String f : fiches) {
      List<Indicator> inds = new ArrayList<>();
      int ni = upTo(2);
      for (int k = 0; k < ni; k++) {
        inds.add(Indicator.builder().id(f + "-ind-" + k).name(text()).target(optText())
            .values(list(3, () -> IndicatorValue.builder().year(year()).value(text()).comment(optText()).build()))
            .build());
      }
      fs.add(ActionSheet.builder().id(f).title(text()).operationalObjective(optText()).axisId(pick(axes))
          .stakes(optText()).targetPublic(optText()).timeline(optText()).expectedResults(optText())
          .partnerIds(some(orgs)).means(optText()).budget(coin() ? Optional.of(amount()) : Optional.empty())
          .pilotId(pick(people)).coPilotIds(some(people)).indicators(inds).validatedOn(optDate())
          .status(any(ActionStatus.values())).preExisting(coin()).mentalHealthComponent(coin())
          .ptsmReference(optText()).build());
    }
    if (!axs.isEmpty() || !fs.isEmpty()) {
      c.actionPlan(ActionPlan.builder().axes(axs).fiches(fs).build());
    }
    if (coin()) {
      int[] n = {0};
      Supplier<AnnualReport> report = () -> AnnualReport.builder().id("rep-" + n[0]++).year(year())
          .issuedOn(optDate()).documentRef(optText()).build();
      Supplier<Optional<BodyDecision>> decision = () -> bodies.isEmpty() || coin() ? Optional.empty()
          : Optional.of(BodyDecision.builder().bodyId(any(bodies.toArray(new String[0]))).date(date()).build());
      c.followUp(FollowUp.builder().activityReports(list(2, report)).financialReports(list(2, report))
          .programmings(list(2, () -> {
            int from = 1900 + t.below(290);
            return Programming.builder().id("prog-" + n[0]++).fromYear(from).toYear(from + t.below(5))
                .commitments(orgs.isEmpty() ? List.of() : list(2, () -> FinancialCommitment.builder()
                    .organisationId(any(orgs.toArray(new String[0]))).amount(amount()).build()))
                .validation(decision.get()).build();
          }))
          .evaluations(list(2, () -> Evaluation.builder().id("eval-" + n[0]++).kind(any(EvaluationKind.values()))
              .date(optDate()).supervision(decision.get()).documentRef(optText()).build()))
          .build());
    }
    return c.build();
  }
}
