package io.github.clsante.cls.bench;

import io.github.clsante.cls.json.ClsJson;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Severity;
import io.github.clsante.cls.rules.internal.DroolsReferentiel;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One cold start, run in a fresh JVM by {@link Driver}: read the document, load the Normandie pack, check, print
 * one {@code REPORT} line. {@code precompiled} loads the executable model through {@code Referentiels} (the
 * class path is the shaded jar); {@code naive} compiles the DRL with {@code KieHelper} (the class path is
 * target/classes + target/naive-lib).
 */
public final class ColdStart {

  private ColdStart() {}

  /**
   * @param args {@code precompiled|naive FILE DATE}
   */
  public static void main(String[] args) {
    String mode = args[0];
    LocalHealthContract c = ClsJson.reader().read(Path.of(args[1]));
    LocalDate asOf = LocalDate.parse(args[2]);
    ConformityReport r;
    int rules;
    if (mode.equals("precompiled")) {
      DroolsReferentiel normandie = (DroolsReferentiel) Referentiels.byId("normandie");
      r = normandie.check(c, asOf);
      rules = normandie.ruleCount();
    } else if (mode.equals("naive")) {
      NaiveReferentiel normandie = NaiveReferentiel.normandie();
      r = normandie.check(c, asOf);
      rules = normandie.ruleCount();
    } else {
      throw new IllegalArgumentException("mode " + mode);
    }
    long errors = r.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
    System.out.println("REPORT findings=" + r.findings().size() + " errors=" + errors + " rules=" + rules
        + " phase=" + r.phase() + " signature=" + signature(r));
    System.out.flush();
  }

  /** @return a digest of the findings, to check that both sides found the same */
  static String signature(ConformityReport r) {
    StringBuilder sb = new StringBuilder();
    r.findings().forEach(f -> sb.append(f.ruleId()).append('|').append(f.severity()).append('|')
        .append(f.elementId()).append('|').append(f.year()).append(';'));
    return Integer.toHexString(sb.toString().hashCode());
  }
}
