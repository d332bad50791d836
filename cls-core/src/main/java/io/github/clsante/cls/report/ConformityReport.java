package io.github.clsante.cls.report;

import io.github.clsante.cls.calendar.Phase;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a référentiel says about a contract at a date (French: <i>rapport de conformité</i>): the derived
 * phase and every finding, in a deterministic order (severity, rule id, element path with array indexes
 * compared as numbers, year, arguments). The contract conforms when no finding is an {@code ERROR}.
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ConformityReport {

  /** The deterministic order of findings. */
  public static final Comparator<Finding> ORDER = ConformityReport::compare;

  private final String referentielId;
  private final @Nullable String referentielVersion;
  private final String contractId;
  private final LocalDate asOf;
  private final Phase phase;
  private final List<Finding> findings;

  /**
   * @param referentielId the référentiel checked against
   * @param contractId the contract checked
   * @param asOf the check date
   * @param phase the contract's phase on that date
   * @param findings the findings, in any order: they are sorted here
   */
  public ConformityReport(String referentielId, String contractId, LocalDate asOf, Phase phase,
      List<Finding> findings) {
    this(referentielId, Optional.empty(), contractId, asOf, phase, findings);
  }

  /**
   * @param referentielId the référentiel checked against
   * @param referentielVersion its version, for the report's provenance
   * @param contractId the contract checked
   * @param asOf the check date
   * @param phase the contract's phase on that date
   * @param findings the findings, in any order: they are sorted here
   */
  public ConformityReport(String referentielId, Optional<String> referentielVersion, String contractId,
      LocalDate asOf, Phase phase, List<Finding> findings) {
    this.referentielId = Objects.requireNonNull(referentielId, "referentielId");
    this.referentielVersion = Objects.requireNonNull(referentielVersion, "referentielVersion").orElse(null);
    this.contractId = Objects.requireNonNull(contractId, "contractId");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.phase = Objects.requireNonNull(phase, "phase");
    this.findings = findings.stream().sorted(ORDER).toList();
  }

  /** @return the version of the référentiel checked against, when the référentiel gave it */
  public Optional<String> referentielVersion() {
    return Optional.ofNullable(referentielVersion);
  }

  /** @return the id of the référentiel checked against */
  public String referentielId() {
    return referentielId;
  }

  /** @return the id of the contract checked */
  public String contractId() {
    return contractId;
  }

  /** @return the check date */
  public LocalDate asOf() {
    return asOf;
  }

  /** @return the phase derived at the check date */
  public Phase phase() {
    return phase;
  }

  /** @return every finding, immutable, in the deterministic order */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * @param ruleId a rule id
   * @return the findings of that rule, in order
   * @throws NullPointerException when {@code ruleId} is null
   */
  public List<Finding> findings(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  /** @return true when no finding is an {@code ERROR} */
  public boolean isConforming() {
    return count(Severity.ERROR) == 0;
  }

  /**
   * @param severity a severity
   * @return how many findings have it
   * @throws NullPointerException when {@code severity} is null
   */
  public long count(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** @return the number of findings of each severity, every severity present (0 when none) */
  public Map<Severity, Long> counts() {
    Map<Severity, Long> m = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      m.put(s, count(s));
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * @param ruleId a rule id
   * @return the first finding of that rule, if any
   * @throws NullPointerException when {@code ruleId} is null
   */
  public Optional<Finding> first(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).findFirst();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConformityReport r && referentielId.equals(r.referentielId)
        && contractId.equals(r.contractId) && asOf.equals(r.asOf) && phase == r.phase
        && findings.equals(r.findings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(referentielId, contractId, asOf, phase, findings);
  }

  @Override
  public String toString() {
    return "ConformityReport[" + referentielId + " " + io.github.clsante.cls.internal.Printable.escape(contractId)
        + " at " + asOf + ", " + phase + ", " + counts() + "]";
  }

  /** {@link #ORDER}, written out: every check sorts its findings, and the chain of comparators cost more. */
  private static int compare(Finding a, Finding b) {
    int c = a.severity().compareTo(b.severity());
    if (c == 0) {
      c = a.ruleId().compareTo(b.ruleId());
    }
    if (c == 0) {
      c = comparePaths(a.path(), b.path());
    }
    if (c == 0) {
      c = Integer.compare(a.year().orElse(Integer.MIN_VALUE), b.year().orElse(Integer.MIN_VALUE));
    }
    if (c == 0) {
      c = a.arguments().toString().compareTo(b.arguments().toString());
    }
    return c;
  }

  static int comparePaths(String a, String b) {
    return io.github.clsante.cls.model.JsonPointers.compare(a, b);
  }
}
