package org.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.clsante.cls.referentiel.Referentiel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsumerTest {

  @Test
  void theConsumerChecksHoldOnThisPath(@TempDir Path dir) throws Exception {
    boolean expectModulePath = Boolean.parseBoolean(System.getProperty("expect.modulePath"));
    assertEquals(expectModulePath, Referentiel.class.getModule().isNamed(),
        "cls-core is on the " + (expectModulePath ? "module" : "class") + " path");
    List<String> modules = Consumer.modules();
    if (expectModulePath) {
      // the real modules, with their module-info, not automatic modules
      assertEquals(List.of("cls-core: module io.github.clsante.cls.core", "cls-rules: module io.github.clsante.cls.rules",
          "cls-json: module io.github.clsante.cls.json", "cls-render: module io.github.clsante.cls.render"), modules);
    } else {
      assertTrue(modules.stream().allMatch(l -> l.endsWith(": class path")), modules.toString());
    }
    Path example = Path.of(System.getProperty("examples.dir"), "cls-mont-saint-michel-normandie.json");
    String summary = Consumer.run(example);
    assertTrue(summary.contains("Normandie findings"), summary);
    Path html = dir.resolve("report.html");
    List<String> report = Consumer.report(example, html);
    assertTrue(report.contains("NOR-ACTION-INDICATORS fr: La fiche action fa-12 n'a pas d'indicateur."), report.toString());
    assertTrue(report.contains("NOR-ACTION-INDICATORS en: Fiche action fa-12 has no indicator."), report.toString());
    assertTrue(Files.readString(html).contains("La fiche action fa-12 n&#39;a pas d&#39;indicateur."));
  }
}
