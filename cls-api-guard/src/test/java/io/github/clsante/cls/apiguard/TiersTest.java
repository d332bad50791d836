package io.github.clsante.cls.apiguard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #13: the API tiers of docs/embedding.md, stated over the main classes of every module (this module sees
 * them all). The embedders' packages never depend on an {@code internal} package nor on the facts SPI; the
 * command and the renderer never on the facts SPI; {@code rules.spi}, what rules use, on no implementation; and
 * no two packages depend on each other, but for one documented pair: {@code referentiel} and {@code spi}, an API
 * and its service provider interface naming each other ({@code Referentiels} discovers
 * {@code ReferentielProvider}s, a provider creates a {@code Referentiel}). Kept rather than resolved because
 * moving {@code ReferentielProvider} into {@code referentiel} would change the {@code META-INF/services} file
 * name third-party packs register, for no layer gained: the two are one unit. One narrow, documented exception to
 * the first rule: {@code internal.Printable}, cls-core's escaping of document text for terminals and pages, which
 * cls-json, cls-render and the command share.
 */
class TiersTest {

  private static final String ROOT = "io.github.clsante.cls";
  /** The packages embedders program against. */
  private static final String[] API = {ROOT + ".agenda..", ROOT + ".calendar..", ROOT + ".followup..",
      ROOT + ".model..", ROOT + ".portfolio..", ROOT + ".referentiel..", ROOT + ".region..", ROOT + ".report..",
      ROOT + ".json..", ROOT + ".render..", ROOT + ".testkit.."};

  private static JavaClasses classes;

  @BeforeAll
  static void importEveryModule() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT);
  }

  private static DescribedPredicate<JavaClass> named(String name) {
    return DescribedPredicate.describe(name, c -> c.getName().equals(name));
  }

  @Test
  void everyModuleIsImported() {
    for (String pkg : new String[] {"model", "spi.facts", "rules.internal", "rules.spi", "json", "render", "cli",
        "testkit"}) {
      assertThat(classes.stream().anyMatch(c -> c.getPackageName().equals(ROOT + "." + pkg)))
          .as("classes of %s.%s", ROOT, pkg).isTrue();
    }
  }

  @Test
  void theApiNeverReachesAnInternalPackage() {
    noClasses().that().resideInAnyPackage(API).should().dependOnClassesThat(
            JavaClass.Predicates.resideInAPackage("..internal..")
                .and(DescribedPredicate.not(named(ROOT + ".internal.Printable"))))
        .because("internal packages may change in any release (docs/embedding.md)").check(classes);
  }

  @Test
  void theApiNeverReadsTheFactsSpi() {
    noClasses().that().resideInAnyPackage(API)
        .should().dependOnClassesThat().resideInAPackage(ROOT + ".spi.facts..")
        .because("the facts are the rules' input, not an API: views read the yearly follow-up").check(classes);
  }

  @Test
  void theCommandAndTheRendererNeverReadTheFactsSpi() {
    noClasses().that().resideInAnyPackage(ROOT + ".cli..", ROOT + ".render..").should().dependOnClassesThat()
        .resideInAPackage(ROOT + ".spi.facts..").check(classes);
  }

  @Test
  void theRulesSpiDependsOnNoImplementation() {
    noClasses().that().resideInAPackage(ROOT + ".rules.spi..").should().dependOnClassesThat()
        .resideInAnyPackage(ROOT + ".rules.internal..", ROOT + ".internal..").check(classes);
  }

  @Test
  void theFactsSpiReadsOnlyTheModel() {
    noClasses().that().resideInAPackage(ROOT + ".spi.facts..").should().dependOnClassesThat()
        .resideInAnyPackage(ROOT + ".internal..", ROOT + ".rules..", ROOT + ".report..", ROOT + ".referentiel..")
        .check(classes);
  }

  @Test
  void noPackageCycles() {
    slices().matching(ROOT + ".(**)").should().beFreeOfCycles()
        .ignoreDependency(DescribedPredicate.describe("the SPI package io.github.clsante.cls.spi",
            c -> c.getPackageName().equals(ROOT + ".spi")),
            DescribedPredicate.describe("the API package io.github.clsante.cls.referentiel",
            c -> c.getPackageName().equals(ROOT + ".referentiel")))
        .check(classes);
  }
}
