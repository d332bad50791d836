package io.github.clsante.cls.cli;

import io.github.clsante.cls.json.ClsJson;
import picocli.CommandLine.Command;

/** {@code cls schema}: prints the JSON Schema of the contract document. */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Prints the JSON Schema (2020-12) of the contract document.")
final class SchemaCommand extends BaseCommand {

  @Override
  public Integer call() {
    String schema = ClsJson.schema();
    out().print(schema);
    if (!schema.endsWith("\n")) {
      out().println();
    }
    out().flush();
    return Main.OK;
  }
}
