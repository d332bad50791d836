package io.github.clsante.cls.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.model.ActionPlan;
import io.github.clsante.cls.model.ActionSheet;
import io.github.clsante.cls.model.DiagnosisElement;
import io.github.clsante.cls.model.HealthTheme;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.Milestones;
import io.github.clsante.cls.model.PolicyFramework;
import io.github.clsante.cls.model.Portrait;
import io.github.clsante.cls.model.TerritoryKind;
import io.github.clsante.cls.referentiel.Clause;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.report.Severity;
import io.github.clsante.cls.rules.internal.BundleMessages;
import io.github.clsante.cls.spi.facts.FactSet;
import io.github.clsante.cls.spi.facts.FicheFieldFact;
import io.github.clsante.cls.testkit.Breakage;
import io.github.clsante.cls.testkit.ContractAtDate;
import io.github.clsante.cls.testkit.Contracts;
import io.github.clsante.cls.testkit.LanguageCheck;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every message of every clause reads in one language: French for {@code fr}, English for {@code en}, with no
 * enum constant, camelCase field name, unfilled placeholder or word of the other language — while the findings'
 * arguments keep their stable values. Rendered through the packs' message bundles, as the référentiels do.
 */
class MessagesLanguageTest {

  private static final BundleMessages MESSAGES =
      new BundleMessages(Packs.SOCLE.messagesBundle(), MessagesLanguageTest.class.getClassLoader());
  private static final ResourceBundle FR = MESSAGES.bundle(Locale.FRENCH);
  private static final ResourceBundle EN = MESSAGES.bundle(Locale.ENGLISH);
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
  private static final LocalDate DUE = LocalDate.of(2027, 3, 1);

  /** A representative value for each argument the DRL passes, of the type it passes. */
  private static final Map<String, Object> ARGUMENTS = new LinkedHashMap<>();

  static {
    ARGUMENTS.put("signatories", 1);
    ARGUMENTS.put("ars", 0);
    ARGUMENTS.put("collectivites", 1);
    ARGUMENTS.put("minimum", 2);
    ARGUMENTS.put("months", 61);
    ARGUMENTS.put("days", 1);
    ARGUMENTS.put("minimumYears", 3);
    ARGUMENTS.put("maximumYears", 5);
    ARGUMENTS.put("earlier", "diagnosisCompletion");
    ARGUMENTS.put("earlierDate", LocalDate.of(2023, 9, 1));
    ARGUMENTS.put("later", "signature");
    ARGUMENTS.put("laterDate", LocalDate.of(2023, 7, 4));
    ARGUMENTS.put("field", "expectedResults");
    ARGUMENTS.put("theme", "MEDICO_SOCIAL_SUPPORT");
    ARGUMENTS.put("inForceFrom", LocalDate.of(2022, 2, 23));
    ARGUMENTS.put("collectivite", true);
    ARGUMENTS.put("prefect", false);
    ARGUMENTS.put("fte", 0.8);
    ARGUMENTS.put("present", false);
    ARGUMENTS.put("from", "letterOfIntent");
    ARGUMENTS.put("minimumMonths", 6);
    ARGUMENTS.put("maximumMonths", 12);
    ARGUMENTS.put("organisation", "org-ars");
    ARGUMENTS.put("held", 0);
    ARGUMENTS.put("idealMinimum", 2);
    ARGUMENTS.put("idealMaximum", 3);
    ARGUMENTS.put("politiqueDeLaVille", false);
    ARGUMENTS.put("asvProgrammingIntegrated", true);
    ARGUMENTS.put("body", "cotech");
    ARGUMENTS.put("referents", 0);
    ARGUMENTS.put("employer", "asso-sante");
    ARGUMENTS.put("validated", false);
    ARGUMENTS.put("amendment", "avenant-1");
    ARGUMENTS.put("missing", List.of("org-ars", "org-cd50", "org-cc"));
    ARGUMENTS.put("funders", 1);
    ARGUMENTS.put("windowOpens", LocalDate.of(2027, 7, 5));
    ARGUMENTS.put("kind", TerritoryKind.DEPARTEMENT);
    ARGUMENTS.put("departements", 2);
    ARGUMENTS.put("portrait", "RESOURCES_AND_RESPONSES");
  }

