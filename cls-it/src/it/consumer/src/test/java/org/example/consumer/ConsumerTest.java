package org.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.clsante.cls.referentiel.Referentiel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConsumerTest {

  @Test
  void theConsumerChecksHoldOnThisPath() {
    boolean expectModulePath = Boolean.parseBoolean(System.getProperty("expect.modulePath"));
    assertEquals(expectModulePath, Referentiel.class.getModule().isNamed(),
        "cls-core is on the " + (expectModulePath ? "module" : "class") + " path");
    String summary = Consumer.run(Path.of(System.getProperty("examples.dir"), "cls-mont-saint-michel-normandie.json"));
    assertTrue(summary.contains("Normandie findings"), summary);
  }
}
