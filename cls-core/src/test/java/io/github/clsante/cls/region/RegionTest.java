package io.github.clsante.cls.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The register of the eighteen ARS régions, and how a contract's région name is matched. */
class RegionTest {

  @Test
  void eighteenRegionsThirteenInMetropolitanFranceFiveOverseas() {
    assertThat(Region.values()).hasSize(18);
    assertThat(Arrays.stream(Region.values()).filter(Region::isOverseas)).hasSize(5);
    assertThat(Arrays.stream(Region.values()).map(Region::code)).doesNotHaveDuplicates()
        .containsExactlyInAnyOrder("01", "02", "03", "04", "06", "11", "24", "27", "28", "32", "44", "52", "53",
            "75", "76", "84", "93", "94");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Normandie|28", "NORMANDIE|28", "normandie|28", "Région Normandie|28", "Basse-Normandie|28",
      "Île-de-France|11", "ile de france|11", "ILE-DE-FRANCE|11", "IDF|11",
      "Provence-Alpes-Côte d’Azur|93", "Provence-Alpes-Côte d'Azur|93", "provence alpes cote d azur|93",
      "PACA|93", "Région Sud|93",
      "ARA|84", "AURA|84", "Auvergne-Rhône-Alpes|84", "Rhône-Alpes|84", "Auvergne|84",
      "BFC|27", "Franche-Comté|27", "Centre|24", "Centre-Val de Loire|24",
      "Réunion|04", "La Réunion|04", "la reunion|04",
      "Languedoc-Roussillon|76", "Midi-Pyrénées|76", "Occitanie|76",
      "Alsace|44", "Lorraine|44", "Champagne-Ardenne|44", "Grand Est|44",
      "Picardie|32", "Nord-Pas-de-Calais|32", "Aquitaine|75", "Limousin|75", "Poitou-Charentes|75",
      "Guyane|03", "Mayotte|06", "Corse|94", "Bretagne|53", "Pays de la Loire|52"})
  void namesAndAliasesAreMatchedWithoutRegardToCaseAccentsHyphensSpacesAndApostrophes(String name, String code) {
    assertThat(Region.find(name)).map(Region::code).contains(code);
    assertThat(Region.of(name).code()).isEqualTo(code);
  }

  @Test
  void aNameThatIsNoRegionsIsNotFoundAndOfNamesTheEighteen() {
    assertThat(Region.find("Atlantis")).isEmpty();
    assertThat(Region.find("")).isEmpty();
    assertThat(Region.find("Région")).isEmpty();
    assertThatThrownBy(() -> Region.of("Atlantis"))
        .isInstanceOf(UnknownRegionException.class)
        .hasMessageContaining("Atlantis")
        .hasMessageContaining("Normandie").hasMessageContaining("Mayotte").hasMessageContaining("Corse")
        .satisfies(e -> assertThat(((UnknownRegionException) e).name()).isEqualTo("Atlantis"));
  }

  @Test
  void codesFindTheirRegion() {
    assertThat(Region.byCode("28")).contains(Region.NORMANDIE);
    assertThat(Region.byCode("76")).contains(Region.OCCITANIE);
    assertThat(Region.byCode("05")).isEmpty();
  }

  @Test
  void todayIsReadInTheRegionsTimeZone() {
    assertThat(Region.NORMANDIE.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(Region.NORMANDIE.zoneId()).isEqualTo("Europe/Paris");
    for (Region r : Region.values()) {
      assertThat(r.zone().getId()).as(r.name()).isEqualTo(r.zoneId());
    }
    assertThat(Region.CORSE.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(Region.LA_REUNION.zone()).isEqualTo(ZoneId.of("Indian/Reunion"));
    assertThat(Region.GUYANE.zone()).isEqualTo(ZoneId.of("America/Cayenne"));
    assertThat(Region.MARTINIQUE.zone()).isEqualTo(ZoneId.of("America/Martinique"));
  }

  @Test
  void nullIsRefusedNamingTheParameter() {
    assertThatThrownBy(() -> Region.find(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
    assertThatThrownBy(() -> Region.byCode(null)).isInstanceOf(NullPointerException.class).hasMessage("code");
  }

  @Provide
  Arbitrary<String> names() {
    // ASCII, the French letters key() folds itself, combining accents, and letters it leaves to the decomposition
    return Arbitraries.strings().withChars("aZ09 -'’éÉèÈêëîÎïôÔöùûüÿçÇàâÀÂœŒæÆñÑ\u0301\u0300\u0327ßøłǅﬁΩ股ʼ")
        .ofMaxLength(12);
  }

  @Property(tries = 2000)
  @Label("a name's key is the same whether its French letters are folded directly or through the decomposition")
  void keyAsByDecomposition(@ForAll("names") String name) {
    assertThat(Region.key(name)).as(name).isEqualTo(Region.decomposedKey(name));
  }

  @Test
  void keysOfAccentedNames() {
    assertThat(Region.key("Provence-Alpes-Côte d’Azur")).isEqualTo("provencealpescotedazur");
    assertThat(Region.key("Œuvre Æ")).isEqualTo("oeuvreae");
    assertThat(Region.key("Ile\u0301")).isEqualTo("ile"); // a combining accent: by the decomposition
  }
}
