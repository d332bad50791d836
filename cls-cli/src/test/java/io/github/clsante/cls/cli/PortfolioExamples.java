package io.github.clsante.cls.cli;

import io.github.clsante.cls.calendar.Phase;
import io.github.clsante.cls.model.ActionPlan;
import io.github.clsante.cls.model.ActionSheet;
import io.github.clsante.cls.model.Amendment;
import io.github.clsante.cls.model.AmendmentSignature;
import io.github.clsante.cls.model.AnnualReport;
import io.github.clsante.cls.model.Axis;
import io.github.clsante.cls.model.AxisApproach;
import io.github.clsante.cls.model.BodyDecision;
import io.github.clsante.cls.model.BodyKind;
import io.github.clsante.cls.model.Coordination;
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
import io.github.clsante.cls.model.Identifiers;
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
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The portfolio of {@code examples/portfolio/}: twelve invented but realistic contracts spread over Normandie's
 * five départements and five of Occitanie's, in every phase, most conforming and some not, each as its
 * coordinator's document stood on {@link #KNOWN_ON} (what happened later is not in it). People are invented;
 * the commune lists are excerpts (the seat, at least) whose INSEE codes are meant as those of real communes,
 * written from memory (their département is checked, not the registry); SIREN numbers of the collectivités are illustrative, made with a valid check digit; the ARS's
 * are those the other examples use.
 *
 * <p>Each example states what its référentiel finds on {@link #KNOWN_ON}: its phase and the rule ids of its
 * {@code ERROR} and {@code WARNING} findings ({@code PortfolioExamplesTest} checks both, and that the files of
 * the folder are exactly what this class writes; {@code -Dcls.examples.regenerate=true} rewrites them).
 */
final class PortfolioExamples {

  /** The day the documents stand on, the date CI checks them at. */
  static final LocalDate KNOWN_ON = LocalDate.of(2026, 11, 22);

  /**
   * One example: its file name under {@code examples/portfolio/}, the contract, and what its référentiel finds
   * on {@link #KNOWN_ON}.
   *
   * @param file the file name
   * @param contract the contract
   * @param phase its phase on {@link #KNOWN_ON}
   * @param errors the rule ids of its ERROR findings
   * @param warnings the rule ids of its WARNING findings
   */
  record Example(String file, LocalHealthContract contract, Phase phase, Set<String> errors, Set<String> warnings) {}

  private PortfolioExamples() {}

  /** @return the twelve examples, in file-name order */
  static List<Example> all() {
    List<Example> all = new ArrayList<>(List.of(
        bayeux(), falaise(), evreux(), saintLo(), alencon(), dieppe(), fecamp(),
        couserans(), rodez(), ales(), figeac(), lozere()));
    all.sort(java.util.Comparator.comparing(Example::file));
    return List.copyOf(all);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Normandie

  /** Calvados: in its second year, conforming. */
  static Example bayeux() {
    Spec s = new Spec("cls-bayeux-intercom-2024", "Contrat local de santé de Bayeux Intercom 2024-2029",
        "Normandie", "14", "du Calvados")
        .territory("Bayeux Intercom", TerritoryKind.COMMUNAUTE_DE_COMMUNES, "14047")
        .collectivite("bayeux-intercom", "Bayeux Intercom", OrganisationKind.COMMUNAUTE_DE_COMMUNES, "20006941",
            "14047")
        .people("Claire Vautier", "Thomas Lemonnier", "Isabelle Marie", "Julien Lecoq", "Sandrine Duval",
            "Dr Pierre Hamel")
        .milestones("2023-04-13", "2023-05-02", "2023-05-15", "2023-12-15", "2024-03-14", "2029-03-13")
        .axes("Accès aux soins de proximité", "Santé mentale et bien-être des jeunes",
            "Bien vieillir sur le Bessin")
        .fiches("Accueillir les internes et les jeunes médecins", "Déployer les premiers secours en santé mentale",
            "Prévenir les chutes des personnes âgées", "Développer le sport-santé");
    return s.example("cls-bayeux-intercom-14.json", Phase.IMPLEMENTATION_AND_EVALUATION, Set.of(), Set.of());
  }

  /** Calvados: ended at the end of 2025 after its final evaluation, conforming. */
  static Example falaise() {
    Spec s = new Spec("cls-pays-de-falaise-2021", "Contrat local de santé du Pays de Falaise 2021-2025",
        "Normandie", "14", "du Calvados")
        .territory("Pays de Falaise", TerritoryKind.COMMUNAUTE_DE_COMMUNES, "14258")
        .collectivite("cc-pays-de-falaise", "Communauté de communes du Pays de Falaise",
            OrganisationKind.COMMUNAUTE_DE_COMMUNES, "24140004", "14258")
        .people("Gérard Lefrançois", "Manon Tessier", "Isabelle Marie", "Christophe Gosselin", "Sandrine Duval",
            "Dr Élise Catherine")
        .milestones("2020-01-16", "2020-02-03", "2020-02-17", "2020-09-30", "2021-01-15", "2025-12-31")
        .axes("Accès aux soins et aux droits", "Santé mentale", "Nutrition et activité physique")
        .fiches("Créer une maison de santé à Potigny", "Animer un conseil local de santé mentale",
            "Lutter contre l'obésité infantile")
        .finalEvaluation("2025-09-18", "2025-10-09");
    return s.example("cls-pays-de-falaise-14.json", Phase.ENDED, Set.of(), Set.of());
  }

  /** Eure: its last weeks; the COPIL did not meet in 2025 (an ERROR); the final evaluation is due. */
  static Example evreux() {
    Spec s = new Spec("cls-evreux-portes-de-normandie-2022",
        "Contrat local de santé d'Évreux Portes de Normandie 2022-2026", "Normandie", "27", "de l'Eure")
        .territory("Évreux Portes de Normandie", TerritoryKind.COMMUNAUTE_D_AGGLOMERATION, "27229")
        .collectivite("epn", "Évreux Portes de Normandie", OrganisationKind.COMMUNAUTE_D_AGGLOMERATION,
            "20003384", "27229")
        .people("Nathalie Bourdon", "Karim Haddad", "Olivier Renaud", "Aurélie Fontaine", "Patrick Levasseur",
            "Dr Sophie Delamare")
        .milestones("2021-11-18", "2021-12-06", "2022-01-10", "2022-06-24", "2022-10-06", "2026-12-31")
        .axes("Démographie médicale", "Santé mentale", "Prévention et promotion de la santé")
        .fiches("Soutenir l'installation en zone sous-dotée", "Coordonner les acteurs de la psychiatrie",
            "Dépister les cancers dans les quartiers prioritaires", "Réduire les addictions des jeunes")
        .copilSkipped(2025);
    return s.example("cls-evreux-portes-de-normandie-27.json", Phase.IMPLEMENTATION_AND_EVALUATION,
        Set.of("NOR-COPIL-ANNUAL"), Set.of());
  }

  /** Manche: diagnosis completed in September 2026, plan being written, signature planned. */
  static Example saintLo() {
    Spec s = new Spec("cls-saint-lo-agglo-2027", "Contrat local de santé de Saint-Lô Agglo (projet)",
        "Normandie", "50", "de la Manche")
        .territory("Saint-Lô Agglo", TerritoryKind.COMMUNAUTE_D_AGGLOMERATION, "50502")
        .collectivite("saint-lo-agglo", "Saint-Lô Agglo", OrganisationKind.COMMUNAUTE_D_AGGLOMERATION, "20004154",
            "50502")
        .people("Marie-Laure Guérin", "Antoine Leprévost", "Nicolas Guérin", "Laurence Hue", "Franck Robine",
            "Dr Hélène Savary")
        .milestones("2025-12-11", "2026-01-08", "2026-02-02", "2026-09-30", null, null)
        .axes("Accès aux soins", "Santé mentale des jeunes ruraux")
        .fiches("Fidéliser les professionnels de santé", "Repérer le mal-être en milieu agricole");
    return s.example("cls-saint-lo-agglo-50.json", Phase.DIAGNOSIS_AND_PLANNING, Set.of(), Set.of());
  }

  /**
   * Orne: amended in 2025 to add a fiche; the 2025 financial report is missing although two funders pay the
   * coordination (an ERROR), and the COTECH met once in 2024.
   */
  static Example alencon() {
    Spec s = new Spec("cls-cu-alencon-2023", "Contrat local de santé de la Communauté urbaine d'Alençon 2023-2028",
        "Normandie", "61", "de l'Orne")
        .territory("Communauté urbaine d'Alençon", TerritoryKind.COMMUNAUTE_URBAINE, "61001")
        .collectivite("cua", "Communauté urbaine d'Alençon", OrganisationKind.COMMUNAUTE_URBAINE, "24610003",
            "61001")
        .people("Bertrand Chesnel", "Émilie Vallée", "Sophie Lemarchand", "Marc Duval", "Nadia Benali",
            "Dr Jean-Luc Morin")
        .milestones("2022-07-07", "2022-07-21", "2022-09-05", "2023-02-28", "2023-05-25", "2028-05-24")
        .axes("Accès aux soins", "Santé mentale", "Santé environnementale")
        .fiches("Ouvrir un centre de santé municipal", "Former des sentinelles en prévention du suicide",
            "Accompagner les aidants")
        .amendment("2025-04-10", "Avenant n° 1 : qualité de l'air intérieur dans les écoles",
            "Mesurer la qualité de l'air dans les écoles")
        .cotechTimes(2024, 1)
        .financialReportMissing(2025);
    return s.example("cls-cu-alencon-61.json", Phase.IMPLEMENTATION_AND_EVALUATION,
        Set.of("NOR-ANNUAL-FINANCIAL"), Set.of("NOR-COTECH-IDEAL"));
  }

  /** Seine-Maritime: engaged in September 2026, letter of intent sent, diagnosis not started. */
  static Example dieppe() {
    Spec s = new Spec("cls-dieppe-maritime-2027", "Contrat local de santé de Dieppe-Maritime (projet)",
        "Normandie", "76", "de la Seine-Maritime")
        .territory("Dieppe-Maritime", TerritoryKind.COMMUNAUTE_D_AGGLOMERATION, "76217")
        .collectivite("dieppe-maritime", "Communauté d'agglomération de la Région Dieppoise",
            OrganisationKind.COMMUNAUTE_D_AGGLOMERATION, "24760046", "76217")
        .people("Sabine Lecomte", "Hugo Bénard", "François Leroux", "Valérie Dumont", "Amandine Caron",
            "Dr Marc Aubry")
        .milestones("2026-09-24", "2026-10-15", null, null, null, null)
        .axes()
        .fiches();
    return s.example("cls-dieppe-maritime-76.json", Phase.PRELIMINARY, Set.of(), Set.of());
  }

  /** Seine-Maritime: in its third year, conforming, one COTECH meeting without minutes. */
  static Example fecamp() {
    Spec s = new Spec("cls-fecamp-caux-littoral-2024",
        "Contrat local de santé de Fécamp Caux Littoral Agglomération 2024-2028", "Normandie", "76",
        "de la Seine-Maritime")
        .territory("Fécamp Caux Littoral", TerritoryKind.COMMUNAUTE_D_AGGLOMERATION, "76259")
        .collectivite("fcla", "Fécamp Caux Littoral Agglomération", OrganisationKind.COMMUNAUTE_D_AGGLOMERATION,
            "20006930", "76259")
        .people("Jean-Marc Levillain", "Pauline Hautot", "François Leroux", "Valérie Dumont", "Amandine Caron",
            "Dr Camille Vasseur")
        .milestones("2023-03-09", "2023-03-20", "2023-04-03", "2023-10-31", "2024-01-18", "2028-12-31")
        .axes("Accès aux soins et aux droits", "Santé mentale et addictions", "Santé des marins et des pêcheurs")
        .fiches("Développer la télémédecine en EHPAD", "Créer une équipe mobile addictions",
            "Prévenir les risques professionnels en mer", "Aller vers les personnes isolées")
        .minutesMissing(2025);
    return s.example("cls-fecamp-caux-littoral-76.json", Phase.IMPLEMENTATION_AND_EVALUATION, Set.of(),
        Set.of("NOR-MINUTES"));
  }

  // ---------------------------------------------------------------------------------------------------------
  // Occitanie

  /** Ariège: in its fourth year, programmings validated every year, conforming. */
  static Example couserans() {
    Spec s = new Spec("cls-couserans-pyrenees-2023", "Contrat local de santé du Couserans 2023-2028", "Occitanie",
        "09", "de l'Ariège")
        .territory("Couserans-Pyrénées", TerritoryKind.COMMUNAUTE_DE_COMMUNES, "09261")
        .collectivite("cc-couserans", "Communauté de communes Couserans-Pyrénées",
            OrganisationKind.COMMUNAUTE_DE_COMMUNES, "20006797", "09261")
        .people("Anne-Marie Soula", "Lucas Rouch", "Mireille Castet", "Joël Fauré", "Hervé Baylac",
            "Dr Lise Piquemal")
        .milestones("2022-06-14", "2022-07-01", "2022-09-12", "2023-05-31", "2023-09-28", "2028-09-27")
        .axes("Accès aux soins en montagne", "Santé mentale", "Bien vieillir")
        .fiches("Ouvrir une maison de santé à Massat", "Créer un conseil local de santé mentale",
            "Prévenir la perte d'autonomie");
    return s.example("cls-couserans-pyrenees-09.json", Phase.IMPLEMENTATION_AND_EVALUATION, Set.of(), Set.of());
  }

  /** Aveyron: the diagnosis has no portrait of the resources and responses (an ERROR). */
  static Example rodez() {
    Spec s = new Spec("cls-rodez-agglomeration-2024", "Contrat local de santé de Rodez agglomération 2024-2028",
        "Occitanie", "12", "de l'Aveyron")
        .territory("Rodez agglomération", TerritoryKind.COMMUNAUTE_D_AGGLOMERATION, "12202", "12176")
        .collectivite("rodez-agglo", "Rodez agglomération", OrganisationKind.COMMUNAUTE_D_AGGLOMERATION, "24120009",
            "12202")
        .people("Alain Costes", "Élodie Bessière", "Mireille Castet", "Serge Vabre", "Hervé Baylac",
            "Dr Anne Gaubert")
        .milestones("2023-02-09", "2023-02-27", "2023-03-13", "2023-10-20", "2024-04-04", "2028-12-31")
        .axes("Accès aux soins", "Santé mentale", "Santé-environnement")
        .fiches("Attirer des médecins au Monastère", "Former aux premiers secours en santé mentale",
            "Réduire l'exposition au radon")
        .portraitMissing(Portrait.RESOURCES_AND_RESPONSES);
    return s.example("cls-rodez-agglomeration-12.json", Phase.IMPLEMENTATION_AND_EVALUATION,
        Set.of("OCC-DIAGNOSIS-PORTRAITS"), Set.of());
  }

  /** Gard: in its diagnosis phase since November 2025, conforming. */
  static Example ales() {
    Spec s = new Spec("cls-ales-agglomeration-2027", "Contrat local de santé d'Alès Agglomération (projet)",
        "Occitanie", "30", "du Gard")
        .territory("Alès Agglomération", TerritoryKind.COMMUNAUTE_D_AGGLOMERATION, "30007")
        .collectivite("ales-agglo", "Alès Agglomération", OrganisationKind.COMMUNAUTE_D_AGGLOMERATION, "20006681",
            "30007")
        .people("Gilles Boissier", "Inès Chabrol", "Mathieu Pons", "Carole Arnal", "Yannick Teissier",
            "Dr Paul Bouvier")
        .milestones("2025-06-26", "2025-07-10", "2025-11-03", null, null, null)
        .axes("Accès aux soins", "Santé mentale")
        .fiches("Renforcer la permanence des soins", "Prévenir le suicide chez les jeunes");
    return s.example("cls-ales-agglomeration-30.json", Phase.DIAGNOSIS_AND_PLANNING, Set.of(), Set.of());
  }

  /** Lot: ended at the end of 2023 after its final evaluation, conforming. */
  static Example figeac() {
    Spec s = new Spec("cls-grand-figeac-2019", "Contrat local de santé du Grand-Figeac 2019-2023", "Occitanie",
        "46", "du Lot")
        .territory("Grand-Figeac", TerritoryKind.COMMUNAUTE_DE_COMMUNES, "46102")
        .collectivite("grand-figeac", "Communauté de communes du Grand-Figeac",
            OrganisationKind.COMMUNAUTE_DE_COMMUNES, "20002387", "46102")
        .people("Guillaume Rességuier", "Sarah Lacombe", "Mathieu Pons", "Bernard Delpech", "Yannick Teissier",
            "Dr Jeanne Vialard")
        .milestones("2018-01-25", "2018-02-12", "2018-03-05", "2018-09-28", "2019-01-10", "2023-12-31")
        .axes("Accès aux soins", "Santé mentale", "Prévention")
        .fiches("Ouvrir un centre de santé à Capdenac", "Créer un groupe d'entraide mutuelle",
            "Prévenir les addictions en milieu scolaire")
        .finalEvaluation("2023-09-14", "2023-10-05");
    return s.example("cls-grand-figeac-46.json", Phase.ENDED, Set.of(), Set.of());
  }

  /**
   * Lozère: a contract at the scale of the whole département, co-signed by the département and the
   * intercommunalité of Mende, which Occitanie's référentiel does not allow (it wants an infra-départemental
   * territory).
   */
  static Example lozere() {
    Spec s = new Spec("cls-lozere-2025", "Contrat local de santé de la Lozère 2025-2029", "Occitanie", "48",
        "de la Lozère")
        .territory("Département de la Lozère", TerritoryKind.DEPARTEMENT, "48095", "48092")
        .collectivite("cd-lozere", "Conseil départemental de la Lozère", OrganisationKind.CONSEIL_DEPARTEMENTAL,
            "22480001", "48095")
        .coSignatory("cc-coeur-de-lozere", "Communauté de communes Cœur de Lozère",
            OrganisationKind.COMMUNAUTE_DE_COMMUNES, "20006720", "Jeanne Roux")
        .people("Odile Chaptal", "Romain Malaval", "Mathieu Pons", "Carole Arnal", "Yannick Teissier",
            "Dr Aline Boyer")
        .milestones("2024-01-18", "2024-02-05", "2024-02-19", "2024-09-30", "2025-01-23", "2029-12-31")
        .axes("Accès aux soins en zone de montagne", "Santé mentale", "Bien vieillir")
        .fiches("Déployer des médecins salariés itinérants", "Créer une maison des adolescents à Mende",
            "Prévenir l'isolement des personnes âgées");
    return s.example("cls-lozere-48.json", Phase.IMPLEMENTATION_AND_EVALUATION, Set.of("OCC-TERRITORY"),
        Set.of());
  }

  // ---------------------------------------------------------------------------------------------------------

  /** @param eight the first eight digits @return a SIREN: the digits and their Luhn check digit */
  static String siren(String eight) {
    for (int d = 0; d <= 9; d++) {
      if (Identifiers.isSiren(eight + d)) {
        return eight + d;
      }
    }
    throw new IllegalArgumentException(eight);
  }

  /**
   * What varies from one contract to the next, and the rest: a collectivité with its ARS délégation, its CPAM
   * and the préfecture as signatories-to-be, an élu référent, a full-time coordinator employed and co-funded by
   * the collectivité and the ARS, a COPIL meeting twice a year and a COTECH three times, a complete diagnosis,
   * fiches complete with pilot and indicator, yearly activity and financial reports and (in Occitanie) yearly
   * programmings validated by the COPIL — then the gaps each example is meant to have.
   */
  static final class Spec {
    private final String id;
    private final String name;
    private final String region;
    private final String dept;
    private final String ofDept;
    private String territoryName;
    private TerritoryKind territoryKind;
    private List<String> communes;
    private String collectiviteId;
    private String collectiviteName;
    private OrganisationKind collectiviteKind;
    private String collectiviteSiren;
    private String seat;
    private String[] people;
    private String coId;
    private String coName;
    private OrganisationKind coKind;
    private String coSiren;
    private String coPerson;
    private LocalDate engagement;
    private LocalDate letter;
    private LocalDate diagnosisStart;
    private LocalDate diagnosisCompletion;
    private LocalDate signature;
    private LocalDate end;
    private List<String> axes = List.of();
    private List<String> fiches = List.of();
    private LocalDate amendmentDate;
    private String amendmentSubject;
    private String amendmentFiche;
    private LocalDate evaluation;
    private LocalDate evaluationSupervised;
    private final Set<Integer> copilSkipped = new HashSet<>();
    private final Map<Integer, Integer> cotechTimes = new LinkedHashMap<>();
    private final Set<Integer> financialMissing = new HashSet<>();
    private final Set<Integer> minutesMissing = new HashSet<>();
    private final Set<Portrait> portraitsMissing = EnumSet.noneOf(Portrait.class);

    Spec(String id, String name, String region, String dept, String ofDept) {
      this.id = id;
      this.name = name;
      this.region = region;
      this.dept = dept;
      this.ofDept = ofDept;
    }

    Spec territory(String name, TerritoryKind kind, String... communes) {
      this.territoryName = name;
      this.territoryKind = kind;
      this.communes = List.of(communes);
      return this;
    }

    Spec collectivite(String id, String name, OrganisationKind kind, String sirenPrefix, String seat) {
      this.collectiviteId = id;
      this.collectiviteName = name;
      this.collectiviteKind = kind;
      this.collectiviteSiren = siren(sirenPrefix);
      this.seat = seat;
      return this;
    }

    /** Another collectivité that signs, with the person who represents it in the COTECH. */
    Spec coSignatory(String id, String name, OrganisationKind kind, String sirenPrefix, String person) {
      this.coId = id;
      this.coName = name;
      this.coKind = kind;
      this.coSiren = siren(sirenPrefix);
      this.coPerson = person;
      return this;
    }

    /** The élu référent, the coordinator, the ARS, CPAM and préfecture people, and a doctor who pilots fiches. */
    Spec people(String... names) {
      this.people = names;
      return this;
    }

    Spec milestones(String engagement, String letter, String diagnosisStart, String diagnosisCompletion,
        String signature, String end) {
      this.engagement = date(engagement);
      this.letter = date(letter);
      this.diagnosisStart = date(diagnosisStart);
      this.diagnosisCompletion = date(diagnosisCompletion);
      this.signature = date(signature);
      this.end = date(end);
      return this;
    }

    /** The axes; the second is the mental-health component, with the PTSM of the département. */
    Spec axes(String... titles) {
      this.axes = List.of(titles);
      return this;
    }

    /** The fiches, attached to the axes in turn. */
    Spec fiches(String... titles) {
      this.fiches = List.of(titles);
      return this;
    }

    Spec amendment(String date, String subject, String ficheTitle) {
      this.amendmentDate = LocalDate.parse(date);
      this.amendmentSubject = subject;
      this.amendmentFiche = ficheTitle;
      return this;
    }

    Spec finalEvaluation(String date, String supervisedByTheCopil) {
      this.evaluation = LocalDate.parse(date);
      this.evaluationSupervised = LocalDate.parse(supervisedByTheCopil);
      return this;
    }

    Spec copilSkipped(int year) {
      copilSkipped.add(year);
      return this;
    }

    Spec cotechTimes(int year, int times) {
      cotechTimes.put(year, times);
      return this;
    }

    Spec financialReportMissing(int year) {
      financialMissing.add(year);
      return this;
    }

    Spec minutesMissing(int year) {
      minutesMissing.add(year);
      return this;
    }

    Spec portraitMissing(Portrait p) {
      portraitsMissing.add(p);
      return this;
    }

    Example example(String file, Phase phase, Set<String> errors, Set<String> warnings) {
      return new Example(file, build(), phase, errors, warnings);
    }

    private static LocalDate date(String s) {
      return s == null ? null : LocalDate.parse(s);
    }

    private boolean happened(LocalDate d) {
      return d != null && !d.isAfter(KNOWN_ON);
    }

    private boolean occitanie() {
      return region.equals("Occitanie");
    }

    private String ars() {
      return occitanie() ? "ars-occitanie" : "ars-normandie";
    }

    private LocalHealthContract build() {
      String ars = ars();
      String cpam = "cpam-" + dept;
      String prefecture = "prefecture-" + dept;
      String hospital = "ch-" + dept;
      var b = LocalHealthContract.builder().id(id).name(name).region(region)
          .territory(Territory.builder().name(territoryName).kind(territoryKind).addAllCommunes(communes)
              .addAllEpcis(epcis())
              .addDepartements(dept).build())
          .addOrganisations(
              Organisation.builder().id(collectiviteId).name(collectiviteName).kind(collectiviteKind)
                  .siren(collectiviteSiren).inseeCode(seat).build(),
              Organisation.builder().id(ars).name("ARS " + region + " — délégation départementale " + ofDept)
                  .kind(OrganisationKind.ARS).siren(occitanie() ? "130008238" : "130007669").build(),
              Organisation.builder().id(cpam).name("CPAM " + ofDept).kind(OrganisationKind.CPAM).build(),
              Organisation.builder().id(prefecture).name("Préfecture " + ofDept).kind(OrganisationKind.PREFECTURE)
                  .build(),
              Organisation.builder().id(hospital).name("Centre hospitalier " + ofDept)
                  .kind(OrganisationKind.HEALTH_ESTABLISHMENT).finess(dept + "0000" + "107").inseeCode(seat)
                  .build());
      if (coId != null) {
        b.addOrganisations(Organisation.builder().id(coId).name(coName).kind(coKind).siren(coSiren).build());
        b.addPeople(Person.builder().id("technicien-" + coId).name(coPerson).organisationId(coId)
            .addRoles(Role.builder().kind(RoleKind.TECHNICIAN).build()).build());
      }
      LocalDate since = engagement;
      LocalDate coordinatorFrom = letter.plusMonths(1).withDayOfMonth(1);
      b.addPeople(
          Person.builder().id("elu-referent").name(people[0]).organisationId(collectiviteId)
              .addRoles(Role.builder().kind(RoleKind.ELU).build(),
                  Role.builder().kind(RoleKind.ELU_REFERENT).period(from(since))
                      .addDelegations("délégation santé et solidarités").build()).build(),
          Person.builder().id("technicien-ars").name(people[2]).organisationId(ars)
              .addRoles(Role.builder().kind(RoleKind.TECHNICIAN)
                  .addDelegations("délégation départementale " + ofDept).build()).build(),
          Person.builder().id("technicien-cpam").name(people[3]).organisationId(cpam)
              .addRoles(Role.builder().kind(RoleKind.TECHNICIAN).build()).build(),
          Person.builder().id("delegue-prefet").name(people[4]).organisationId(prefecture)
              .addRoles(Role.builder().kind(RoleKind.PREFECT_DELEGATE).build()).build(),
          Person.builder().id("medecin").name(people[5]).organisationId(hospital)
              .addRoles(Role.builder().kind(RoleKind.HEALTH_PROFESSIONAL).build()).build());
      if (happened(coordinatorFrom)) {
        b.addPeople(Person.builder().id("coordination").name(people[1]).organisationId(collectiviteId)
            .addRoles(Role.builder().kind(RoleKind.COORDINATOR).period(from(coordinatorFrom))
                .fte(new BigDecimal("1.0")).employerId(collectiviteId).build()).build());
        b.coordination(Coordination.builder()
            .addFunding(Funding.builder().organisationId(collectiviteId).period(from(coordinatorFrom))
                    .annualAmount(new BigDecimal("27000")).build(),
                Funding.builder().organisationId(ars).period(from(coordinatorFrom))
                    .annualAmount(new BigDecimal("20000")).build()).build());
      }
      List<String> signatories = new ArrayList<>(List.of(collectiviteId, ars, cpam));
      if (coId != null) {
        signatories.add(coId);
      }
      for (String org : signatories) {
        var sig = Signatory.builder().organisationId(org);
        if (happened(signature)) {
          sig.signedOn(signature).signerId(org.equals(ars) ? "technicien-ars"
              : org.equals(cpam) ? "technicien-cpam" : org.equals(coId) ? "technicien-" + coId : "elu-referent");
        }
        b.addSignatories(sig.build());
      }
      var m = Milestones.builder();
      if (happened(engagement)) {
        m.engagement(engagement);
      }
      if (happened(letter)) {
        m.letterOfIntent(letter);
      }
      if (happened(diagnosisStart)) {
        m.diagnosisStart(diagnosisStart);
      }
      if (happened(diagnosisCompletion)) {
        m.diagnosisCompletion(diagnosisCompletion);
      }
      if (happened(signature)) {
        m.signature(signature);
        m.end(end);
      }
      b.milestones(m.build());
      if (happened(diagnosisStart)) {
        b.governance(Governance.builder().addBodies(copil(), cotech()).build());
        b.diagnosis(diagnosis());
      }
      b.actionPlan(plan());
      if (happened(amendmentDate)) {
        var a = Amendment.builder().id("avenant-1").date(amendmentDate).subject(amendmentSubject)
            .addAddedFicheIds("fa-" + (fiches.size() + 1));
        for (String org : List.of(collectiviteId, ars, cpam)) {
          a.addSignatures(AmendmentSignature.builder().organisationId(org).signedOn(amendmentDate).build());
        }
        b.addAmendments(a.build());
      }
      b.followUp(followUp());
      return b.build();
    }

    /** @return the SIRENs of the intercommunalités among the signatories */
    private List<String> epcis() {
      List<String> out = new ArrayList<>();
      if (collectiviteKind != OrganisationKind.CONSEIL_DEPARTEMENTAL) {
        out.add(collectiviteSiren);
      }
      if (coId != null) {
        out.add(coSiren);
      }
      return out;
    }

    private static io.github.clsante.cls.model.DateRange from(LocalDate d) {
      return io.github.clsante.cls.model.DateRange.builder().from(d).build();
    }

    /** The years the bodies meet: from the diagnosis start to the end, as far as known. */
    private List<Integer> years() {
      int last = Math.min(end == null ? KNOWN_ON.getYear() : end.getYear(), KNOWN_ON.getYear());
      List<Integer> ys = new ArrayList<>();
      for (int y = diagnosisStart.getYear(); y <= last; y++) {
        ys.add(y);
      }
      return ys;
    }

    private boolean inLife(LocalDate d) {
      return !d.isBefore(diagnosisStart) && (end == null || !d.isAfter(end)) && happened(d);
    }

    private GovernanceBody copil() {
      var b = GovernanceBody.builder().id("copil").name("Comité de pilotage").kind(BodyKind.COPIL)
          .chairId("elu-referent");
      for (String p : List.of("elu-referent", "technicien-ars", "technicien-cpam", "delegue-prefet")) {
        b.addMembers(Membership.builder().personId(p).build());
      }
      for (int y : years()) {
        if (copilSkipped.contains(y)) {
          continue;
        }
        for (LocalDate d : List.of(LocalDate.of(y, Month.FEBRUARY, 3 + y % 7),
            LocalDate.of(y, Month.OCTOBER, 7 + y % 9))) {
          d = nearestWeekday(d);
          if (inLife(d) && !d.equals(evaluationSupervised)) {
            b.addMeetings(meeting("copil", "COPIL", d));
          }
        }
      }
      if (happened(evaluationSupervised)) {
        b.addMeetings(meeting("copil", "COPIL", evaluationSupervised));
      }
      return b.build();
    }

    private GovernanceBody cotech() {
      var b = GovernanceBody.builder().id("cotech").name("Comité technique").kind(BodyKind.COTECH)
          .facilitatorId("coordination");
      for (String p : List.of("coordination", "technicien-ars", "technicien-cpam", "medecin")) {
        b.addMembers(Membership.builder().personId(p).build());
      }
      if (coId != null) {
        b.addMembers(Membership.builder().personId("technicien-" + coId).build());
      }
      for (int y : years()) {
        List<LocalDate> dates = new ArrayList<>(List.of(LocalDate.of(y, Month.MARCH, 10 + y % 11),
            LocalDate.of(y, Month.JUNE, 8 + y % 13), LocalDate.of(y, Month.NOVEMBER, 4 + y % 5)));
        int times = cotechTimes.getOrDefault(y, 3);
        int held = 0;
        for (LocalDate d : dates) {
          d = nearestWeekday(d);
          if (held < times && inLife(d)) {
            var meeting = Meeting.builder().id("cotech-" + d).date(d)
                .addAttendeeIds("technicien-ars", "technicien-cpam", "medecin");
            if (!(minutesMissing.contains(y) && held == 1)) {
              meeting.minutesRef("Compte rendu du COTECH du " + d);
            }
            b.addMeetings(meeting.build());
            held++;
          }
        }
      }
      return b.build();
    }

    private static Meeting meeting(String body, String label, LocalDate d) {
      return Meeting.builder().id(body + "-" + d).date(d)
          .addAttendeeIds("elu-referent", "technicien-ars", "technicien-cpam", "delegue-prefet")
          .minutesRef("Compte rendu du " + label + " du " + d).build();
    }

    private static LocalDate nearestWeekday(LocalDate d) {
      return switch (d.getDayOfWeek()) {
        case SATURDAY -> d.plusDays(2);
        case SUNDAY -> d.plusDays(1);
        default -> d;
      };
    }

    private Diagnosis diagnosis() {
      var d = Diagnosis.builder();
      if (!happened(diagnosisCompletion)) {
        return d.documentRef("Diagnostic local de santé en cours, ORS " + region)
            .addPortraits(Portrait.TERRITORY).addElements(DiagnosisElement.QUANTITATIVE_AND_QUALITATIVE_DATA)
            .build();
      }
      EnumSet<Portrait> portraits = EnumSet.allOf(Portrait.class);
      portraits.removeAll(portraitsMissing);
      return d.documentRef("Diagnostic local de santé partagé, ORS " + region + ", " + diagnosisCompletion.getYear())
          .addAllPortraits(portraits).addElements(DiagnosisElement.values())
          .addFrameworks(PolicyFramework.PRS, PolicyFramework.PTSM)
          .addThemes(HealthTheme.HEALTH_PROMOTION, HealthTheme.PREVENTION, HealthTheme.CARE_POLICY,
              HealthTheme.MEDICO_SOCIAL_SUPPORT, HealthTheme.MENTAL_HEALTH, HealthTheme.ADDICTIONS)
          .build();
    }

    private ActionPlan plan() {
      var p = ActionPlan.builder();
      for (int i = 0; i < axes.size(); i++) {
        var a = Axis.builder().id("axe-" + (i + 1)).title(axes.get(i)).approach(AxisApproach.THEMATIC);
        if (i == 1) {
          a.mentalHealthComponent(true).ptsmReference("Projet territorial de santé mentale " + ofDept);
        }
        p.addAxes(a.build());
      }
      List<String> all = new ArrayList<>(fiches);
      if (happened(amendmentDate)) {
        all.add(amendmentFiche);
      }
      for (int i = 0; i < all.size(); i++) {
        boolean amended = i >= fiches.size();
        LocalDate validated = amended ? amendmentDate.minusDays(21)
            : signature == null ? null : signature.minusDays(28);
        int from = amended ? amendmentDate.getYear() : signature == null ? 0 : signature.getYear();
        String fid = "fa-" + (i + 1);
        var indicator = Indicator.builder().id(fid + "-indicateur").name("Personnes touchées par l'action")
            .target("120 par an");
        if (happened(signature)) {
          int last = Math.min(end.getYear(), KNOWN_ON.getYear() - 1);
          for (int y = from; y <= last; y++) {
            indicator.addValues(IndicatorValue.builder().year(y).value(String.valueOf(60 + (y * 7 + i * 13) % 70))
                .build());
          }
        }
        var f = ActionSheet.builder().id(fid).title(all.get(i)).axisId("axe-" + (amended ? 3 : i % axes.size() + 1))
            .operationalObjective(all.get(i)).stakes("Réduire les inégalités sociales et territoriales de santé")
            .targetPublic("Habitants de " + territoryName).timeline(signature == null ? "à définir"
                : signature.getYear() + "-" + end.getYear())
            .expectedResults("Les objectifs chiffrés de la fiche sont atteints")
            .addPartnerIds(occitanie() ? "cpam-" + dept : "ch-" + dept)
            .means("0,2 ETP de coordination et " + (5 + i * 3) + " 000 € par an").pilotId("medecin")
            .addIndicators(indicator.build());
        if (happened(validated)) {
          f.validatedOn(validated);
        }
        p.addFiches(f.build());
      }
      return p.build();
    }

    private FollowUp followUp() {
      var f = FollowUp.builder();
      if (!happened(signature)) {
        return f.build();
      }
      int lastYear = Math.min(end.getYear(), KNOWN_ON.getYear() - 1);
      for (int y = signature.getYear(); y <= lastYear; y++) {
        LocalDate activity = nearestWeekday(LocalDate.of(y + 1, Month.APRIL, 14));
        LocalDate financial = nearestWeekday(LocalDate.of(y + 1, Month.MAY, 19));
        if (happened(activity)) {
          f.addActivityReports(AnnualReport.builder().id("rapport-activite-" + y).year(y).issuedOn(activity)
              .documentRef("Rapport d'activité " + y).build());
        }
        if (happened(financial) && !financialMissing.contains(y)) {
          f.addFinancialReports(AnnualReport.builder().id("bilan-financier-" + y).year(y).issuedOn(financial)
              .documentRef("Bilan financier " + y).build());
        }
      }
      if (occitanie()) {
        int lastProgrammed = Math.min(end.getYear(), KNOWN_ON.getYear());
        for (int y = signature.getYear(); y <= lastProgrammed; y++) {
          LocalDate copil = nearestWeekday(LocalDate.of(y, Month.FEBRUARY, 3 + y % 7));
          LocalDate validated = copil.isBefore(signature) ? signature.plusDays(0) : copil;
          if (!happened(validated)) {
            continue;
          }
          f.addProgrammings(Programming.builder().id("programmation-" + y).fromYear(y).toYear(y)
              .addCommitments(FinancialCommitment.builder().organisationId(ars())
                      .amount(new BigDecimal(40000 + y % 5 * 2500)).build(),
                  FinancialCommitment.builder().organisationId(collectiviteId)
                      .amount(new BigDecimal(25000 + y % 3 * 1500)).build())
              .validation(BodyDecision.builder().bodyId("copil").date(validated).build()).build());
        }
      }
      if (happened(evaluation)) {
        var e = Evaluation.builder().id("evaluation-finale").kind(EvaluationKind.FINAL).date(evaluation)
            .documentRef("Évaluation finale du contrat local de santé");
        if (happened(evaluationSupervised)) {
          e.supervision(BodyDecision.builder().bodyId("copil").date(evaluationSupervised).build());
        }
        f.addEvaluations(e.build());
      }
      return f.build();
    }
  }
}