  /** Where a clause passes an argument of another type under a shared name. */
  private static final Map<String, Map<String, Object>> OVERRIDES = Map.of(
      "SOC-COORDINATOR-FTE", Map.of("minimum", 1.0),
      "SOC-COPIL-PREFECT", Map.of("ars", false),
      "NOR-DIAGNOSIS-CONTENT", Map.of("element", "POLICY_CROSSING"));

  private static List<Clause> clauses() {
    Map<String, Clause> all = new LinkedHashMap<>();
    Referentiels.all().forEach(r -> r.catalogue().forEach(c -> all.putIfAbsent(c.id(), c)));
    return List.copyOf(all.values());
  }

  /** The keys of a clause's message texts: message and todo, with their variants. */
  private static List<String> keys(Clause c) {
    return FR.keySet().stream().filter(k -> k.startsWith(c.id() + ".message") || k.startsWith(c.id() + ".todo"))
        .sorted().toList();
  }

  /** A finding that renders {@code key}, with representative arguments for each of its placeholders. */
  private static Finding finding(Clause c, String key) {
    String rest = key.substring(c.id().length() + 1);
    boolean toDo = rest.startsWith("todo");
    Map<String, Object> args = new LinkedHashMap<>();
    Set<String> names = new LinkedHashSet<>();
    for (ResourceBundle b : List.of(FR, EN)) {
      Matcher m = PLACEHOLDER.matcher(b.getString(key));
      while (m.find()) {
        names.add(m.group(1));
      }
    }
    Map<String, Object> overrides = OVERRIDES.getOrDefault(c.id(), Map.of());
    for (String name : names) {
      Object v = overrides.containsKey(name) ? overrides.get(name) : ARGUMENTS.get(name);
      if (v != null) {
        args.put(name, v);
      } else {
        assertThat(name).as("%s: a representative value for {%s}", key, name).isIn("element", "year");
      }
    }
    int dot = rest.indexOf('.');
    if (dot > 0) {
      args.put("variant", rest.substring(dot + 1));
    }
    return new Finding(c.id(), toDo ? Severity.INFO : c.severity(), toDo, "fa-12", "/actionPlan/fiches/11",
        Optional.of(2025), toDo ? Optional.of(DUE) : Optional.empty(), args, c.sources(), c.pack(), MESSAGES);
  }

  /** The check of a message: the finding's element id and its arguments that are the document's data exempt. */
  private static LanguageCheck check(LanguageCheck base, Finding f) {
    List<String> data = new ArrayList<>(List.of(f.elementId()));
    f.arguments().forEach((name, v) -> {
      for (Object item : v instanceof Collection<?> c ? c : List.of(v)) {
        if (item instanceof String s && MESSAGES.value(name, s, Locale.FRENCH).equals(s)) {
          data.add(s); // in no vocabulary: an id or a name from the document
        }
      }
    });
    return base.exempt(data);
  }

  private static List<String> problems(Finding f) {
    List<String> out = new ArrayList<>();
    check(LanguageCheck.french(), f).problems(f.message(Locale.FRENCH)).forEach(p -> out.add(f.ruleId() + " fr: " + p));
    check(LanguageCheck.english(), f).problems(f.message(Locale.ENGLISH))
        .forEach(p -> out.add(f.ruleId() + " en: " + p));
    return out;
  }

