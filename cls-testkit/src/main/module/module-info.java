/**
 * cls-testkit: jqwik generators of whole Contrats locaux de santé, conforming and broken in named ways, and
 * {@code LanguageCheck}, for property tests of cls and of the applications that embed it.
 *
 * @since 0.1.0
 */
module io.github.clsante.cls.testkit {
  requires transitive io.github.clsante.cls.core;
  // the generators are jqwik Arbitraries
  requires transitive net.jqwik.api;
  requires static transitive org.jspecify;

  exports io.github.clsante.cls.testkit;
}
