/**
 * cls-render: the conformity report of a Contrat local de santé, and a portfolio's, as one self-contained HTML
 * page in French or English; the yearly grid. Needs only cls-core; its labels are files of its own package, read
 * through its own classes, so they load on the module path as on the class path.
 *
 * @since 0.1.0
 */
module io.github.clsante.cls.render {
  requires transitive io.github.clsante.cls.core;
  requires static transitive org.jspecify;

  exports io.github.clsante.cls.render;
}
