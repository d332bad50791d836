/** An application embedding cls on the module path: it requires the published modules by their names. */
module org.example.consumer {
  requires io.github.clsante.cls.core;
  requires io.github.clsante.cls.rules;
  requires io.github.clsante.cls.json;
  requires io.github.clsante.cls.render;

  exports org.example.consumer;
}
