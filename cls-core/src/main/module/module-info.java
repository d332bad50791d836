/**
 * cls-core: the immutable model of a Contrat local de santé, the calendar and phase derivations, the yearly
 * follow-up, findings and reports, the régions, and the référentiel API and SPI. No Drools, no Jackson.
 *
 * <p>Exports the public API and the SPI; {@code io.github.clsante.cls.internal} is exported only to the sibling
 * modules that use it. The facts référentiel packs reason on ({@code spi.facts}) are public and exported, which
 * is all Drools needs: it reads them through their public accessors. Référentiel packs are found with
 * {@link java.util.ServiceLoader} ({@code uses io.github.clsante.cls.spi.ReferentielProvider}), on the module
 * path through their {@code provides}, on the class path through {@code META-INF/services}.
 *
 * @since 0.1.0
 */
// "module": the sibling modules of the qualified export are compiled after this one;
// "requires-automatic": org.immutables.value, an automatic module, is needed at compile time only
@SuppressWarnings({"module", "requires-automatic"})
module io.github.clsante.cls.core {
  // LocalHealthContract.validate returns a Vavr Validation: a module reading cls-core reads Vavr
  requires transitive io.vavr;
  // Immutables' annotations are read by its processor when cls-core is compiled; nothing of them at run time
  requires static org.immutables.value;
  // the nullness annotations: read by the tools of whoever compiles against cls, never at run time
  requires static transitive org.jspecify;

  exports io.github.clsante.cls.agenda;
  exports io.github.clsante.cls.calendar;
  exports io.github.clsante.cls.followup;
  exports io.github.clsante.cls.model;
  exports io.github.clsante.cls.portfolio;
  exports io.github.clsante.cls.referentiel;
  exports io.github.clsante.cls.region;
  exports io.github.clsante.cls.report;
  exports io.github.clsante.cls.spi;
  exports io.github.clsante.cls.spi.facts;

  // Printable, the one escaping of what a document holds, shared by the modules that print it
  exports io.github.clsante.cls.internal to
      io.github.clsante.cls.json,
      io.github.clsante.cls.render,
      io.github.clsante.cls.cli;

  uses io.github.clsante.cls.spi.ReferentielProvider;
}