  @Example
  @Label("every message and to-do of every clause, with each variant, reads in French and in English")
  void everyMessageOfEveryClauseIsInOneLanguage() {
    List<String> problems = new ArrayList<>();
    int rendered = 0;
    for (Clause c : clauses()) {
      List<String> keys = keys(c);
      assertThat(keys).as("message keys of %s", c.id()).isNotEmpty();
      for (String key : keys) {
        problems.addAll(problems(finding(c, key)));
        rendered++;
      }
    }
    assertThat(rendered).isGreaterThanOrEqualTo(44 + 20);
    assertThat(problems).isEmpty();
  }

  @Example
  @Label("arguments keep their stable values; their rendering is in the language")
  void argumentsAreRenderedInTheLanguage() {
    Map<String, Clause> byId = new LinkedHashMap<>();
    clauses().forEach(c -> byId.put(c.id(), c));
    Finding fields = finding(byId.get("SOC-ACTION-FIELDS"), "SOC-ACTION-FIELDS.message");
    assertThat(fields.arguments()).containsEntry("field", "expectedResults");
    assertThat(fields.message(Locale.FRENCH)).contains("« résultats attendus »").doesNotContain("expectedResults");
    assertThat(fields.message(Locale.ENGLISH)).contains("\"expected results\"");

    Finding fte = finding(byId.get("SOC-COORDINATOR-FTE"), "SOC-COORDINATOR-FTE.message");
    assertThat(fte.message(Locale.FRENCH)).contains("0,8 ETP").contains("(1 ETP)");
    assertThat(fte.message(Locale.ENGLISH)).contains("0.8 FTE").contains("(1 FTE)");

    Finding order = finding(byId.get("SOC-MILESTONE-ORDER"), "SOC-MILESTONE-ORDER.message");
    assertThat(order.message(Locale.FRENCH)).contains("la signature (4 juillet 2023) devrait suivre la fin du "
        + "diagnostic (1er septembre 2023)");
    assertThat(order.message(Locale.ENGLISH)).contains("the signature (4 July 2023) should come after the "
        + "diagnosis completion (1 September 2023)");

    Finding letter = finding(byId.get("NOR-LETTER-OF-INTENT"), "NOR-LETTER-OF-INTENT.message");
    assertThat(letter.arguments()).containsEntry("present", false);
    assertThat(letter.message(Locale.FRENCH)).endsWith("(présente : non).");
    assertThat(letter.message(Locale.ENGLISH)).endsWith("(present: no).");

    Finding prefect = finding(byId.get("SOC-COPIL-PREFECT"), "SOC-COPIL-PREFECT.message");
    assertThat(prefect.message(Locale.FRENCH)).contains("(présente : oui), l'ARS (présente : non)");
    assertThat(prefect.message(Locale.ENGLISH)).contains("(present: yes), the ARS (present: no)");

    Finding amendment = finding(byId.get("NOR-AMENDMENT-SIGNED"), "NOR-AMENDMENT-SIGNED.message");
    assertThat(amendment.message(Locale.FRENCH)).endsWith("manquent org-ars, org-cd50 et org-cc.");
    assertThat(amendment.message(Locale.ENGLISH)).endsWith("missing org-ars, org-cd50 and org-cc.");

    Finding step = finding(byId.get("NOR-DIAGNOSIS-CONTENT"), "NOR-DIAGNOSIS-CONTENT.message");
    assertThat(step.message(Locale.FRENCH)).contains("l'étape « croisement avec les politiques déjà existantes")
        .doesNotContain("fa-12");

    Finding scale = finding(byId.get("OCC-TERRITORY"), "OCC-TERRITORY.message");
    assertThat(scale.message(Locale.FRENCH)).contains("son échelle est un département, pas une commune");
    assertThat(scale.message(Locale.ENGLISH)).contains("its scale is a département, not a commune");

    Finding mental = finding(byId.get("SOC-MENTAL-HEALTH"), "SOC-MENTAL-HEALTH.message");
    assertThat(mental.message(Locale.FRENCH)).endsWith("signé à partir du 23 février 2022.");
    assertThat(mental.message(Locale.ENGLISH)).endsWith("signed from 23 February 2022.");
  }

