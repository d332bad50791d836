package io.github.clsante.cls.testkit;

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
 * The fixed contracts of {@link ContractProfile#scaled(int)} and {@link ContractProfile#portfolio(int)}, the
 * benchmarks' (cls-bench): no decision is drawn, the same profile gives the same contract. Built aggregate by
 * aggregate as the generated ones — territory and parties, governance, plan and amendments, follow-up — each
 * part's size following the scale. Stateless and thread-safe.
 */
final class FixedShape {

  /** The check date of every fixed contract. */
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

  /** Where a fixed contract lies: its région, its ARS, its départements (the first is the main one). */
  private record Place(String region, String ars, String[] depts, String ptsm) {}

  private static final Place NORMANDIE = new Place("Normandie", "ARS Normandie",
      new String[] {"50", "14", "61", "27", "76"}, "PTSM de la Manche 2020-2025");

  private static final Place OCCITANIE = new Place("Occitanie", "ARS Occitanie",
      new String[] {"31", "09", "32", "81", "82"}, "PTSM de la Haute-Garonne 2020-2025");

  private FixedShape() {}

  static ContractAtDate build(ContractProfile profile) {
    int i = profile.portfolioIndex();
    if (i < 0) {
      int k = profile.scale();
      return new ContractAtDate(build(k, "cls-bench-" + k, "Contrat local de santé de banc d'essai, échelle " + k,
          NORMANDIE), AS_OF);
    }
    String n = String.format("%05d", i);
    return new ContractAtDate(build(1, "cls-bench-portfolio-" + n, "Contrat local de santé de banc d'essai n°" + n,
        i % 2 == 0 ? NORMANDIE : OCCITANIE), AS_OF);
  }

  /** @return the history multiplier at scale {@code k}: 1, 2 from 10, 10 from 100 */
  static int years(int k) {
    if (k >= 100) {
      return 10;
    }
    return k >= 10 ? 2 : 1;
  }

  private static LocalHealthContract build(int k, String contractId, String contractName, Place place) {
    Scale s = new Scale(k, place);
    Parties parties = s.territoryAndParties();
    return LocalHealthContract.builder()
        .id(contractId)
        .name(contractName)
        .region(place.region())
        .territory(s.territory())
        .organisations(parties.organisations)
        .signatories(parties.signatories)
        .people(parties.people)
        .milestones(Milestones.builder().engagement(s.diagStart.minusMonths(4))
            .letterOfIntent(s.diagStart.minusMonths(2)).diagnosisStart(s.diagStart)
            .diagnosisCompletion(s.signature.minusMonths(5)).signature(s.signature).end(s.end).build())
        .coordination(Coordination.builder().addFunding(Funding.builder().organisationId("epci").build(),
            Funding.builder().organisationId("ars").period(DateRange.since(s.signature)).build()).build())
        .diagnosis(Diagnosis.builder().addPortraits(Portrait.values())
            .addElements(DiagnosisElement.values()[0], DiagnosisElement.values()[1])
            .addFrameworks(PolicyFramework.values()).addThemes(HealthTheme.values()).build())
        .governance(s.governance(parties))
        .actionPlan(s.actionPlan(parties))
        .amendments(s.amendments(parties))
        .followUp(s.followUp())
        .build();
  }

  /** The organisations, signatories and people, and who sits where. */
  private static final class Parties {
    final List<Organisation> organisations = new ArrayList<>();
    final List<String> signatoryIds = new ArrayList<>();
    final List<Signatory> signatories = new ArrayList<>();
    final List<Person> people = new ArrayList<>();
    final List<String> copil = new ArrayList<>();
    final List<String> cotech = new ArrayList<>();
    final List<String> group = new ArrayList<>();
    final List<String> pilots = new ArrayList<>();
    /** The fiches added by amendments, two per amendment. */
    final List<String> amended = new ArrayList<>();
  }

  /** One scale's numbers and dates, and its aggregates built from them. */
  private static final class Scale {
    final int k;
    final Place place;
    final int y;
    final int fiches;
    final LocalDate diagStart;
    final LocalDate signature;
    final LocalDate end = LocalDate.of(2027, 3, 14);
    final int firstValued;
    final int lastValued = AS_OF.getYear() - 1;

    Scale(int k, Place place) {
      this.k = k;
      this.place = place;
      this.y = years(k);
      int shift = 5 * (y - 1); // extra years of history
      this.fiches = Math.max(20, 20 * k / y);
      this.diagStart = LocalDate.of(2021 - shift, 1, 1);
      this.signature = LocalDate.of(2022 - shift, 3, 15);
      this.firstValued = signature.getYear() + 1;
    }

    Territory territory() {
      var t = Territory.builder().name("Agglomération de banc d'essai")
          .kind(TerritoryKind.COMMUNAUTE_D_AGGLOMERATION).addEpcis("200041184").addDepartements(place.depts()[0]);
      for (int i = 0; i < 8 * k; i++) {
        t.addCommunes(place.depts()[i / 999 % place.depts().length] + String.format("%03d", i % 999 + 1));
      }
      return t.build();
    }

    /** Organisations and signatories: 6 per scale unit; people: 12 per scale unit. */
    Parties territoryAndParties() {
      Parties p = new Parties();
      List<String> signatories = p.signatoryIds;
      p.organisations.add(Organisation.builder()
          .mergeFrom(org("epci", "Communauté d'agglomération", OrganisationKind.COMMUNAUTE_D_AGGLOMERATION))
          .siren("200041184").build());
      p.organisations.add(org("ars", place.ars(), OrganisationKind.ARS));
      p.organisations.add(org("cd", "Conseil départemental", OrganisationKind.CONSEIL_DEPARTEMENTAL));
      p.organisations.add(org("cpam", "CPAM", OrganisationKind.CPAM));
      p.organisations.add(org("msa", "MSA", OrganisationKind.MSA));
      p.organisations.add(org("ch", "Centre hospitalier", OrganisationKind.HEALTH_ESTABLISHMENT));
      p.organisations.add(org("prefecture", "Préfecture", OrganisationKind.PREFECTURE));
      signatories.addAll(List.of("epci", "ars", "cd", "cpam", "msa", "ch"));
      for (int i = 6; i < 6 * k; i++) {
        String id = "commune-" + i;
        p.organisations.add(org(id, "Commune n°" + i, OrganisationKind.COMMUNE));
        signatories.add(id);
      }
      for (String s : signatories) {
        p.signatories.add(Signatory.builder().organisationId(s).signedOn(signature).build());
      }
      p.people.add(Person.builder().id("elu-referent").name("Élue référente").organisationId("epci")
          .addRoles(role(RoleKind.ELU), role(RoleKind.ELU_REFERENT)).build());
      p.people.add(Person.builder().id("coordinatrice").name("Coordinatrice").organisationId("epci")
          .addRoles(Role.builder().kind(RoleKind.COORDINATOR).fte(new BigDecimal("0.8"))
              .period(DateRange.since(diagStart)).build()).build());
      p.people.add(Person.builder().id("delegue-prefet").name("Délégué du préfet").organisationId("prefecture")
          .addRoles(role(RoleKind.PREFECT_DELEGATE)).build());
      p.copil.addAll(List.of("elu-referent", "delegue-prefet"));
      p.cotech.add("coordinatrice");
      for (int i = 0; i < signatories.size(); i++) {
        String org = signatories.get(i);
        if (i == 0) {
          continue; // the epci is represented by the élue référente
        }
        String id = "representant-" + org;
        boolean commune = org.startsWith("commune-");
        p.people.add(Person.builder().id(id).name("Représentant " + org).organisationId(org)
            .addRoles(role(commune ? RoleKind.ELU : RoleKind.TECHNICIAN)).build());
        if (i != 4) { // the MSA is missing from the COPIL (NOR-COPIL-MEMBERS)
          p.copil.add(id);
        }
        if (!commune || i % 3 == 0) {
          p.cotech.add(id);
        }
      }
      int professionals = 12 * k - 3 - (signatories.size() - 1);
      for (int i = 0; i < professionals; i++) {
        String id = "professionnel-" + i;
        p.people.add(Person.builder().id(id).name("Professionnel n°" + i).organisationId(i % 2 == 0 ? "ch" : "epci")
            .addRoles(role(RoleKind.HEALTH_PROFESSIONAL)).build());
        p.group.add(id);
        p.pilots.add(id);
      }
      return p;
    }

    /** Bodies and meetings: 40 per scale unit over the judged years, about 2 COPIL, 3 COTECH, 3 groups a year. */
    Governance governance(Parties p) {
      int firstYear = diagStart.getYear();
      int lastYear = AS_OF.getYear();
      int spanYears = lastYear - firstYear + 1;
      int meetings = 40 * k;
      int copilMeetings = meetings * 2 / 8;
      int cotechMeetings = meetings * 3 / 8;
      int groupMeetings = meetings - copilMeetings - cotechMeetings;
      var gov = Governance.builder();
      gov.addBodies(body("copil", "Comité de pilotage", BodyKind.COPIL, p.copil, copilMeetings, firstYear, spanYears,
          3, -1, "elu-referent", null));
      gov.addBodies(body("cotech", "Comité technique", BodyKind.COTECH, p.cotech, cotechMeetings, firstYear,
          spanYears, 5, 7, null, "coordinatrice"));
      gov.addBodies(body("groupe", "Groupe de travail accès aux soins", BodyKind.WORKING_GROUP, p.group,
          groupMeetings, firstYear, spanYears, 4, -1, null, "coordinatrice"));
      return gov.build();
    }

    /** The action plan: 4 axes, the fiches; the last ones are added by amendments ({@link Parties#amended}). */
    ActionPlan actionPlan(Parties p) {
      var plan = ActionPlan.builder();
      int axes = 4;
      for (int a = 1; a <= axes; a++) {
        var axis = Axis.builder().id("axe-" + a).title("Axe stratégique n°" + a);
        if (a == 4) {
          axis.mentalHealthComponent(true).ptsmReference(place.ptsm());
        }
        plan.addAxes(axis.build());
      }
      int amendmentsCount = y;
      for (int i = 1; i <= fiches; i++) {
        String id = "fa-" + i;
        var f = ActionSheet.builder().id(id).title("Fiche action n°" + i).axisId("axe-" + (1 + i % axes))
            .operationalObjective("Objectif opérationnel n°" + i).stakes("Réduire les inégalités de santé")
            .targetPublic("Habitants du territoire").timeline("Sur la durée du contrat")
            .expectedResults("Cibles des indicateurs atteintes").addPartnerIds(p.signatoryIds.get(1 + i % 5))
            .pilotId(p.pilots.get(i % p.pilots.size()));
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
              ind.addValues(IndicatorValue.builder().year(yr).value(String.valueOf(10 + (yr * 7 + i) % 90))
                  .build());
            }
          }
          f.addIndicators(ind.build());
        }
        if (lateFiche) {
          p.amended.add(id);
          f.validatedOn(signature.plusYears(1 + (fiches - i) / 2 % Math.max(1, y)).minusDays(10));
        } else {
          f.validatedOn(signature.minusMonths(1));
        }
        plan.addFiches(f.build());
      }
      return plan.build();
    }

    /** One amendment per history unit, each adding two fiches, signed by all but the MSA. */
    List<Amendment> amendments(Parties p) {
      List<Amendment> out = new ArrayList<>();
      int amendmentsCount = y;
      for (int a = 0; a < amendmentsCount && 2 * a + 1 < p.amended.size(); a++) {
        var am = Amendment.builder().id("avenant-" + (a + 1)).date(signature.plusYears(1 + a))
            .subject("Deux fiches nouvelles").addAddedFicheIds(p.amended.get(2 * a), p.amended.get(2 * a + 1));
        for (String s : p.signatoryIds) {
          if (!s.equals("msa")) {
            am.addSignatures(AmendmentSignature.builder().organisationId(s).signedOn(signature.plusYears(1 + a))
                .build());
          }
        }
        out.add(am.build());
      }
      return out;
    }

    FollowUp followUp() {
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
            .addCommitments(FinancialCommitment.builder().organisationId("ars").amount(new BigDecimal("45000"))
                    .build(),
                FinancialCommitment.builder().organisationId("epci").amount(new BigDecimal("30000")).build())
            .validation(BodyDecision.builder().bodyId("copil").date(LocalDate.of(from - 1, 12, 5)).build())
            .build());
      }
      fu.addEvaluations(Evaluation.builder().id("evaluation-intermediaire").kind(EvaluationKind.MID_TERM)
          .date(LocalDate.of(2024, 10, 1))
          .supervision(BodyDecision.builder().bodyId("copil").date(LocalDate.of(2024, 11, 5)).build()).build());
      return fu.build();
    }
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
