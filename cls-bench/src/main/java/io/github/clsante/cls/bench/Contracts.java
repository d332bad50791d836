package io.github.clsante.cls.bench;

import io.github.clsante.cls.model.ActionPlan;
import io.github.clsante.cls.model.ActionSheet;
import io.github.clsante.cls.model.Amendment;
import io.github.clsante.cls.model.AmendmentSignature;
import io.github.clsante.cls.model.AnnualReport;
import io.github.clsante.cls.model.Axis;
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
import io.github.clsante.cls.model.Territory;
import io.github.clsante.cls.model.TerritoryKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Deterministic synthetic contracts for the benchmarks (no randomness: the same scale gives the same contract).
 *
 * <p>The typical contract (scale 1) is a Normandie CLS in implementation on {@link #AS_OF}: 6 signatories, 12
 * people, 3 bodies (COPIL, COTECH, a working group) with 40 meetings, 4 axes and 20 fiches with one or two
 * indicators valued each judged year, one amendment, annual reports, a programming and a mid-term evaluation,
 * with a handful of deliberate gaps so that the check returns findings.
 *
 * <p>Scale {@code k} multiplies the document: signatories, people, memberships, meetings and communes by
 * {@code k}; the judged history by {@code years(k)} (1, 2 and 10 for k = 1, 10, 100: 5, 10 and 50 judged
 * years; the model bounds years to 1900–2200) and the fiches by {@code k / years(k)}, so that the per-year
 * parts (indicator values, reports) also grow about {@code k} times. {@link #elements} counts the result.
 */
public final class Contracts {

  /** The check date of every benchmark. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

  /** Where a synthetic contract lies: its région, its ARS, its départements (the first is the main one). */
  private record Place(String region, String ars, String[] depts, String ptsm) {}

  private static final Place NORMANDIE = new Place("Normandie", "ARS Normandie",
      new String[] {"50", "14", "61", "27", "76"}, "PTSM de la Manche 2020-2025");

  private static final Place OCCITANIE = new Place("Occitanie", "ARS Occitanie",
      new String[] {"31", "09", "32", "81", "82"}, "PTSM de la Haute-Garonne 2020-2025");

  private Contracts() {}

  /** @return the typical contract (scale 1) */
  public static LocalHealthContract typical() {
    return scaled(1);
  }

  /**
   * @param k the scale; 1 is typical
   * @return the history multiplier at that scale
   */
  public static int years(int k) {
    if (k >= 100) {
      return 10;
    }
    return k >= 10 ? 2 : 1;
  }

  /**
   * @param k the scale, ≥ 1
   * @return a contract about {@code k} times the typical one
   */
  public static LocalHealthContract scaled(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("scale " + k);
    }
    return build(k, "cls-bench-" + k, "Contrat local de santé de banc d'essai, échelle " + k, NORMANDIE);
  }

  /**
   * The {@code i}-th contract of a benchmark portfolio: the typical contract's shape (the same elements, the same
   * deliberate gaps), its own id and name, in Normandie when {@code i} is even and in Occitanie (its ARS, its
   * départements, its PTSM) when odd, so that a portfolio checks against both packs.
   *
   * @param i the index in the portfolio, ≥ 0
   * @return that contract
   */
  public static LocalHealthContract portfolio(int i) {
    if (i < 0) {
      throw new IllegalArgumentException("index " + i);
    }
    String n = String.format("%05d", i);
    return build(1, "cls-bench-portfolio-" + n, "Contrat local de santé de banc d'essai n°" + n,
        i % 2 == 0 ? NORMANDIE : OCCITANIE);
  }

  private static LocalHealthContract build(int k, String contractId, String contractName, Place place) {
    int y = years(k);
    int shift = 5 * (y - 1); // extra years of history
    int fiches = Math.max(20, 20 * k / y);
    LocalDate diagStart = LocalDate.of(2021 - shift, 1, 1);
    LocalDate signature = LocalDate.of(2022 - shift, 3, 15);
    LocalDate end = LocalDate.of(2027, 3, 14);

    var b = LocalHealthContract.builder()
        .id(contractId)
        .name(contractName)
        .region(place.region());

    // territory
    var t = Territory.builder().name("Agglomération de banc d'essai").kind(TerritoryKind.COMMUNAUTE_D_AGGLOMERATION)
        .addEpcis("200041184").addDepartements(place.depts()[0]);
    for (int i = 0; i < 8 * k; i++) {
      t.addCommunes(place.depts()[i / 999 % place.depts().length] + String.format("%03d", i % 999 + 1));
    }
    b.territory(t.build());

    // organisations and signatories: 6 per scale unit
    List<String> signatories = new ArrayList<>();
    b.addOrganisations(Organisation.builder()
        .mergeFrom(org("epci", "Communauté d'agglomération", OrganisationKind.COMMUNAUTE_D_AGGLOMERATION))
        .siren("200041184").build());
    b.addOrganisations(org("ars", place.ars(), OrganisationKind.ARS));
    b.addOrganisations(org("cd", "Conseil départemental", OrganisationKind.CONSEIL_DEPARTEMENTAL));
    b.addOrganisations(org("cpam", "CPAM", OrganisationKind.CPAM));
    b.addOrganisations(org("msa", "MSA", OrganisationKind.MSA));
    b.addOrganisations(org("ch", "Centre hospitalier", OrganisationKind.HEALTH_ESTABLISHMENT));
    b.addOrganisations(org("prefecture", "Préfecture", OrganisationKind.PREFECTURE));
    signatories.addAll(List.of("epci", "ars", "cd", "cpam", "msa", "ch"));
    for (int i = 6; i < 6 * k; i++) {
      String id = "commune-" + i;
      b.addOrganisations(org(id, "Commune n°" + i, OrganisationKind.COMMUNE));
      signatories.add(id);
    }
    for (String s : signatories) {
      b.addSignatories(Signatory.builder().organisationId(s).signedOn(signature).build());
    }

    // people: 12 per scale unit
    List<String> copil = new ArrayList<>();
    List<String> cotech = new ArrayList<>();
    List<String> group = new ArrayList<>();
    List<String> pilots = new ArrayList<>();
    b.addPeople(Person.builder().id("elu-referent").name("Élue référente").organisationId("epci")
        .addRoles(role(RoleKind.ELU), role(RoleKind.ELU_REFERENT)).build());
    b.addPeople(Person.builder().id("coordinatrice").name("Coordinatrice").organisationId("epci")
        .addRoles(Role.builder().kind(RoleKind.COORDINATOR).fte(new BigDecimal("0.8"))
            .period(DateRange.since(diagStart)).build()).build());
    b.addPeople(Person.builder().id("delegue-prefet").name("Délégué du préfet").organisationId("prefecture")
        .addRoles(role(RoleKind.PREFECT_DELEGATE)).build());
    copil.addAll(List.of("elu-referent", "delegue-prefet"));
    cotech.add("coordinatrice");
    for (int i = 0; i < signatories.size(); i++) {
      String org = signatories.get(i);
      if (i == 0) {
        continue; // the epci is represented by the élue référente
      }
      String id = "representant-" + org;
      boolean commune = org.startsWith("commune-");
      b.addPeople(Person.builder().id(id).name("Représentant " + org).organisationId(org)
          .addRoles(role(commune ? RoleKind.ELU : RoleKind.TECHNICIAN)).build());
      if (i != 4) { // the MSA is missing from the COPIL (NOR-COPIL-MEMBERS)
        copil.add(id);
      }
      if (!commune || i % 3 == 0) {
        cotech.add(id);
      }
    }
    int professionals = 12 * k - 3 - (signatories.size() - 1);
    for (int i = 0; i < professionals; i++) {
      String id = "professionnel-" + i;
      b.addPeople(Person.builder().id(id).name("Professionnel n°" + i).organisationId(i % 2 == 0 ? "ch" : "epci")
          .addRoles(role(RoleKind.HEALTH_PROFESSIONAL)).build());
      group.add(id);
      pilots.add(id);
    }
    b.milestones(Milestones.builder().engagement(diagStart.minusMonths(4)).letterOfIntent(diagStart.minusMonths(2))
        .diagnosisStart(diagStart).diagnosisCompletion(signature.minusMonths(5)).signature(signature).end(end)
        .build());
    b.coordination(Coordination.builder().addFunding(Funding.builder().organisationId("epci").build(),
        Funding.builder().organisationId("ars").period(DateRange.since(signature)).build()).build());
    b.diagnosis(Diagnosis.builder().addPortraits(Portrait.values())
        .addElements(DiagnosisElement.values()[0], DiagnosisElement.values()[1])
        .addFrameworks(PolicyFramework.values()).addThemes(HealthTheme.values()).build());

    // bodies and meetings: 40 per scale unit over the judged years, about 2 COPIL, 3 COTECH, 3 groups a year
    int firstYear = diagStart.getYear();
    int lastYear = AS_OF.getYear();
    int spanYears = lastYear - firstYear + 1;
    int meetings = 40 * k;
    int copilMeetings = meetings * 2 / 8;
    int cotechMeetings = meetings * 3 / 8;
    int groupMeetings = meetings - copilMeetings - cotechMeetings;
    var gov = Governance.builder();
    gov.addBodies(body("copil", "Comité de pilotage", BodyKind.COPIL, copil, copilMeetings, firstYear, spanYears, 3,
        -1, "elu-referent", null));
    gov.addBodies(body("cotech", "Comité technique", BodyKind.COTECH, cotech, cotechMeetings, firstYear, spanYears,
        5, 7, null, "coordinatrice"));
    gov.addBodies(body("groupe", "Groupe de travail accès aux soins", BodyKind.WORKING_GROUP, group, groupMeetings,
        firstYear, spanYears, 4, -1, null, "coordinatrice"));
    b.governance(gov.build());

    // action plan
    var plan = ActionPlan.builder();
    int axes = 4;
    for (int a = 1; a <= axes; a++) {
      var axis = Axis.builder().id("axe-" + a).title("Axe stratégique n°" + a);
      if (a == 4) {
        axis.mentalHealthComponent(true).ptsmReference(place.ptsm());
      }
      plan.addAxes(axis.build());
    }
    int firstValued = signature.getYear() + 1;
    int lastValued = AS_OF.getYear() - 1;
    List<String> amended = new ArrayList<>();
    int amendmentsCount = y;
    for (int i = 1; i <= fiches; i++) {
      String id = "fa-" + i;
      var f = ActionSheet.builder().id(id).title("Fiche action n°" + i).axisId("axe-" + (1 + i % axes))
          .operationalObjective("Objectif opérationnel n°" + i).stakes("Réduire les inégalités de santé")
          .targetPublic("Habitants du territoire").timeline("Sur la durée du contrat")
          .expectedResults("Cibles des indicateurs atteintes").addPartnerIds(signatories.get(1 + i % 5))
          .pilotId(pilots.get(i % pilots.size()));
      if (i % 7 != 3) {
        f.means("0,1 ETP et " + (1000 * (i % 9 + 1)) + " € par an");
      }
      if (i % 10 == 9) {
        f.pilotId("coordinatrice"); // NOR-PILOT-NOT-COORDINATOR
      }
      int indicators = i % 2 == 0 ? 2 : 1;
      boolean lateFiche = i > fiches - 2 * amendmentsCount;
      for (int n = 1; n <= indicators; n++) {
        var ind = Indicator.builder().id(id + "-ind-" + n).name("Indicateur " + n + " de la fiche " + i)
            .target("+10 %");
        for (int yr = firstValued; yr <= lastValued; yr++) {
          if ((yr + i) % 11 != 0) { // a gap now and then (NOR-INDICATOR-FOLLOW-UP)
            ind.addValues(IndicatorValue.builder().year(yr).value(String.valueOf(10 + (yr * 7 + i) % 90)).build());
          }
        }
        f.addIndicators(ind.build());
      }
      if (lateFiche) {
        amended.add(id);
        f.validatedOn(signature.plusYears(1 + (fiches - i) / 2 % Math.max(1, y)).minusDays(10));
      } else {
        f.validatedOn(signature.minusMonths(1));
      }
      plan.addFiches(f.build());
    }
    b.actionPlan(plan.build());

    // amendments: one per history unit, each adding two fiches, signed by all but the MSA
    for (int a = 0; a < amendmentsCount && 2 * a + 1 < amended.size(); a++) {
      var am = Amendment.builder().id("avenant-" + (a + 1)).date(signature.plusYears(1 + a))
          .subject("Deux fiches nouvelles").addAddedFicheIds(amended.get(2 * a), amended.get(2 * a + 1));
      for (String s : signatories) {
        if (!s.equals("msa")) {
          am.addSignatures(AmendmentSignature.builder().organisationId(s).signedOn(signature.plusYears(1 + a))
              .build());
        }
      }
      b.addAmendments(am.build());
    }

    // follow-up
    var fu = FollowUp.builder();
    for (int yr = firstValued; yr <= lastValued; yr++) {
      fu.addActivityReports(AnnualReport.builder().id("ra-" + yr).year(yr)
          .issuedOn(LocalDate.of(yr + 1, 5, 15)).documentRef("Rapport d'activité " + yr).build());
      if (yr % 3 != 1) { // a missing financial report now and then
        fu.addFinancialReports(AnnualReport.builder().id("bf-" + yr).year(yr)
            .issuedOn(LocalDate.of(yr + 1, 6, 10)).build());
      }
    }
    for (int from = firstValued, n = 1; from <= lastValued + 1; from += 3, n++) {
      fu.addProgrammings(Programming.builder().id("prog-" + n).fromYear(from).toYear(from + 2)
          .addCommitments(FinancialCommitment.builder().organisationId("ars").amount(new BigDecimal("45000")).build(),
              FinancialCommitment.builder().organisationId("epci").amount(new BigDecimal("30000")).build())
          .validation(BodyDecision.builder().bodyId("copil").date(LocalDate.of(from - 1, 12, 5)).build()).build());
    }
    fu.addEvaluations(Evaluation.builder().id("evaluation-intermediaire").kind(EvaluationKind.MID_TERM)
        .date(LocalDate.of(2024, 10, 1))
        .supervision(BodyDecision.builder().bodyId("copil").date(LocalDate.of(2024, 11, 5)).build()).build());
    b.followUp(fu.build());
    return b.build();
  }

  /**
   * @param c a contract
   * @return how many elements (objects and list entries) it holds, a measure of its size
   */
  public static int elements(LocalHealthContract c) {
    int n = 1 + c.organisations().size() + c.signatories().size() + c.territory().communes().size();
    for (Person p : c.people()) {
      n += 1 + p.roles().size();
    }
    for (GovernanceBody body : c.governance().bodies()) {
      n += 1 + body.members().size();
      for (Meeting m : body.meetings()) {
        n += 1 + m.attendeeIds().size();
      }
    }
    n += c.actionPlan().axes().size();
    for (ActionSheet f : c.actionPlan().fiches()) {
      n += 1 + f.partnerIds().size();
      for (Indicator i : f.indicators()) {
        n += 1 + i.values().size();
      }
    }
    for (Amendment a : c.amendments()) {
      n += 1 + a.signatures().size() + a.addedFicheIds().size();
    }
    var fu = c.followUp();
    n += fu.activityReports().size() + fu.financialReports().size() + fu.evaluations().size();
    for (Programming p : fu.programmings()) {
      n += 1 + p.commitments().size();
    }
    return n;
  }

  private static Organisation org(String id, String name, OrganisationKind kind) {
    return Organisation.builder().id(id).name(name).kind(kind).build();
  }

  private static Role role(RoleKind kind) {
    return Role.builder().kind(kind).build();
  }

  /**
   * Meetings spread evenly over the span, none after the check date; every {@code noMinutesEvery}-th without
   * minutes (none if negative); chaired and facilitated by the people given (none when null).
   */
  private static GovernanceBody body(String id, String name, BodyKind kind, List<String> members,
      int meetings, int firstYear, int spanYears, int attendees, int noMinutesEvery, String chairId,
      String facilitatorId) {
    var b = GovernanceBody.builder().id(id).name(name).kind(kind);
    if (chairId != null) {
      b.chairId(chairId);
    }
    if (facilitatorId != null) {
      b.facilitatorId(facilitatorId);
    }
    for (int i = 0; i < members.size(); i++) {
      var m = Membership.builder().personId(members.get(i));
      if (i % 9 == 8) {
        m.period(DateRange.since(LocalDate.of(firstYear + spanYears / 2, 1, 1)));
      }
      b.addMembers(m.build());
    }
    long days = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(firstYear, 1, 15), AS_OF.minusDays(7));
    for (int i = 0; i < meetings; i++) {
      LocalDate date = LocalDate.of(firstYear, 1, 15).plusDays(days * i / Math.max(1, meetings - 1));
      if (kind == BodyKind.COTECH && date.getYear() == firstYear + 1) {
        continue; // a year with fewer COTECH meetings (NOR-COTECH-IDEAL / ANNUAL)
      }
      var m = Meeting.builder().id(id + "-" + (i + 1)).date(date);
      for (int a = 0; a < attendees && a < members.size(); a++) {
        m.addAttendeeIds(members.get((i + a) % members.size()));
      }
      if (noMinutesEvery < 0 || i % noMinutesEvery != 0) {
        m.minutesRef("Compte rendu du " + date);
      }
      b.addMeetings(m.build());
    }
    return b.build();
  }
}
