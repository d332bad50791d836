// The module descriptor of the launcher's copy of picocli (see cls-cli/pom.xml, execution launcher-picocli): the
// same name and exports as picocli's own jar, compiled with picocli's sources for Java 17.
module info.picocli {
  requires static java.sql;
  exports picocli;
}
