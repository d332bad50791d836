package org.example.cls.pack;

import io.github.clsante.cls.rules.Packs;
import io.github.clsante.cls.rules.DroolsReferentielProvider;
import io.github.clsante.cls.rules.spi.PackPart;
import java.util.List;

/**
 * A demonstration référentiel, "example-region": the socle plus one invented clause. It shows what a third
 * party ships for another région: DRL compiled ahead of time in its own jar, a catalogue, a message bundle and
 * this provider registered in {@code META-INF/services}. Not a real référentiel.
 */
public final class ExampleRegionProvider extends DroolsReferentielProvider {

  /** The part holding the example rules. */
  static final PackPart EXAMPLE = new PackPart("example-region", "org.example.cls.pack",
      "META-INF/kie/io.github.clsante/cls-pack-example/drools-model", "org/example/cls/pack/catalogue.properties",
      "org.example.cls.pack.ExampleMessages");

  /** Called by {@code ServiceLoader}. */
  public ExampleRegionProvider() {}

  @Override
  public String id() {
    return "example-region";
  }

  @Override
  protected String title() {
    return "Example région (demonstration pack, not a real référentiel)";
  }

  @Override
  protected String version() {
    return "0.1";
  }

  @Override
  protected List<PackPart> parts() {
    return List.of(Packs.SOCLE, EXAMPLE);
  }
}
