package io.github.clsante.cls.rules.oracle;

import io.github.clsante.cls.calendar.Phase;
import io.github.clsante.cls.calendar.Phases;
import io.github.clsante.cls.calendar.ReportDue;
import io.github.clsante.cls.model.ActionSheet;
import io.github.clsante.cls.model.Amendment;
import io.github.clsante.cls.model.BodyKind;
import io.github.clsante.cls.model.GovernanceBody;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.Organisation;
import io.github.clsante.cls.model.OrganisationKind;
import io.github.clsante.cls.model.Person;
import io.github.clsante.cls.model.Role;
import io.github.clsante.cls.model.RoleKind;
import io.github.clsante.cls.report.Severity;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the oracles share: the « applies » convention of CLAUSES.md (judge, to-do, silence), the definition
 * of a collectivité, and readings of the model on the check date. Written from CLAUSES.md's conventions,
 * independently of the DRL, of {@code FindingSink} and of {@code io.github.clsante.cls.spi.facts}; only the
 * calendar classes (which implement the conventions and are tested on their own) are reused.
 */
public final class SharedOracle {

  private SharedOracle() {}

  /** The applies column, as far as the socle and Occitanie clauses use it (years are handled by the rule). */
  public enum When { ALWAYS, DIAGNOSIS, SIGNATURE, SIGNATURE_TODO }

  /** What the convention makes of an unmet condition in a phase. */
  public enum Outcome { JUDGE, TODO, SILENT }

  /**
   * « Applies (column): when a rule judges. Before that, it says nothing, except where the column names a
   * to-do: then an unmet condition gives one INFO finding ».
   *
   * @param when the clause's applies column
   * @param phase the phase on the check date
   * @return the outcome of an unmet condition
   */
  public static Outcome outcome(When when, Phase phase) {
    boolean fromDiagnosis = phase != Phase.PRELIMINARY;
    boolean fromSignature = phase == Phase.IMPLEMENTATION_AND_EVALUATION || phase == Phase.ENDED;
    return switch (when) {
      case ALWAYS -> Outcome.JUDGE;
      case DIAGNOSIS -> fromDiagnosis ? Outcome.JUDGE : Outcome.SILENT;
      case SIGNATURE -> fromSignature ? Outcome.JUDGE : Outcome.SILENT;
      case SIGNATURE_TODO -> fromSignature ? Outcome.JUDGE
          : phase == Phase.DIAGNOSIS_AND_PLANNING ? Outcome.TODO : Outcome.SILENT;
    };
  }

  /** @return the phase on the check date (derived, never stored) */
  public static Phase phase(LocalHealthContract c, LocalDate asOf) {
    return Phases.at(c.milestones(), asOf);
  }

  /** Collects the expected findings of one rule. */
  public static final class Sink {
    private final String ruleId;
    private final Severity severity;
    private final Outcome outcome;
    private final List<SharedFinding> out = new ArrayList<>();

    /**
     * @param ruleId the clause id
     * @param severity the table's severity
     * @param outcome what an unmet condition gives
     */
    public Sink(String ruleId, Severity severity, Outcome outcome) {
      this.ruleId = ruleId;
      this.severity = severity;
      this.outcome = outcome;
    }

    /** @return whether the rule says anything in this phase */
    public boolean speaks() {
      return outcome != Outcome.SILENT;
    }

    /**
     * Records an unmet condition.
     *
     * @param elementId the element
     * @param path its JSON Pointer
     * @param year the year or null
     * @param args name, value pairs
     * @return this
     */
    public Sink unmet(String elementId, String path, Integer year, Object... args) {
      if (outcome == Outcome.SILENT) {
        return this;
      }
      return outcome == Outcome.TODO ? toDo(elementId, path, year, args) : judged(elementId, path, year, args);
    }

    /**
     * Records a finding judged whatever the phase (the clauses about years judge each judged year).
     *
     * @param elementId the element
     * @param path its JSON Pointer
     * @param year the year or null
     * @param args name, value pairs
     * @return this
     */
    public Sink judged(String elementId, String path, Integer year, Object... args) {
      out.add(new SharedFinding(ruleId, severity, false, elementId, path, year, pairs(args)));
      return this;
    }

