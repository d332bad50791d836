package io.github.clsante.cls.testkit;

import io.github.clsante.cls.model.Coordination;
import io.github.clsante.cls.model.DateRange;
import io.github.clsante.cls.model.Funding;
import io.github.clsante.cls.model.Organisation;
import io.github.clsante.cls.model.OrganisationKind;
import io.github.clsante.cls.model.Person;
import io.github.clsante.cls.model.Role;
import io.github.clsante.cls.model.RoleKind;
import io.github.clsante.cls.model.Signatory;
import io.github.clsante.cls.model.Territory;
import io.github.clsante.cls.model.TerritoryKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The territory and the parties: the territory (its kind, communes, départements, politique de la ville), the
 * organisations with valid SIREN, FINESS and INSEE codes, the signatories, the people with their dated roles
 * (élu référent, coordinators and their FTE and employer, technicians, the préfet's delegate) and the
 * coordination's funders. A conforming profile keeps the territory at a commune, EPCI or groupement, the
 * collectivité and the ARS among the signatories, an élu référent of a signatory collectivité, coordinators
 * employed by one with 1.0 FTE or more (Normandie) and two or three co-funders (Occitanie).
 */
final class TerritoryAndParties {

  private static final List<String> NORMANDIE_DEPTS = List.of("14", "27", "50", "61", "76");
  private static final List<String> OCCITANIE_DEPTS = List.of("09", "11", "12", "30", "31", "32", "34", "46",
      "48", "65", "66", "81", "82");
  private static final List<String> OTHER_DEPTS = List.of("2A", "2B", "971", "974", "01", "95");

  private final Draft d;
  private final Tape t;
  private final boolean anything;

  private TerritoryAndParties(Draft d) {
    this.d = d;
    this.t = d.t;
    this.anything = !d.conforming();
  }

  /** Generates the territory, the organisations, the signatories and the people, in that order. */
  static void generate(Draft d) {
    TerritoryAndParties g = new TerritoryAndParties(d);
    g.territory();
    g.organisations();
    g.signatories();
    g.people();
  }

  /** @return the coordination's funders (generated after the governance, whose decisions come first) */
  static Coordination coordination(Draft d) {
    return new TerritoryAndParties(d).coordination();
  }

  private void territory() {
    TerritoryKind kind;
    if (anything) {
      kind = t.oneOf(TerritoryKind.values());
    } else {
      kind = t.oneOf(TerritoryKind.COMMUNE, TerritoryKind.COMMUNAUTE_DE_COMMUNES,
          TerritoryKind.COMMUNAUTE_D_AGGLOMERATION, TerritoryKind.COMMUNAUTE_URBAINE, TerritoryKind.METROPOLE,
          TerritoryKind.PETR, TerritoryKind.PAYS, TerritoryKind.SYNDICAT_MIXTE, TerritoryKind.COMMUNAUTE_DE_COMMUNES);
    }
    List<String> depts = d.occitanie() ? OCCITANIE_DEPTS : d.normandie() ? NORMANDIE_DEPTS
        : t.chance(80) ? (t.chance(50) ? NORMANDIE_DEPTS : OCCITANIE_DEPTS) : OTHER_DEPTS;
    String d1 = t.oneOf(depts);
    String d2 = t.oneOf(depts);
    boolean twoDepts = !d1.equals(d2) && (anything ? t.chance(30) : d.normandie() && t.chance(20));
    int n = kind == TerritoryKind.COMMUNE ? 1 : t.between(anything ? 0 : 1, 4);
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
    if (d.normandie()) { // NOR-MERGED-BODIES: merged only in the politique de la ville with the ASV integrated
      d.merged = pdv && asv && t.chance(50);
    } else {
      d.merged = t.chance(d.occitanie() ? 15 : 20);
    }
    List<String> epcis = new ArrayList<>();
    if (kind.isEpci() || kind.isGroupement() || t.chance(20)) {
      epcis.add(Ids.siren(t));
    }
    d.territory = Territory.builder()
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
    Territory territory = d.territory();
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
    d.orgs.add(o);
    d.orgById.put(id, o);
    return id;
  }

  private void organisations() {
    OrganisationKind collKind = switch (d.territory().kind()) {
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
    d.collId = org("org-collectivite", "Collectivité porteuse", collKind);
    d.arsId = org("org-ars", "Agence régionale de santé", OrganisationKind.ARS);
    org("org-prefecture", "Préfecture", OrganisationKind.PREFECTURE);
    OrganisationKind[] optional = {OrganisationKind.CPAM, OrganisationKind.CAF,
        OrganisationKind.CONSEIL_DEPARTEMENTAL, OrganisationKind.HEALTH_ESTABLISHMENT, OrganisationKind.ASSOCIATION,
        OrganisationKind.CPTS, OrganisationKind.MSA, OrganisationKind.COMMUNE, OrganisationKind.IREPS,
        OrganisationKind.EDUCATION_NATIONALE};
    int n = t.between(0, 4);
    for (int i = 0; i < n; i++) {
      OrganisationKind k = t.oneOf(optional);
      String id = "org-" + k.name().toLowerCase().replace('_', '-') + "-" + (++d.serial);
      org(id, "Partenaire " + k.name().toLowerCase(), k);
    }
  }

  private void signatories() {
    List<String> ids = new ArrayList<>();
    if (anything) {
      if (t.chance(85)) {
        ids.add(d.collId);
      }
      if (t.chance(80)) {
        ids.add(d.arsId);
      }
      for (Organisation o : d.orgs) {
        if (!ids.contains(o.id()) && !o.id().equals(d.collId) && !o.id().equals(d.arsId) && t.chance(35)) {
          ids.add(o.id());
        }
      }
      if (ids.isEmpty()) {
        ids.add(t.oneOf(d.orgs).id());
      }
      while (ids.size() > 6) {
        ids.remove(ids.size() - 1);
      }
    } else { // SOC-SIGNATORIES: the collectivité and the ARS sign
      ids.add(d.collId);
      ids.add(d.arsId);
      for (Organisation o : d.orgs) {
        if (!ids.contains(o.id()) && o.kind() != OrganisationKind.PREFECTURE && ids.size() < 6 && t.chance(40)) {
          ids.add(o.id());
        }
      }
      if (t.chance(20)) { // the ARS listed first sometimes
        ids.remove(d.arsId);
        ids.add(0, d.arsId);
      }
    }
    LocalDate sig = d.sig;
    boolean signed = sig != null && !d.asOf.isBefore(sig);
    for (String id : ids) {
      Optional<LocalDate> on;
      if (anything) {
        on = sig != null && t.chance(60) ? Optional.of(sig.plusDays(t.oneOf(0, 0, 0, 3))) : Optional.empty();
      } else {
        on = signed ? Optional.of(sig) : Optional.empty();
      }
      d.signatories.add(Signatory.builder().organisationId(id).signedOn(on).build());
    }
  }

  private String person(String id, String name, @Nullable String orgId, List<Role> roles) {
    d.people.add(Person.builder().id(id).name(name).organisationId(Optional.ofNullable(orgId)).roles(roles).build());
    return id;
  }

  private void people() {
    LocalDate asOf = d.asOf;
    String collId = d.collId;
    LocalDate story = d.startOfStory().minusMonths(1);
    // élu référent
    List<String> collectivites = d.signatoryCollectivites();
    String referentOrg = anything ? (t.chance(80) ? collId : t.oneOf(d.orgs).id())
        : collectivites.isEmpty() ? collId : t.oneOf(collectivites);
    List<Role> eluRoles = new ArrayList<>();
    eluRoles.add(Role.builder().kind(RoleKind.ELU).period(d.since(story)).delegations(List.of("santé")).build());
    boolean referentEnded = anything && t.chance(15);
    if (anything && t.chance(10)) {
      // no référent at all
    } else if (referentEnded) {
      LocalDate until = asOf.minusDays(t.between(1, 400));
      eluRoles.add(Role.builder().kind(RoleKind.ELU_REFERENT).period(DateRange.builder().until(until).build())
          .build());
    } else {
      eluRoles.add(Role.builder().kind(RoleKind.ELU_REFERENT).period(d.since(story)).build());
    }
    d.eluReferentId = person("p-elu-referent", "Claire Lemonnier", referentOrg, eluRoles);
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
    coordinators(story);
    // a technician for every organisation but the collectivité and the préfecture
    for (Organisation o : d.orgs) {
      if (o.id().equals(collId) || o.kind() == OrganisationKind.PREFECTURE) {
        continue;
      }
      RoleKind k = o.kind() == OrganisationKind.HEALTH_ESTABLISHMENT || o.kind() == OrganisationKind.CPTS
          ? RoleKind.HEALTH_PROFESSIONAL : RoleKind.TECHNICIAN;
      d.technicians.add(person("p-tech-" + o.id().substring(4), "Référent " + o.name(), o.id(),
          List.of(Role.builder().kind(k).build())));
    }
    if (t.chance(50) || d.technicians.isEmpty()) {
      d.technicians.add(person("p-tech-collectivite", "Chargée de mission santé", collId,
          List.of(Role.builder().kind(RoleKind.TECHNICIAN).build())));
    }
    if (anything && t.chance(20)) {
      d.prefectDelegateId = null;
    } else {
      d.prefectDelegateId = person("p-delegue-prefet", "Délégué du préfet", "org-prefecture",
          List.of(Role.builder().kind(RoleKind.PREFECT_DELEGATE).period(d.since(story)).build()));
    }
    if (t.chance(30)) {
      person("p-habitant", "Représentante des habitants", null,
          List.of(Role.builder().kind(RoleKind.INHABITANT_REPRESENTATIVE).build()));
    }
  }

  /** The coordinators, their FTE (1.0 or more together when conforming) and employer, and a former one. */
  private void coordinators(LocalDate story) {
    LocalDate asOf = d.asOf;
    String collId = d.collId;
    int nCoord = anything ? t.oneOf(0, 1, 1, 1, 2, 2) : t.oneOf(1, 1, 2);
    List<BigDecimal> ftes = new ArrayList<>();
    if (anything) {
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
      if (anything) {
        employer = t.chance(70) ? Optional.of(t.chance(70) ? collId : t.oneOf(d.orgs).id()) : Optional.empty();
      } else if (d.normandie() || t.chance(70)) {
        List<String> colls = d.signatoryCollectivites();
        employer = Optional.of(colls.contains(collId) ? collId : colls.get(0));
      } else {
        employer = Optional.of(t.oneOf(d.orgs).id());
      }
      DateRange period = d.since(story);
      if (anything && t.chance(15)) {
        LocalDate left = asOf.minusDays(t.between(1, 200));
        period = DateRange.of(story, left.isBefore(story) ? story : left);
      }
      Role role = Role.builder().kind(RoleKind.COORDINATOR).period(period).fte(anything && t.chance(10)
          ? Optional.empty() : Optional.of(ftes.get(i))).employerId(employer).build();
      d.coordinators.add(person("p-coordinateur-" + (i + 1), "Coordinatrice " + (i + 1), collId, List.of(role)));
    }
    if (!anything && t.chance(25)) {
      // a former coordinator, who left before the story began: composition changes over time
      LocalDate left = story.minusDays(t.between(1, 300));
      person("p-ancien-coordinateur", "Ancien coordinateur", collId, List.of(Role.builder()
          .kind(RoleKind.COORDINATOR).period(DateRange.builder().until(left).build())
          .fte(BigDecimal.ONE).employerId(collId).build()));
    }
  }

  private Coordination coordination() {
    LocalDate asOf = d.asOf;
    List<Funding> funding = new ArrayList<>();
    LocalDate from = d.startOfStory();
    if (d.occitanie()) { // OCC-COORDINATOR-FUNDING: two or three signatories co-fund the coordination
      List<String> funders = new ArrayList<>(d.signatories.stream().map(Signatory::organisationId).toList());
      int n = t.between(2, Math.min(3, funders.size()));
      for (int i = 0; i < n; i++) {
        String f = funders.remove(t.below(funders.size()));
        funding.add(Funding.builder().organisationId(f).period(d.since(from))
            .annualAmount(BigDecimal.valueOf(t.between(5, 40) * 1000L)).build());
      }
    } else {
      int n = t.between(0, 3);
      for (int i = 0; i < n; i++) {
        String f = t.chance(70) ? t.oneOf(d.signatories).organisationId() : t.oneOf(d.orgs).id();
        DateRange p = anything && t.chance(20)
            ? DateRange.builder().until(asOf.minusDays(t.between(1, 300))).build() : d.since(from);
        funding.add(Funding.builder().organisationId(f).period(p).build());
      }
    }
    if (!anything && t.chance(15)) {
      // a funder that stopped before the check date
      funding.add(Funding.builder().organisationId(t.oneOf(d.orgs).id())
          .period(DateRange.builder().until(asOf.minusDays(t.between(1, 300))).build()).build());
    }
    return Coordination.builder().funding(funding).build();
  }
}
