package io.github.clsante.cls.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Gives {@code cls --version} from the version the build wrote into the jar. */
final class Version implements CommandLine.IVersionProvider {

  /** @return the version of cls, e.g. "0.1.0-SNAPSHOT", or "unknown" when the build left no trace */
  static String value() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("cls-cli.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    String v = p.getProperty("version", "unknown");
    return v.startsWith("${") ? "unknown" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"cls " + value(), "Java " + System.getProperty("java.version")};
  }
}
