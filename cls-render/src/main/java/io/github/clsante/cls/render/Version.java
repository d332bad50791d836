package io.github.clsante.cls.render;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of cls the build wrote into the jar, for the page's footer. */
final class Version {

  private static final String VALUE = read();

  private Version() {}

  /** @return the version of cls, e.g. "0.1.0-SNAPSHOT", or "unknown" when the build left no trace */
  static String value() {
    return VALUE;
  }

  private static String read() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("cls-render.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    String v = p.getProperty("version", "unknown");
    return v.startsWith("${") ? "unknown" : v;
  }
}