    /**
     * Records a to-do (an INFO « à prévoir ») whatever the phase: the year in progress, a report not due yet,
     * the last 12 months.
     *
     * @param elementId the element
     * @param path its JSON Pointer
     * @param year the year, or null
     * @param args name, value pairs
     * @return this
     */
    public Sink toDo(String elementId, String path, Integer year, Object... args) {
      out.add(new SharedFinding(ruleId, Severity.INFO, true, elementId, path, year, pairs(args)));
      return this;
    }

    /**
     * A missing report or value of a judged year: the table's severity once due (after 30 June Y+1), a to-do
     * before.
     *
     * @param asOf the check date
     * @param elementId the element
     * @param path its JSON Pointer
     * @param year the judged year
     * @param args name, value pairs
     * @return this
     */
    public Sink missingForYear(LocalDate asOf, String elementId, String path, int year, Object... args) {
      return asOf.isAfter(ReportDue.dueDate(year)) ? judged(elementId, path, year, args)
          : toDo(elementId, path, year, args);
    }

    /**
     * @return the expected findings, in the order recorded (compared as a multiset; not sorted here, so that
     *     the benchmark of the oracles measures judging, not sorting)
     */
    public List<SharedFinding> findings() {
      return List.copyOf(out);
    }
  }

  private static Map<String, String> pairs(Object... args) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      m.put((String) args[i], String.valueOf(args[i + 1]));
    }
    return m;
  }

  /**
   * @param ruleId the clause id
   * @param severity the table's severity
   * @param when the clause's applies column
   * @param c the contract
   * @param asOf the check date
   * @return a sink whose unmet conditions follow the applies convention on the check date
   */
  public static Sink sink(String ruleId, Severity severity, When when, LocalHealthContract c, LocalDate asOf) {
    return new Sink(ruleId, severity, outcome(when, phase(c, asOf)));
  }

  // ------------------------------------------------------------------------------------------- parties

  /**
   * « A collectivité is a commune, an EPCI (CC, CA, CU, métropole) or a groupement of them (PETR, pays,
   * syndicat mixte). »
   */
  public static final Set<OrganisationKind> COLLECTIVITES = EnumSet.of(OrganisationKind.COMMUNE,
      OrganisationKind.COMMUNAUTE_DE_COMMUNES, OrganisationKind.COMMUNAUTE_D_AGGLOMERATION,
      OrganisationKind.COMMUNAUTE_URBAINE, OrganisationKind.METROPOLE, OrganisationKind.PETR,
      OrganisationKind.PAYS, OrganisationKind.SYNDICAT_MIXTE);

  /** @return the organisation's kind, if the id names one */
  public static Optional<OrganisationKind> kindOf(LocalHealthContract c, String orgId) {
    if (orgId == null) {
      return Optional.empty();
    }
    return c.organisations().stream().filter(o -> o.id().equals(orgId)).findFirst().map(Organisation::kind);
  }

  /** @return the organisation ids listed as signatories (signed or planned), in order, without repeats */
  public static Set<String> signatoryOrgs(LocalHealthContract c) {
    Set<String> s = new LinkedHashSet<>();
    c.signatories().forEach(x -> s.add(x.organisationId()));
    return s;
  }

  /** @return whether the organisation is a signatory and a collectivité */
  public static boolean signatoryCollectivite(LocalHealthContract c, String orgId) {
    return orgId != null && signatoryOrgs(c).contains(orgId)
        && kindOf(c, orgId).map(COLLECTIVITES::contains).orElse(false);
  }

  /** @return the person with that id */
  public static Optional<Person> person(LocalHealthContract c, String id) {
    return c.people().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** @return whether the role's dated period contains the date */
  public static boolean holdsOn(Role r, LocalDate d) {
    return r.period().from().map(f -> !d.isBefore(f)).orElse(true)
        && r.period().until().map(u -> !d.isAfter(u)).orElse(true);
  }

  /** @return whether the person holds a role of that kind on the date */
  public static boolean holds(Person p, RoleKind kind, LocalDate d) {
    return p.roles().stream().anyMatch(r -> r.kind() == kind && holdsOn(r, d));
  }

  /** @return the COORDINATOR roles held on the date, over all people */
  public static List<Role> coordinatorRolesOn(LocalHealthContract c, LocalDate d) {
    List<Role> out = new ArrayList<>();
    for (Person p : c.people()) {
      for (Role r : p.roles()) {
        if (r.kind() == RoleKind.COORDINATOR && holdsOn(r, d)) {
          out.add(r);
        }
      }
    }
    return out;
  }

  /** « A body declared as a merged COPIL+COTECH counts as the COPIL and as the COTECH ». */
  public static boolean isCopil(BodyKind k) {
    return k == BodyKind.COPIL || k == BodyKind.MERGED_COPIL_COTECH;
  }

  /** @see #isCopil */
  public static boolean isCotech(BodyKind k) {
    return k == BodyKind.COTECH || k == BodyKind.MERGED_COPIL_COTECH;
  }

  /** « a rule about composition looks at the composition on the check date ». */
  public static List<Person> membersOn(LocalHealthContract c, GovernanceBody b, LocalDate d) {
    List<Person> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    b.members().forEach(m -> {
      boolean in = m.period().from().map(f -> !d.isBefore(f)).orElse(true)
          && m.period().until().map(u -> !d.isAfter(u)).orElse(true);
      if (in && seen.add(m.personId())) {
        person(c, m.personId()).ifPresent(out::add);
      }
    });
    return out;
  }

  // ------------------------------------------------------------------------------------ as of the check date

  /** @return whether a date the document holds is on or before the check date: it has happened */
  public static boolean happened(LocalDate d, LocalDate asOf) {
    return !d.isAfter(asOf);
  }

  /** @return the amendment that adds a fiche (the first, in document order, that lists it), if any */
  public static Optional<Amendment> addedBy(LocalHealthContract c, String ficheId) {
    return c.amendments().stream().filter(a -> a.addedFicheIds().contains(ficheId)).findFirst();
  }

  /**
   * « An amendment dated after the check date is not judged yet, and the fiches it adds do not exist yet for any
   * rule. » An undated amendment counts as it stands.
   *
   * @return whether the fiche exists on the check date
   */
  public static boolean ficheExists(LocalHealthContract c, ActionSheet f, LocalDate asOf) {
    return addedBy(c, f.id()).flatMap(Amendment::date).map(d -> happened(d, asOf)).orElse(true);
  }

  /** @return whether the diagnosis is completed on the check date (completion dated on or before it) */
  public static boolean diagnosisCompleted(LocalHealthContract c, LocalDate asOf) {
    return c.milestones().diagnosisCompletion().map(d -> !d.isAfter(asOf)).orElse(false);
  }

  // ------------------------------------------------------------------------------------------- durations

  /**
   * « Adding months or years to a date gives the same day of the month that many months later or, when that
   * month has no such day, the 1st of the following month (2024-02-29 + 1 year = 2025-03-01; 2024-08-31 + 6
   * months = 2025-03-01); one rule for every clause. » Written here from CLAUSES.md, independently of cls-core.
   */
  public static LocalDate plusMonths(LocalDate d, int months) {
    YearMonth target = YearMonth.from(d).plusMonths(months);
    return target.isValidDay(d.getDayOfMonth()) ? target.atDay(d.getDayOfMonth()) : target.plusMonths(1).atDay(1);
  }

  /**
   * Whole months and days left over from one date to another, months added by {@link #plusMonths}: the most
   * months that can be added to {@code from} without passing {@code to}, then the days up to {@code to}
   * (negated when {@code to} comes first). What the findings about durations report.
   *
   * @param months whole months
   * @param days days left over
   */
  public record Elapsed(int months, int days) {

    /** @return the months and days from {@code from} to {@code to} */
    public static Elapsed between(LocalDate from, LocalDate to) {
      if (to.isBefore(from)) {
        Elapsed back = between(to, from);
        return new Elapsed(-back.months, -back.days);
      }
      int m = 0;
      while (!plusMonths(from, m + 1).isAfter(to)) {
        m++;
      }
      return new Elapsed(m, (int) ChronoUnit.DAYS.between(plusMonths(from, m), to));
    }
  }
}
