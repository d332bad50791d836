package io.github.clsante.cls.json;

import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.referentiel.Clause;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.report.ConformityReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What tests compare provenance with: the project's version read from the root POM, and a stub référentiel. */
final class Provenance {

  private Provenance() {}

  /** @return the version of cls-parent in ../pom.xml, as the ./cls launcher reads it */
  static String pomVersion() {
    try {
      String pom = Files.readString(Path.of("..", "pom.xml"), StandardCharsets.UTF_8);
      Matcher m = Pattern.compile("<artifactId>cls-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
      if (!m.find()) {
        throw new IllegalStateException("no cls-parent version in ../pom.xml");
      }
      return m.group(1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A référentiel that only has an id, a title and a version. */
  record Stub(String id, String title, String version) implements Referentiel {
    @Override
    public List<Clause> catalogue() {
      return List.of();
    }

    @Override
    public ConformityReport check(LocalHealthContract contract, LocalDate asOf) {
      throw new UnsupportedOperationException("a stub");
    }
  }
}
