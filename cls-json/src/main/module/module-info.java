/**
 * cls-json: the JSON document format of cls ({@code cls/1}, and the report, agenda and portfolio formats): a
 * reader with precise problems, a writer, the JSON Schemas and a Jackson module.
 *
 * <p>Exports {@code io.github.clsante.cls.json}; provides {@code ClsJacksonModule} to Jackson's
 * {@code ObjectMapper.findAndRegisterModules()}. The schemas are read through {@code ClsJson}'s methods (a class
 * loader does not see the resources of a named module's package).
 *
 * @since 0.1.0
 */
module io.github.clsante.cls.json {
  requires transitive io.github.clsante.cls.core;
  // ClsJacksonModule is a Jackson Module, DocumentMappingException a JsonMappingException
  requires transitive com.fasterxml.jackson.databind;
  requires transitive com.fasterxml.jackson.core;
  requires static transitive org.jspecify;

  exports io.github.clsante.cls.json;

  provides com.fasterxml.jackson.databind.Module with io.github.clsante.cls.json.ClsJacksonModule;
}
