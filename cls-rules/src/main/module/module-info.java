/**
 * cls-rules: the référentiel packs {@code socle}, {@code normandie} and {@code occitanie} as Drools rules compiled
 * ahead of time (the executable model), their catalogue and message bundles, and the SPI for packs written as
 * Drools rules.
 *
 * <p>Exports {@code io.github.clsante.cls.rules} ({@code Packs}) and the SPI {@code io.github.clsante.cls.rules.spi};
 * provides the three packs as {@code ReferentielProvider}s. {@code io.github.clsante.cls.rules} is also open: it
 * holds the catalogue and the message bundles, which a third-party pack built on {@code Packs.SOCLE} reads through
 * its own class loader, and a class loader finds a named module's resources only in an open package. Nothing is
 * opened to Drools: it reads the facts through their public accessors, and the classes it generated for the rules
 * (packages {@code io.github.clsante.cls.rules.socle}, {@code .normandie}, {@code .occitanie}) are instantiated by
 * this module and called directly.
 *
 * @since 0.1.0
 */
// Drools 10 ships automatic modules only (each jar names itself with Automatic-Module-Name)
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.clsante.cls.rules {
  requires transitive io.github.clsante.cls.core;
  // FindingSink, the global every rule reports through, takes Drools' RuleContext and Rule
  requires transitive org.kie.api;
  // what this module's classes, the generated rule classes included, call
  requires org.drools.canonicalmodel;
  requires org.drools.modelcompiler;
  requires org.drools.util;
  // the fact types the rules read (the Rete's object type nodes), so that a check inserts only those
  requires org.drools.base;
  requires org.drools.core;
  // Drools logs through SLF4J, which its automatic modules cannot require: without this, an application on the
  // module path that does not itself require org.slf4j fails loading the packs (NoClassDefFoundError)
  requires org.slf4j;
  requires static transitive org.jspecify;

  exports io.github.clsante.cls.rules;
  exports io.github.clsante.cls.rules.spi;
  // the catalogue and the message bundles, read through class loaders (a third-party pack's reads the socle's)
  opens io.github.clsante.cls.rules;

  provides io.github.clsante.cls.spi.ReferentielProvider with
      io.github.clsante.cls.rules.NormandieProvider,
      io.github.clsante.cls.rules.OccitanieProvider,
      io.github.clsante.cls.rules.SocleProvider;
}