  @Example
  @Label("every value an argument can take has its words in both languages")
  void everyVocabularyIsComplete() {
    Map<String, List<String>> values = new LinkedHashMap<>();
    values.put("theme", names(HealthTheme.values()));
    values.put("portrait", names(Portrait.values()));
    values.put("element", names(DiagnosisElement.values()));
    values.put("framework", names(PolicyFramework.values()));
    values.put("kind", names(TerritoryKind.values()));
    values.put("earlier", milestoneNames());
    values.put("field", ficheFields());
    assertThat(values.get("earlier")).hasSize(6).contains("letterOfIntent");
    assertThat(values.get("field")).hasSize(8).contains("expectedResults", "partnerIds");
    List<String> missing = new ArrayList<>();
    values.forEach((name, vs) -> {
      for (String v : vs) {
        String key = "value." + BundleMessages.VOCABULARIES.getOrDefault(name, name) + "." + v;
        String fr = MESSAGES.value(name, v, Locale.FRENCH);
        if (!FR.containsKey(key) || !EN.containsKey(key) || fr.equals(v)
            || fr.equals(MESSAGES.value(name, v, Locale.ENGLISH))) {
          missing.add(key);
        }
      }
    });
    assertThat(missing).isEmpty();
    assertThat(MESSAGES.value("present", true, Locale.FRENCH)).isEqualTo("oui");
    assertThat(MESSAGES.value("present", false, Locale.ENGLISH)).isEqualTo("no");
  }

  private static List<String> names(Enum<?>[] values) {
    return Stream.of(values).map(Enum::name).toList();
  }

  /** The milestones by field name, as facts name them: every date of {@link Milestones}. */
  private static List<String> milestoneNames() {
    List<String> out = new ArrayList<>();
    for (Method m : Milestones.class.getDeclaredMethods()) {
      if (Modifier.isAbstract(m.getModifiers()) && m.getReturnType() == Optional.class) {
        out.add(m.getName());
      }
    }
    return out;
  }

  /** Every field SOC-ACTION-FIELDS can name: those the facts find missing in a fiche that has none. */
  private static List<String> ficheFields() {
    LocalHealthContract bare = LocalHealthContract.builder().id("cls").name("CLS").region("Normandie")
        .actionPlan(ActionPlan.builder().addFiches(ActionSheet.builder().id("fa-1").title("F").build()).build())
        .build();
    return FactSet.derive(bare, LocalDate.of(2025, 1, 1)).fiches().missingFields().stream()
        .map(FicheFieldFact::field).toList();
  }

  @Provide
  Arbitrary<ContractAtDate> contractsAtDates() {
    return Arbitraries.oneOf(Contracts.contractsAtDates(),
        Breakage.broken(Contracts.conformingNormandie(), Breakage.SOC_ACTION_FIELDS),
        Breakage.broken(Contracts.conformingOccitanie(), Breakage.OCC_DIAGNOSIS_PORTRAITS));
  }

  @Property(tries = 60)
  @Label("the findings of real checks read in one language, whatever the contract")
  void realFindingsAreInOneLanguage(@ForAll("contractsAtDates") ContractAtDate c) {
    List<String> problems = new ArrayList<>();
    for (String id : List.of("normandie", "occitanie")) {
      Referentiel r = Referentiels.byId(id);
      for (Finding f : r.check(c.contract(), c.asOf()).findings()) {
        problems.addAll(problems(f));
        if (f.ruleId().equals("SOC-ACTION-FIELDS")) {
          // the stable value embedders assert on stays, its rendering is in words
          String field = (String) f.arguments().get("field");
          assertThat(field).matches("[a-z]+[A-Za-z]*");
          assertThat(f.message(Locale.FRENCH)).doesNotContain("« " + field + " »")
              .contains(MESSAGES.value("field", field, Locale.FRENCH));
        }
      }
    }
    assertThat(problems).isEmpty();
  }
}
