package io.github.clsante.cls.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.clsante.cls.referentiel.Clause;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.referentiel.UnknownReferentielException;
import io.github.clsante.cls.rules.internal.DroolsReferentiel;
import io.github.clsante.cls.region.UnknownRegionException;
import io.github.clsante.cls.spi.ReferentielProvider;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packs are found through ServiceLoader and load every rule their catalogue lists. */
class ReferentielLoadingTest {

  @Test
  void bothRegionalReferentielsAreDiscovered() {
    assertThat(Referentiels.ids()).contains("normandie", "occitanie");
    assertThat(Referentiels.byId("normandie")).isSameAs(Referentiels.byId("normandie"));
  }

  @Test
  void normandieIsTheSocleAndItsOwnClauses() {
    Referentiel r = Referentiels.byId("normandie");
    assertThat(r.catalogue()).hasSize(9 + 26);
    assertThat(r.catalogue()).extracting(Clause::pack).containsOnly("socle", "normandie");
    assertThat(((DroolsReferentiel) r).ruleCount()).isGreaterThanOrEqualTo(35);
  }

  @Test
  void occitanieIsTheSocleAndItsOwnClauses() {
    Referentiel r = Referentiels.byId("occitanie");
    assertThat(r.catalogue()).hasSize(9 + 9);
    assertThat(r.catalogue()).extracting(Clause::pack).containsOnly("socle", "occitanie");
  }

  @Test
  void anUnknownIdNamesTheKnownOnes() {
    assertThatThrownBy(() -> Referentiels.byId("bretagne"))
        .isInstanceOf(UnknownReferentielException.class)
        .hasMessageContaining("bretagne")
        .hasMessageContaining("normandie")
        .hasMessageContaining("occitanie");
  }

  @Test
  void theSocleIsAReferentielOfItsOwnTheNationalBaseline() {
    Referentiel socle = Referentiels.byId(Referentiels.SOCLE_ID);
    assertThat(Referentiels.ids()).containsExactly("normandie", "occitanie", "socle");
    assertThat(socle.catalogue()).hasSize(9);
    assertThat(socle.catalogue()).extracting(Clause::pack).containsOnly("socle");
    assertThat(socle.title()).startsWith("Socle national");
    assertThat(((DroolsReferentiel) socle).ruleCount()).isEqualTo(9);
  }

  @Test
  void aContractsRegionPicksItsReferentielElseTheSocle() {
    assertThat(Referentiels.forRegion("Normandie").id()).isEqualTo("normandie");
    assertThat(Referentiels.forRegion("NORMANDIE").id()).isEqualTo("normandie");
    assertThat(Referentiels.forRegion("Haute-Normandie").id()).isEqualTo("normandie");
    assertThat(Referentiels.forRegion("28").id()).isEqualTo("normandie");
    assertThat(Referentiels.forRegion("Midi-Pyrénées").id()).isEqualTo("occitanie");
    assertThat(Referentiels.forRegion("occitanie").id()).isEqualTo("occitanie");
    assertThat(Referentiels.forRegion("Bretagne").id()).isEqualTo("socle");
    assertThat(Referentiels.forRegion("Provence-Alpes-Côte d’Azur").id()).isEqualTo("socle");
    assertThat(Referentiels.forRegion("Bretagne")).isSameAs(Referentiels.byId("socle"));
    assertThat(Referentiels.idForRegion("Grand Est")).isEmpty();
    assertThat(Referentiels.idForRegion("Normandie")).contains("normandie");
  }

  @Test
  void aNameThatIsNoRegionIsAClearErrorNamingTheEighteen() {
    assertThatThrownBy(() -> Referentiels.forRegion("Atlantis"))
        .isInstanceOf(UnknownRegionException.class)
        .hasMessageContaining("Atlantis").hasMessageContaining("Bretagne").hasMessageContaining("Guadeloupe");
  }

  @Test
  void nullIsRefusedNamingTheParameter() {
    assertThatThrownBy(() -> Referentiels.byId(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
    assertThatThrownBy(() -> Referentiels.forRegion(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("region");
    assertThatThrownBy(() -> Referentiels.discover(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("loader");
  }

  @Test
  void twoProvidersClaimingOneRegionFailDiscovery(@TempDir Path dir) throws IOException {
    assumeFalse(onTheModulePath(), CLASS_PATH_ONLY);
    try (URLClassLoader loader = withProviders(dir, ClaimsNormandie.class)) {
      assertThatThrownBy(() -> Referentiels.discover(loader))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("Normandie").hasMessageContaining("\"normandie\"")
          .hasMessageContaining("\"claims-normandie\"");
    }
  }

  @Test
  void aProviderDeclaringACodeThatIsNoRegionsFailsDiscovery(@TempDir Path dir) throws IOException {
    assumeFalse(onTheModulePath(), CLASS_PATH_ONLY);
    try (URLClassLoader loader = withProviders(dir, ClaimsNowhere.class)) {
      assertThatThrownBy(() -> Referentiels.discover(loader))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(ClaimsNowhere.class.getName()).hasMessageContaining("\"99\"");
    }
  }

  private static final String CLASS_PATH_ONLY = "a META-INF/services file names providers on the class path only: "
      + "on the module path these test classes are in cls-rules' module, whose providers are its `provides`. "
      + "cls-rules' build runs this class again on the class path";

  private static boolean onTheModulePath() {
    return ReferentielLoadingTest.class.getModule().isNamed();
  }

  /** A class loader that sees the class path's providers and, through a services file, the given ones. */
  private static URLClassLoader withProviders(Path dir, Class<?>... providers) throws IOException {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    StringBuilder names = new StringBuilder();
    for (Class<?> p : providers) {
      names.append(p.getName()).append('\n');
    }
    Files.writeString(services.resolve(ReferentielProvider.class.getName()), names);
    return new URLClassLoader(new URL[] {dir.toUri().toURL()}, ReferentielLoadingTest.class.getClassLoader());
  }

  /** A third-party provider that claims Normandie, already served by cls-rules. */
  public static final class ClaimsNormandie implements ReferentielProvider {
    @Override
    public String id() {
      return "claims-normandie";
    }

    @Override
    public Set<String> regionCodes() {
      return Set.of("28");
    }

    @Override
    public Referentiel create() {
      throw new AssertionError("discovery must not build référentiels");
    }
  }

  /** A provider that declares a code no région has. */
  public static final class ClaimsNowhere implements ReferentielProvider {
    @Override
    public String id() {
      return "claims-nowhere";
    }

    @Override
    public Set<String> regionCodes() {
      return Set.of("99");
    }

    @Override
    public Referentiel create() {
      throw new AssertionError("discovery must not build référentiels");
    }
  }
}
