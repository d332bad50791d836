package io.github.clsante.cls.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.cls.rules.Packs;
import io.github.clsante.cls.rules.spi.PackPart;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #13: severity and applies come from the catalogue, and loading still refuses a pack whose rules and
 * catalogue disagree: a rule whose clause is not catalogued, a catalogued clause without a rule, a rule that
 * restates a severity the catalogue does not give. The shipped Normandie rules are loaded against edited copies
 * of the shipped catalogue.
 */
class LoadingRefusesDisagreementTest {

  @TempDir
  Path dir;

  private DroolsReferentiel load(UnaryOperator<String> edit) throws IOException {
    String original;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(Packs.NORMANDIE.catalogue())) {
      original = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
    Files.writeString(dir.resolve("edited-catalogue.properties"), edit.apply(original), StandardCharsets.ISO_8859_1);
    ClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
    List<PackPart> parts = List.of(Packs.SOCLE, Packs.NORMANDIE).stream().map(p -> new PackPart(p.packId(),
        p.drlPackage(), p.modelListing(), "edited-catalogue.properties", p.messagesBundle())).toList();
    return DroolsReferentiel.load("normandie", "Normandie", "test", parts, loader);
  }

  @Test
  void theUneditedCatalogueLoads() throws IOException {
    assertThat(load(s -> s).ruleCount()).isGreaterThan(35);
  }

  @Test
  void aRuleWhoseClauseIsNotCataloguedIsRefused() {
    assertThatThrownBy(() -> load(s -> s.replace("clauses=SOC-SIGNATORIES,", "clauses=")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("rule \"SOC-SIGNATORIES\" names no catalogued clause");
  }

  @Test
  void aCataloguedClauseWithoutARuleIsRefused() {
    assertThatThrownBy(() -> load(s -> s.replace("clauses=SOC-SIGNATORIES,", "clauses=SOC-NOTHING,SOC-SIGNATORIES,")
        + "\nSOC-NOTHING.pack=socle\nSOC-NOTHING.severity=ERROR\nSOC-NOTHING.applies=always\n"
        + "SOC-NOTHING.check=nothing\nSOC-NOTHING.source.1=FA\nSOC-NOTHING.quote.1=rien\n"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("clause SOC-NOTHING has no rule");
  }

  @Test
  void aRuleRestatingASeverityTheCatalogueDoesNotGiveIsRefused() {
    // without its severity condition, NOR-ANNUAL-FINANCIAL is an ERROR: its WARNING rule disagrees
    assertThatThrownBy(() -> load(s -> s.replaceAll("(?m)^NOR-ANNUAL-FINANCIAL\\.severityCondition.*$", "")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("rule \"NOR-ANNUAL-FINANCIAL\": @severity WARNING, catalogue says ERROR");
  }
}
