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
import io.github.clsante.cls.model.Territory;
import io.github.clsante.cls.model.TerritoryKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds one contract and its check date from a {@link Tape}. In {@link Mode#RANDOM} every dimension the
 * clauses read takes satisfying and violating values; in {@link Mode#NORMANDIE} / {@link Mode#OCCITANIE}
 * every clause of the socle and of that region is satisfied on the check date, and dimensions the region does
 * not judge still vary.
 */
final class ContractGenerator {

  /** What the generated contract must satisfy. */
  enum Mode {
    RANDOM, NORMANDIE, OCCITANIE
  }

  static final LocalDate MENTAL_HEALTH_LAW = LocalDate.of(2022, 2, 23);

  private static final List<String> NORMANDIE_DEPTS = List.of("14", "27", "50", "61", "76");
  private static final List<String> OCCITANIE_DEPTS = List.of("09", "11", "12", "30", "31", "32", "34", "46",
      "48", "65", "66", "81", "82");
  private static final List<String> OTHER_DEPTS = List.of("2A", "2B", "971", "974", "01", "95");

  private final Tape t;
  private final Mode mode;

  // state shared between the parts
  private Milestones ms;
  private LocalDate asOf;
  private LocalDate sig;
  private LocalDate end;
  private final List<Organisation> orgs = new ArrayList<>();
  private final Map<String, Organisation> orgById = new LinkedHashMap<>();
  private final List<Person> people = new ArrayList<>();
  private final List<Signatory> signatories = new ArrayList<>();
  private final List<String> coordinators = new ArrayList<>();
  private final List<String> technicians = new ArrayList<>();
  private String collId;
  private String arsId;
  private String eluReferentId;
  private String prefectDelegateId;
  private String copilId;
  private final List<Amendment> amendments = new ArrayList<>();
  private Territory territory;
  private boolean merged;
  private int serial;

  ContractGenerator(Tape t, Mode mode) {
    this.t = t;
    this.mode = mode;
  }

  private boolean random() {
    return mode == Mode.RANDOM;
  }

  private boolean nor() {
    return mode == Mode.NORMANDIE;
  }

  private boolean occ() {
    return mode == Mode.OCCITANIE;
  }

  /** A decision: forced true when the clause it serves is judged in this mode, else true with pct %. */
  private boolean need(boolean judged, int pct) {
    return judged || t.chance(pct);
  }

  ContractAtDate generate() {
    milestones();
    asOf = AsOfChooser.choose(t, ms);
    if (!random()) {
      completeTheDiagnosisByTheCheckDate();
    }
    territory();
    organisations();
    signatories();
    people();
    List<GovernanceBody> bodies = governance();
    Coordination coordination = coordination();
    Diagnosis diagnosis = diagnosis();
    ActionPlan plan = actionPlan();
    FollowUp followUp = followUp(bodies);
    String region = occ() ? "Occitanie" : nor() ? "Normandie" : t.oneOf("Normandie", "Occitanie", "Bretagne");
    LocalHealthContract c = LocalHealthContract.builder()
        .id("cls-" + t.between(1, 9999))
        .name("Contrat local de santé " + territory.name().orElse("du territoire"))
        .region(region)
        .territory(territory)
        .organisations(orgs)
        .people(people)
        .signatories(signatories)
        .milestones(ms)
        .previousContractId(t.chance(20) ? Optional.of("cls-precedent") : Optional.empty())
        .amendments(amendments)
        .coordination(coordination)
        .governance(Governance.builder().bodies(bodies).build())
        .diagnosis(diagnosis)
        .actionPlan(plan)
        .followUp(followUp)
        .build();
    return new ContractAtDate(c, asOf);
  }

  // ---------------------------------------------------------------- milestones

  private void milestones() {
    sig = LocalDate.of(t.between(2016, 2026), t.between(1, 12), t.between(1, 28));
    int prepMonths;
    if (nor()) {
      prepMonths = t.oneOf(6, 12, 6 + t.below(7));
    } else if (occ()) {
      prepMonths = t.between(3, 24);
    } else {
      prepMonths = t.oneOf(6, 12, 5, 13, 3, 18, 24, 6 + t.below(7), 6 + t.below(7));
    }
    LocalDate eng = sig.minusMonths(prepMonths);
    if (random() && t.chance(20)) {
      eng = eng.minusDays(t.oneOf(1, -1, 10, -10)); // 12 months + 1 day, 6 months − 1 day…
    }
    int span = (int) ChronoUnit.DAYS.between(eng, sig);
    int a = t.chance(10) ? 0 : t.below(span / 5 + 1);
    int b = t.chance(10) ? 0 : t.below(span / 5 + 1);
    int c = span - a - b <= 0 ? 0 : t.chance(10) ? span - a - b : t.between((span - a - b) / 2, span - a - b);
    LocalDate loi = eng.plusDays(a);
    LocalDate dStart = loi.plusDays(b);
    LocalDate dDone = dStart.plusDays(Math.max(0, c));
    if (dDone.isAfter(sig)) {
      dDone = sig;
    }
    int months = random()
        ? t.oneOf(36, 60, 48, 35, 61, 36 + t.below(25), 24, 72, -1, -2)
        : t.oneOf(36, 60, 48, 36 + t.below(25));
    LocalDate e;
    if (months == -1) {
      e = sig.plusYears(5); // 5 years + 1 day, inclusive
    } else if (months == -2) {
      e = sig.plusYears(3).minusDays(2); // 3 years − 1 day
    } else {
      e = sig.plusMonths(months).minusDays(1);
    }
    LocalDate[] d = {eng, loi, dStart, dDone, sig, e};
    boolean[] present = {true, true, true, true, true, true};
    if (random()) {
      if (t.chance(12)) { // out of order
        int i = t.below(5);
        LocalDate x = d[i];
        d[i] = d[i + 1];
        d[i + 1] = x;
      }
      if (t.chance(8)) { // same day
        int i = t.below(5);
        d[i + 1] = d[i];
      }
      for (int i = 0; i < 6; i++) {
        present[i] = t.chance(88);
      }
    } else if (occ()) {
      present[1] = t.chance(70); // no letter-of-intent clause in Occitanie
      present[0] = t.chance(85);
    }
    ms = Milestones.builder()
        .engagement(opt(present[0], d[0]))
        .letterOfIntent(opt(present[1], d[1]))
        .diagnosisStart(opt(present[2], d[2]))
        .diagnosisCompletion(opt(present[3], d[3]))
        .signature(opt(present[4], d[4]))
        .end(opt(present[5], d[5]))
        .build();
    sig = ms.signature().orElse(null);
    end = ms.end().orElse(null);
  }

  /**
   * A conforming contract checked while its diagnosis is under way, with its signature to come: the diagnosis is
   * completed by the check date (a completion dated later is not done yet, and SOC-DIAGNOSIS-FIRST would ask
   * for it).
   */
  private void completeTheDiagnosisByTheCheckDate() {
    boolean underWay = ms.diagnosisStart().map(d -> !asOf.isBefore(d)).orElse(false)
        && ms.signature().map(asOf::isBefore).orElse(true);
    if (underWay && ms.diagnosisCompletion().map(asOf::isBefore).orElse(false)) {
      ms = Milestones.builder().mergeFrom(ms).diagnosisCompletion(asOf).build();
    }
  }

  private static Optional<LocalDate> opt(boolean present, LocalDate d) {
    return present ? Optional.of(d) : Optional.empty();
  }

  /** First milestone dated, or a date near the check date. */
  private LocalDate startOfStory() {
    return ms.engagement().or(ms::letterOfIntent).or(ms::diagnosisStart).or(ms::diagnosisCompletion)
        .or(ms::signature).orElse(asOf.minusYears(1));
  }

  /** First year activity may happen in (meetings). */
  private int firstYear() {
    return ms.diagnosisStart().or(ms::signature).map(LocalDate::getYear).orElse(asOf.getYear() - 2);
  }

  /** Last year activity may be planned in. */
  private int lastYear() {
    int last = ms.end().map(LocalDate::getYear).orElse(asOf.getYear() + 1);
    return Math.min(last, firstYear() + 7);
  }

  // ---------------------------------------------------------------- territory and organisations

  private void territory() {
    TerritoryKind kind;
    if (random()) {
      kind = t.oneOf(TerritoryKind.values());
    } else {
      kind = t.oneOf(TerritoryKind.COMMUNE, TerritoryKind.COMMUNAUTE_DE_COMMUNES,
          TerritoryKind.COMMUNAUTE_D_AGGLOMERATION, TerritoryKind.COMMUNAUTE_URBAINE, TerritoryKind.METROPOLE,
          TerritoryKind.PETR, TerritoryKind.PAYS, TerritoryKind.SYNDICAT_MIXTE, TerritoryKind.COMMUNAUTE_DE_COMMUNES);
    }
    List<String> depts = occ() ? OCCITANIE_DEPTS : nor() ? NORMANDIE_DEPTS
        : t.chance(80) ? (t.chance(50) ? NORMANDIE_DEPTS : OCCITANIE_DEPTS) : OTHER_DEPTS;
    String d1 = t.oneOf(depts);
    String d2 = t.oneOf(depts);
    boolean twoDepts = !d1.equals(d2) && (random() ? t.chance(30) : nor() && t.chance(20));
    int n = kind == TerritoryKind.COMMUNE ? 1 : t.between(random() ? 0 : 1, 4);
    Set<String> communes = new LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      communes.add(Ids.insee(t, twoDepts && i % 2 == 1 ? d2 : d1));
    }
    Set<String> departements = new LinkedHashSet<>();
    departements.add(d1);
    if (twoDepts && n > 1) {
      departements.add(d2);
    }
    boolean pdv = t.chance(35);
    boolean asv = pdv ? t.chance(60) : t.chance(10);
    merged = switch (mode) {
      case NORMANDIE -> pdv && asv && t.chance(50);
      case OCCITANIE -> t.chance(15);
      case RANDOM -> t.chance(20);
    };
    List<String> epcis = new ArrayList<>();
    if (kind.isEpci() || kind.isGroupement() || t.chance(20)) {
      epcis.add(Ids.siren(t));
    }
    territory = Territory.builder()
        .name(t.oneOf("Mont-Saint-Michel Normandie", "Pays d'Auge", "Cœur d'Hérault", "Grand Figeac",
            "Lodévois et Larzac", "Cotentin"))
        .kind(kind)
        .communes(communes)
        .epcis(epcis)
        .departements(departements)
        .politiqueDeLaVille(pdv)
        .asvProgrammingIntegrated(asv)
        .build();
  }

  private String org(String id, String name, OrganisationKind kind) {
    var b = Organisation.builder().id(id).name(name).kind(kind);
    String dept = territory.departements().isEmpty() ? "14" : territory.departements().get(0);
    if (kind == OrganisationKind.COMMUNE) {
      b.inseeCode(territory.communes().isEmpty() ? Ids.insee(t, dept) : territory.communes().get(0));
    }
    if (kind == OrganisationKind.HEALTH_ESTABLISHMENT || kind == OrganisationKind.DAC && t.chance(50)) {
      b.finess(Ids.finess(t, dept));
    }
    if (kind != OrganisationKind.ASSOCIATION || t.chance(60)) {
      if (t.chance(90)) {
        b.siren(kind.isEpci() && !territory.epcis().isEmpty() ? territory.epcis().get(0) : Ids.siren(t));
      }
    }
    Organisation o = b.build();
    orgs.add(o);
    orgById.put(id, o);
    return id;
  }

  private void organisations() {
    OrganisationKind collKind = switch (territory.kind()) {
      case COMMUNE -> OrganisationKind.COMMUNE;
      case COMMUNAUTE_DE_COMMUNES -> OrganisationKind.COMMUNAUTE_DE_COMMUNES;
      case COMMUNAUTE_D_AGGLOMERATION -> OrganisationKind.COMMUNAUTE_D_AGGLOMERATION;
      case COMMUNAUTE_URBAINE -> OrganisationKind.COMMUNAUTE_URBAINE;
      case METROPOLE -> OrganisationKind.METROPOLE;
      case PETR -> OrganisationKind.PETR;
      case PAYS -> OrganisationKind.PAYS;
      case SYNDICAT_MIXTE -> OrganisationKind.SYNDICAT_MIXTE;
      case DEPARTEMENT -> OrganisationKind.CONSEIL_DEPARTEMENTAL;
      case OTHER -> t.oneOf(OrganisationKind.PETR, OrganisationKind.OTHER);
    };
    collId = org("org-collectivite", "Collectivité porteuse", collKind);
    arsId = org("org-ars", "Agence régionale de santé", OrganisationKind.ARS);
    org("org-prefecture", "Préfecture", OrganisationKind.PREFECTURE);
    OrganisationKind[] optional = {OrganisationKind.CPAM, OrganisationKind.CAF,
        OrganisationKind.CONSEIL_DEPARTEMENTAL, OrganisationKind.HEALTH_ESTABLISHMENT, OrganisationKind.ASSOCIATION,
        OrganisationKind.CPTS, OrganisationKind.MSA, OrganisationKind.COMMUNE, OrganisationKind.IREPS,
        OrganisationKind.EDUCATION_NATIONALE};
    int n = t.between(0, 4);
    for (int i = 0; i < n; i++) {
      OrganisationKind k = t.oneOf(optional);
      String id = "org-" + k.name().toLowerCase().replace('_', '-') + "-" + (++serial);
      org(id, "Partenaire " + k.name().toLowerCase(), k);
    }
  }

  private void signatories() {
    List<String> ids = new ArrayList<>();
    if (random()) {
      if (t.chance(85)) {
        ids.add(collId);
      }
      if (t.chance(80)) {
        ids.add(arsId);
      }
      for (Organisation o : orgs) {
        if (!ids.contains(o.id()) && !o.id().equals(collId) && !o.id().equals(arsId) && t.chance(35)) {
          ids.add(o.id());
        }
      }
      if (ids.isEmpty()) {
        ids.add(t.oneOf(orgs).id());
      }
      while (ids.size() > 6) {
        ids.remove(ids.size() - 1);
      }
    } else {
      ids.add(collId);
      ids.add(arsId);
      for (Organisation o : orgs) {
        if (!ids.contains(o.id()) && o.kind() != OrganisationKind.PREFECTURE && ids.size() < 6 && t.chance(40)) {
          ids.add(o.id());
        }
      }
      if (t.chance(20)) { // the ARS listed first sometimes
        ids.remove(arsId);
        ids.add(0, arsId);
      }
    }
    boolean signed = sig != null && !asOf.isBefore(sig);
    for (String id : ids) {
      Optional<LocalDate> on;
      if (random()) {
        on = sig != null && t.chance(60) ? Optional.of(sig.plusDays(t.oneOf(0, 0, 0, 3))) : Optional.empty();
      } else {
        on = signed ? Optional.of(sig) : Optional.empty();
      }
      signatories.add(Signatory.builder().organisationId(id).signedOn(on).build());
    }
  }

  private List<String> signatoryCollectivites() {
    return signatories.stream().map(Signatory::organisationId)
        .filter(id -> orgById.get(id).kind().isCollectivite()).toList();
  }

  // ---------------------------------------------------------------- people

  private DateRange since(LocalDate from) {
    return t.chance(40) ? DateRange.always() : DateRange.since(from);
  }

  private String person(String id, String name, String orgId, List<Role> roles) {
    people.add(Person.builder().id(id).name(name).organisationId(Optional.ofNullable(orgId)).roles(roles).build());
    return id;
  }

  private void people() {
    LocalDate story = startOfStory().minusMonths(1);
    // élu référent
    List<String> collectivites = signatoryCollectivites();
    String referentOrg = random() ? (t.chance(80) ? collId : t.oneOf(orgs).id())
        : collectivites.isEmpty() ? collId : t.oneOf(collectivites);
    List<Role> eluRoles = new ArrayList<>();
    eluRoles.add(Role.builder().kind(RoleKind.ELU).period(since(story)).delegations(List.of("santé")).build());
    boolean referentEnded = random() && t.chance(15);
    if (random() && t.chance(10)) {
      // no référent at all
    } else if (referentEnded) {
      LocalDate until = asOf.minusDays(t.between(1, 400));
      eluRoles.add(Role.builder().kind(RoleKind.ELU_REFERENT).period(DateRange.builder().until(until).build())
          .build());
    } else {
      eluRoles.add(Role.builder().kind(RoleKind.ELU_REFERENT).period(since(story)).build());
    }
    eluReferentId = person("p-elu-referent", "Claire Lemonnier", referentOrg, eluRoles);
    if (referentEnded && t.chance(50)) {
      // elections: a successor holds the role since
      person("p-elu-successeur", "Marc Duval", collId, List.of(
          Role.builder().kind(RoleKind.ELU_REFERENT).period(DateRange.since(asOf.minusDays(t.between(0, 30))))
              .build()));
    }
    if (t.chance(40)) {
      person("p-elu-2", "Nadia Benali", collId,
          List.of(Role.builder().kind(RoleKind.ELU).delegations(List.of("solidarités")).build()));
    }
    // coordinators
    int nCoord = random() ? t.oneOf(0, 1, 1, 1, 2, 2) : t.oneOf(1, 1, 2);
    List<BigDecimal> ftes = new ArrayList<>();
    if (random()) {
      for (int i = 0; i < nCoord; i++) {
        ftes.add(BigDecimal.valueOf(t.between(2, 10), 1));
      }
    } else if (nCoord == 1) {
      ftes.add(t.chance(80) ? BigDecimal.ONE.setScale(1) : BigDecimal.valueOf(t.between(10, 12), 1));
    } else {
      int a = t.between(2, 8);
      ftes.add(BigDecimal.valueOf(a, 1));
      ftes.add(BigDecimal.valueOf(10 - a + t.below(2), 1));
    }
    for (int i = 0; i < nCoord; i++) {
      Optional<String> employer;
      if (random()) {
        employer = t.chance(70) ? Optional.of(t.chance(70) ? collId : t.oneOf(orgs).id()) : Optional.empty();
      } else if (nor() || t.chance(70)) {
        List<String> colls = signatoryCollectivites();
        employer = Optional.of(colls.contains(collId) ? collId : colls.get(0));
      } else {
        employer = Optional.of(t.oneOf(orgs).id());
      }
      DateRange period = since(story);
      if (random() && t.chance(15)) {
        LocalDate left = asOf.minusDays(t.between(1, 200));
        period = DateRange.of(story, left.isBefore(story) ? story : left);
      }
      Role role = Role.builder().kind(RoleKind.COORDINATOR).period(period).fte(random() && t.chance(10)
          ? Optional.empty() : Optional.of(ftes.get(i))).employerId(employer).build();
      coordinators.add(person("p-coordinateur-" + (i + 1), "Coordinatrice " + (i + 1), collId, List.of(role)));
    }
    if (!random() && t.chance(25)) {
      // a former coordinator, who left before the story began: composition changes over time
      LocalDate left = story.minusDays(t.between(1, 300));
      person("p-ancien-coordinateur", "Ancien coordinateur", collId, List.of(Role.builder()
          .kind(RoleKind.COORDINATOR).period(DateRange.builder().until(left).build())
          .fte(BigDecimal.ONE).employerId(collId).build()));
    }
    // a technician for every organisation but the collectivité and the préfecture
    for (Organisation o : orgs) {
      if (o.id().equals(collId) || o.kind() == OrganisationKind.PREFECTURE) {
        continue;
      }
      RoleKind k = o.kind() == OrganisationKind.HEALTH_ESTABLISHMENT || o.kind() == OrganisationKind.CPTS
          ? RoleKind.HEALTH_PROFESSIONAL : RoleKind.TECHNICIAN;
      technicians.add(person("p-tech-" + o.id().substring(4), "Référent " + o.name(), o.id(),
          List.of(Role.builder().kind(k).build())));
    }
    if (t.chance(50) || technicians.isEmpty()) {
      technicians.add(person("p-tech-collectivite", "Chargée de mission santé", collId,
          List.of(Role.builder().kind(RoleKind.TECHNICIAN).build())));
    }
    if (random() && t.chance(20)) {
      prefectDelegateId = null;
    } else {
      prefectDelegateId = person("p-delegue-prefet", "Délégué du préfet", "org-prefecture",
          List.of(Role.builder().kind(RoleKind.PREFECT_DELEGATE).period(since(story)).build()));
    }
    if (t.chance(30)) {
      person("p-habitant", "Représentante des habitants", null,
          List.of(Role.builder().kind(RoleKind.INHABITANT_REPRESENTATIVE).build()));
    }
  }

  // ---------------------------------------------------------------- governance

  private List<GovernanceBody> governance() {
    List<GovernanceBody> bodies = new ArrayList<>();
    List<BodyKind> kinds = new ArrayList<>();
    if (random()) {
      int n = t.oneOf(0, 1, 2, 2, 2, 3, 4);
      if (n >= 2 && t.chance(70)) {
        kinds.add(merged ? BodyKind.MERGED_COPIL_COTECH : BodyKind.COPIL);
        kinds.add(merged ? BodyKind.WORKING_GROUP : BodyKind.COTECH);
        n -= 2;
      }
      for (int i = 0; i < n; i++) {
        kinds.add(t.oneOf(BodyKind.values()));
      }
    } else if (merged) {
      kinds.add(BodyKind.MERGED_COPIL_COTECH);
    } else {
      kinds.add(BodyKind.COPIL);
      kinds.add(BodyKind.COTECH);
    }
    if (!random() && t.chance(30)) {
      kinds.add(BodyKind.WORKING_GROUP);
    }
    LocalDate story = startOfStory();
    for (int i = 0; i < kinds.size(); i++) {
      BodyKind k = kinds.get(i);
      String id = switch (k) {
        case COPIL -> "copil";
        case COTECH -> "cotech";
        case WORKING_GROUP -> "gt";
        case MERGED_COPIL_COTECH -> "copil-cotech";
      } + "-" + (i + 1);
      if (k.countsAsCopil() && copilId == null) {
        copilId = id;
      }
      bodies.add(body(id, k, story));
    }
    return bodies;
  }

  private GovernanceBody body(String id, BodyKind k, LocalDate story) {
    var b = GovernanceBody.builder().id(id).kind(k).name(switch (k) {
      case COPIL -> "Comité de pilotage";
      case COTECH -> "Comité technique";
      case WORKING_GROUP -> "Groupe de travail santé mentale";
      case MERGED_COPIL_COTECH -> "Comité de pilotage et technique";
    });
    // chair and facilitator
    if (k.countsAsCopil() && need(nor(), 80)) {
      b.chairId(eluReferentId);
    } else if (t.chance(60)) {
      b.chairId(t.oneOf(people).id());
    }
    if (k.countsAsCotech() && !coordinators.isEmpty() && need(nor(), 80)) {
      b.facilitatorId(t.oneOf(coordinators));
    } else if (t.chance(50)) {
      b.facilitatorId(t.oneOf(people).id());
    }
    // members
    Set<String> members = new LinkedHashSet<>();
    boolean strict = !random();
    if (k.countsAsCopil()) {
      if (need(strict, 80)) {
        members.add(eluReferentId);
      }
      if (prefectDelegateId != null && need(strict, 75)) {
        members.add(prefectDelegateId);
      }
      if (need(strict, 75)) {
        people.stream().filter(p -> p.organisationId().equals(Optional.of(arsId))).findFirst()
            .ifPresent(p -> members.add(p.id()));
      }
      addSignatoryMembers(members, need(nor(), 60));
    }
    if (k.countsAsCotech()) {
      if (!coordinators.isEmpty() && need(strict, 80)) {
        members.add(coordinators.get(0));
      }
      addSignatoryMembers(members, need(occ(), 60));
    }
    if (k == BodyKind.WORKING_GROUP) {
      for (Person p : people) {
        if (t.chance(30)) {
          members.add(p.id());
        }
      }
    }
    for (String m : members) {
      b.addMembers(Membership.builder().personId(m).period(since(story.minusMonths(2))).build());
    }
    if (t.chance(random() ? 40 : 20)) {
      // somebody who left before the check date
      String former = t.oneOf(people).id();
      LocalDate until = asOf.minusDays(t.between(1, 500));
      b.addMembers(Membership.builder().personId(former).period(DateRange.builder().until(until).build()).build());
    }
    // meetings
    int first = firstYear();
    int last = lastYear();
    if (!random() && ms.diagnosisStart().isPresent()) {
      first = ms.diagnosisStart().get().getYear();
    }
    int n = 0;
    for (int y = first; y <= last; y++) {
      int count;
      if (random()) {
        count = t.oneOf(0, 1, 1, 2, 2, 3, 4);
      } else if (k == BodyKind.WORKING_GROUP) {
        count = t.between(0, 2);
      } else if (k.countsAsCotech()) {
        count = nor() ? t.between(2, 3) : t.between(0, 4);
      } else {
        count = nor() ? t.between(1, 2) : t.between(0, 2);
      }
      Set<LocalDate> dates = new java.util.TreeSet<>();
      for (int j = 0; j < count; j++) {
        int doy = t.between(1, 365);
        while (!dates.add(LocalDate.ofYearDay(y, doy))) {
          doy = doy % 365 + 1;
        }
      }
      for (LocalDate d : dates) {
        boolean past = d.isBefore(asOf);
        boolean minutes = past ? need(nor(), random() ? 70 : 85) : random() && t.chance(10);
        b.addMeetings(Meeting.builder().id(id + "-r" + (++n)).date(d)
            .minutesRef(minutes ? Optional.of("CR-" + id + "-" + d) : Optional.empty())
            .attendeeIds(members.stream().limit(t.between(0, 3)).toList())
            .build());
      }
    }
    return b.build();
  }

  private void addSignatoryMembers(Set<String> members, boolean all) {
    for (Signatory s : signatories) {
      if (!all && !t.chance(60)) {
        continue;
      }
      String orgId = s.organisationId();
      boolean covered = people.stream().anyMatch(
          p -> members.contains(p.id()) && p.organisationId().equals(Optional.of(orgId)));
      if (covered) {
        continue;
      }
      people.stream().filter(p -> p.organisationId().equals(Optional.of(orgId)))
          .findFirst().ifPresent(p -> members.add(p.id()));
    }
  }

  // ---------------------------------------------------------------- coordination

  private Coordination coordination() {
    List<Funding> funding = new ArrayList<>();
    LocalDate from = startOfStory();
    if (occ()) {
      List<String> funders = new ArrayList<>(signatories.stream().map(Signatory::organisationId).toList());
      int n = t.between(2, Math.min(3, funders.size()));
      for (int i = 0; i < n; i++) {
        String f = funders.remove(t.below(funders.size()));
        funding.add(Funding.builder().organisationId(f).period(since(from))
            .annualAmount(BigDecimal.valueOf(t.between(5, 40) * 1000L)).build());
      }
    } else {
      int n = t.between(0, 3);
      for (int i = 0; i < n; i++) {
        String f = t.chance(70) ? t.oneOf(signatories).organisationId() : t.oneOf(orgs).id();
        DateRange p = random() && t.chance(20)
            ? DateRange.builder().until(asOf.minusDays(t.between(1, 300))).build() : since(from);
        funding.add(Funding.builder().organisationId(f).period(p).build());
      }
    }
    if (!random() && t.chance(15)) {
      // a funder that stopped before the check date
      funding.add(Funding.builder().organisationId(t.oneOf(orgs).id())
          .period(DateRange.builder().until(asOf.minusDays(t.between(1, 300))).build()).build());
    }
    return Coordination.builder().funding(funding).build();
  }

  // ---------------------------------------------------------------- diagnosis

  private <E extends Enum<E>> Set<E> subset(Class<E> type, Set<E> required) {
    E[] all = type.getEnumConstants();
    Set<E> out = EnumSet.noneOf(type);
    out.addAll(required);
    int shape = t.below(4); // full, empty, random, random
    for (E e : all) {
      if (shape == 0 || shape >= 2 && t.chance(60)) {
        out.add(e);
      }
    }
    return out;
  }

  private Diagnosis diagnosis() {
    Set<HealthTheme> themes = random() ? subset(HealthTheme.class, Set.of())
        : subset(HealthTheme.class, Set.of(HealthTheme.HEALTH_PROMOTION, HealthTheme.PREVENTION,
            HealthTheme.CARE_POLICY, HealthTheme.MEDICO_SOCIAL_SUPPORT));
    Set<DiagnosisElement> elements = nor() ? EnumSet.allOf(DiagnosisElement.class)
        : subset(DiagnosisElement.class, Set.of());
    Set<Portrait> portraits = occ() ? EnumSet.allOf(Portrait.class) : subset(Portrait.class, Set.of());
    Set<PolicyFramework> frameworks = occ() ? subset(PolicyFramework.class, Set.of(PolicyFramework.PRS))
        : subset(PolicyFramework.class, Set.of());
    return Diagnosis.builder()
        .documentRef(t.chance(70) ? Optional.of("diagnostic-local-sante.pdf") : Optional.empty())
        .themes(themes).elements(elements).portraits(portraits).frameworks(frameworks)
        .build();
  }

  // ---------------------------------------------------------------- action plan

  private ActionPlan actionPlan() {
    List<Axis> axes = new ArrayList<>();
    int nAxes = random() ? t.between(0, 4) : t.between(1, 4);
    boolean mentalRequired = !random() && (sig == null || !sig.isBefore(MENTAL_HEALTH_LAW));
    int mentalAxis = mentalRequired || t.chance(50) ? t.below(Math.max(1, nAxes)) : -1;
    for (int i = 0; i < nAxes; i++) {
      boolean mental = i == mentalAxis;
      boolean ptsm = mental && need(!random(), 70);
      axes.add(Axis.builder().id("axe-" + (i + 1)).title(mental ? "Santé mentale" : "Axe " + (i + 1))
          .approach(t.oneOf(AxisApproach.values()))
          .mentalHealthComponent(mental || random() && t.chance(10))
          .ptsmReference(ptsm || random() && t.chance(10) ? Optional.of("PTSM du département") : Optional.empty())
          .build());
    }
    List<ActionSheet> fiches = new ArrayList<>();
    int nFiches = random() ? t.oneOf(0, 1, 2, 3, 4, 5, 8) : t.between(1, 6);
    List<String> pilots = new ArrayList<>(technicians);
    pilots.add(eluReferentId);
    for (int i = 0; i < nFiches; i++) {
      fiches.add(fiche("fa-" + (i + 1), axes, pilots, sig, null));
    }
    // amendments, possibly adding fiches
    if (sig != null && asOf.isAfter(sig.plusDays(30))) {
      LocalDate last = end == null || asOf.isBefore(end) ? asOf : end;
      int nAm = t.oneOf(0, 0, 1, 2);
      for (int i = 0; i < nAm; i++) {
        LocalDate date = sig.plusDays(t.between(1, (int) Math.max(1, ChronoUnit.DAYS.between(sig, last))));
        if (date.isAfter(last)) {
          date = last;
        }
        String aid = "avenant-" + (i + 1);
        List<String> added = new ArrayList<>();
        if (t.chance(60) && fiches.size() < 8) {
          String fid = "fa-av-" + (i + 1);
          fiches.add(fiche(fid, axes, pilots, date, aid));
          added.add(fid);
        }
        List<AmendmentSignature> sigs = new ArrayList<>();
        for (Signatory s : signatories) {
          if (need(nor(), 75)) {
            sigs.add(AmendmentSignature.builder().organisationId(s.organisationId())
                .signedOn(t.chance(80) ? Optional.of(date) : Optional.empty()).build());
          }
        }
        amendments.add(Amendment.builder().id(aid).date(random() && t.chance(10) ? Optional.empty()
            : Optional.of(date)).subject("Avenant n°" + (i + 1)).signatures(sigs).addedFicheIds(added).build());
      }
    }
    return ActionPlan.builder().axes(axes).fiches(fiches).build();
  }

  private ActionSheet fiche(String id, List<Axis> axes, List<String> pilots, LocalDate deadline, String amendment) {
    boolean strict = !random();
    var b = ActionSheet.builder().id(id).title("Fiche action " + id);
    int pct = 85;
    if (need(strict, pct)) {
      b.operationalObjective("Objectif opérationnel de " + id);
    }
    if (!axes.isEmpty() && need(strict, pct)) {
      b.axisId(t.oneOf(axes).id());
    }
    if (need(strict, pct)) {
      b.stakes("Enjeux");
    }
    if (need(strict, pct)) {
      b.targetPublic(t.oneOf("Jeunes de 12 à 25 ans", "Personnes âgées", "Habitants des QPV"));
    }
    if (need(strict, pct)) {
      b.timeline("2023-2026");
    }
    if (need(strict, pct)) {
      b.expectedResults("Résultats attendus");
    }
    if (need(strict, pct)) {
      b.addPartnerIds(t.oneOf(orgs).id());
    }
    boolean means = need(strict, pct);
    if (means) {
      boolean inWords = t.chance(70);
      if (inWords) {
        b.means("Temps de coordination");
      }
      if (t.chance(50) || !inWords) {
        b.budget(BigDecimal.valueOf(t.between(0, 50) * 1000L));
      }
    }
    if (need(nor(), 85)) {
      boolean coordinatorPilot = !coordinators.isEmpty() && !nor() && t.chance(random() ? 25 : 15);
      b.pilotId(coordinatorPilot ? t.oneOf(coordinators) : t.oneOf(pilots));
    }
    if (t.chance(30)) {
      b.addCoPilotIds(t.oneOf(people).id());
    }
    int nInd = nor() ? t.between(1, 2) : t.between(0, 2);
    LocalDate spanStart = deadline;
    int lastValueYear = Math.min(end == null ? asOf.getYear() : end.getYear(), asOf.getYear() - 1);
    for (int j = 0; j < nInd; j++) {
      var ind = Indicator.builder().id(id + "-ind-" + (j + 1)).name("Indicateur " + (j + 1))
          .target(t.chance(60) ? Optional.of("60 par an") : Optional.empty());
      if (spanStart != null) {
        for (int y = spanStart.getYear(); y <= lastValueYear; y++) {
          if (need(nor() && j == 0, 70)) {
            ind.addValues(IndicatorValue.builder().year(y).value(String.valueOf(t.between(0, 120))).build());
          }
        }
      } else if (t.chance(30)) {
        ind.addValues(IndicatorValue.builder().year(asOf.getYear() - 1).value("12").build());
      }
      b.addIndicators(ind.build());
    }
    // validation
    if (deadline != null && need(nor(), 75)) {
      LocalDate earliest = amendment == null ? ms.diagnosisCompletion().filter(d -> !d.isAfter(deadline))
          .orElse(deadline.minusMonths(2)) : deadline.minusMonths(1);
      int days = (int) Math.max(0, ChronoUnit.DAYS.between(earliest, deadline));
      LocalDate v = earliest.plusDays(t.chance(20) ? days : t.between(0, days));
      if (random() && t.chance(25)) {
        v = deadline.plusDays(t.between(1, 90)); // after the signature
      }
      if (!random() && v.isAfter(asOf) && !asOf.isBefore(earliest)) {
        v = asOf; // conforming: validated by the check date (a later validation date is not a validation yet)
      }
      b.validatedOn(v);
    } else if (deadline == null && t.chance(40)) {
      b.validatedOn(asOf.minusDays(t.between(0, 100)));
    }
    b.status(t.oneOf(ActionStatus.values()));
    b.preExisting(t.chance(20));
    if (random() && t.chance(15)) {
      b.mentalHealthComponent(true);
      if (t.chance(50)) {
        b.ptsmReference("PTSM");
      }
    }
    return b.build();
  }

  // ---------------------------------------------------------------- follow-up

  private FollowUp followUp(List<GovernanceBody> bodies) {
    var fu = FollowUp.builder();
    if (sig != null) {
      int last = Math.min(end == null ? asOf.getYear() : end.getYear(), asOf.getYear() - 1);
      for (int y = sig.getYear(); y <= last; y++) {
        LocalDate issueFrom = LocalDate.of(y + 1, 1, 1);
        LocalDate issueTo = asOf.isBefore(LocalDate.of(y + 1, 6, 30)) ? asOf : LocalDate.of(y + 1, 6, 30);
        if (need(nor(), 75)) {
          fu.addActivityReports(report("ra-" + y, y, issueFrom, issueTo));
        }
        if (need(nor(), 65)) {
          fu.addFinancialReports(report("bf-" + y, y, issueFrom, issueTo));
        }
      }
      // programmings
      int lastProg = Math.min(end == null ? asOf.getYear() : end.getYear(), asOf.getYear());
      int n = 0;
      String cotech = bodies.stream().filter(b -> b.kind().countsAsCotech()).map(GovernanceBody::id)
          .findFirst().orElse(null);
      for (int y = sig.getYear(); y <= lastProg; ) {
        int to = Math.min(lastProg + (t.chance(30) ? 1 : 0), y + t.below(2));
        if (need(occ(), 70)) {
          var p = Programming.builder().id("prog-" + (++n)).fromYear(y).toYear(to);
          if (need(occ(), 80)) {
            List<String> signers = signatories.stream().map(Signatory::organisationId).toList();
            int k = t.between(1, Math.min(2, signers.size()));
            for (int i = 0; i < k; i++) {
              p.addCommitments(FinancialCommitment.builder().organisationId(signers.get(i))
                  .amount(BigDecimal.valueOf(t.between(1, 50) * 1000L)).build());
            }
          }
          LocalDate on = LocalDate.of(y - 1, 12, t.between(1, 20));
          if (copilId != null && need(occ(), 70)) {
            p.validation(BodyDecision.builder().bodyId(copilId).date(on).build());
          } else if (cotech != null && t.chance(60)) {
            p.validation(BodyDecision.builder().bodyId(cotech).date(on).build());
          }
          fu.addProgrammings(p.build());
        }
        y = to + 1;
      }
    }
    // evaluations
    int n = 0;
    if (end != null) {
      LocalDate lastYearStart = end.minusYears(1);
      boolean inWindow = asOf.isAfter(lastYearStart);
      if (inWindow && need(nor(), 70)) {
        LocalDate last = asOf.isBefore(end) ? asOf : end;
        int days = (int) ChronoUnit.DAYS.between(lastYearStart, last);
        LocalDate d = lastYearStart.plusDays(t.between(1, Math.max(1, days)));
        if (random() && t.chance(30)) {
          d = lastYearStart.minusDays(t.between(0, 200)); // outside the last 12 months
        }
        fu.addEvaluations(evaluation("eval-" + (++n), EvaluationKind.FINAL, d,
            need(nor(), 75) ? copilId : t.chance(50) ? bodies.isEmpty() ? null : t.oneOf(bodies).id() : null));
      }
    }
    if (sig != null && t.chance(30)) {
      LocalDate mid = sig.plusMonths(t.between(18, 30));
      if (!mid.isAfter(asOf)) {
        fu.addEvaluations(evaluation("eval-" + (++n), t.oneOf(EvaluationKind.ANNUAL, EvaluationKind.MID_TERM), mid,
            t.chance(60) ? copilId : null));
      }
    }
    return fu.build();
  }

  private AnnualReport report(String id, int year, LocalDate from, LocalDate to) {
    int days = (int) Math.max(0, ChronoUnit.DAYS.between(from, to));
    return AnnualReport.builder().id(id).year(year)
        .issuedOn(t.chance(80) ? Optional.of(from.plusDays(t.between(0, days))) : Optional.empty())
        .documentRef(t.chance(50) ? Optional.of(id + ".pdf") : Optional.empty())
        .build();
  }

  private Evaluation evaluation(String id, EvaluationKind kind, LocalDate date, String bodyId) {
    return Evaluation.builder().id(id).kind(kind).date(date)
        .supervision(bodyId == null ? Optional.empty()
            : Optional.of(BodyDecision.builder().bodyId(bodyId).date(date).build()))
        .build();
  }
}
