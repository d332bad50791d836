package io.github.clsante.cls.rules;

import static io.github.clsante.cls.rules.oracle.SharedOracle.COLLECTIVITES;
import static io.github.clsante.cls.rules.oracle.SharedOracle.sink;

import io.github.clsante.cls.model.ActionSheet;
import io.github.clsante.cls.model.GovernanceBody;
import io.github.clsante.cls.model.HealthTheme;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.Milestones;
import io.github.clsante.cls.model.OrganisationKind;
import io.github.clsante.cls.model.Person;
import io.github.clsante.cls.model.Role;
import io.github.clsante.cls.model.RoleKind;
import io.github.clsante.cls.model.Signatory;
import io.github.clsante.cls.report.Severity;
import io.github.clsante.cls.rules.oracle.ClauseOracle;
import io.github.clsante.cls.rules.oracle.SharedFinding;
import io.github.clsante.cls.rules.oracle.SharedOracle;
import io.github.clsante.cls.rules.oracle.SharedOracle.Sink;
import io.github.clsante.cls.rules.oracle.SharedOracle.When;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The oracle functions of the socle's 9 clauses (CLAUSES.md « Socle »), beside their properties in
 * {@link SocleProperties}: each is named by its clause id and returns, for a contract and a check date, the exact
 * findings the SOC-* rule must give, stated on the contract model and CLAUSES.md — independent of the DRL and of
 * the derived facts. Element ids, paths and argument names follow the project's conventions (a contract-level
 * finding names the contract and the JSON Pointer of the member concerned). Stateless, thread-safe.
 */
public final class SocleClauses {

  private SocleClauses() {}

  /** The law's date: « loi n° 2022-217 … in force from 2022-02-23 ». */
  public static final LocalDate MENTAL_HEALTH_LAW = LocalDate.of(2022, 2, 23);

  /** The four themes of « Promotion de la santé - Prévention - Politiques de soins - Accompagnement médico-social ». */
  public static final List<HealthTheme> THEMES = List.of(HealthTheme.HEALTH_PROMOTION, HealthTheme.PREVENTION,
      HealthTheme.CARE_POLICY, HealthTheme.MEDICO_SOCIAL_SUPPORT);

  // « Au minimum 2 => la collectivité locale et l'ARS »: at least 2 signatories, among them the ARS and at
  // least one collectivité; signature (to-do); ERROR. The signatories are those listed, signed or planned.
  @ClauseOracle(asserts = {"signatories", "ars", "collectivites", "minimum"})
  public static List<SharedFinding> SOC_SIGNATORIES(LocalHealthContract c, LocalDate asOf) {
    Sink s = sink("SOC-SIGNATORIES", Severity.ERROR, When.SIGNATURE_TODO, c, asOf);
    int n = c.signatories().size();
    int ars = 0;
    int coll = 0;
    for (Signatory sig : c.signatories()) {
      Optional<OrganisationKind> k = SharedOracle.kindOf(c, sig.organisationId());
      ars += k.filter(x -> x == OrganisationKind.ARS).isPresent() ? 1 : 0;
      coll += k.filter(COLLECTIVITES::contains).isPresent() ? 1 : 0;
    }
    if (n < 2 || ars < 1 || coll < 1) {
      s.unmet(c.id(), "/signatories", null, "signatories", n, "ars", ars, "collectivites", coll, "minimum", 2);
    }
    return s.findings();
  }

  // « (entre 3 et 5 ans) » ; « signé pour 3 ou 5 ans »: with both dates present, a duration of at least 3 and
  // at most 5 years; always; ERROR. « A contract's duration runs from signature to end date inclusive … it lasts
  // at least 3 years when signature + 3 years is at most the day after its end, and at most 5 years when the
  // day after its end is at most signature + 5 years » (years added by the one rule of CLAUSES.md). The
  // finding reports the whole months and days from the signature to the day after the end.
  @ClauseOracle(asserts = {"months", "days", "minimumYears", "maximumYears"})
  public static List<SharedFinding> SOC_DURATION(LocalHealthContract c, LocalDate asOf) {
    Sink s = sink("SOC-DURATION", Severity.ERROR, When.ALWAYS, c, asOf);
    Milestones m = c.milestones();
    if (m.signature().isPresent() && m.end().isPresent()) {
      LocalDate sig = m.signature().get();
      LocalDate dayAfterEnd = m.end().get().plusDays(1);
      boolean atLeast3 = !SharedOracle.plusMonths(sig, 3 * 12).isAfter(dayAfterEnd);
      boolean atMost5 = !dayAfterEnd.isAfter(SharedOracle.plusMonths(sig, 5 * 12));
      if (!atLeast3 || !atMost5) {
        SharedOracle.Elapsed d = SharedOracle.Elapsed.between(sig, dayAfterEnd);
        s.unmet(c.id(), "/milestones/end", null, "months", d.months(), "days", d.days(), "minimumYears", 3,
            "maximumYears", 5);
      }
    }
    return s.findings();
  }

  // « se structure d'abord par la réalisation d'un diagnostic local de santé »: a diagnosis exists and was
  // completed on or before the signature date; signature (to-do); ERROR. « A rule asking whether something has
  // been done counts only what is dated on or before the check date — a diagnosis whose completion is dated
  // after the check date is not completed yet (SOC-DIAGNOSIS-FIRST stays a to-do) »: completed on the check
  // date, and on or before the signature when one is dated (planned or not).
  @ClauseOracle
  public static List<SharedFinding> SOC_DIAGNOSIS_FIRST(LocalHealthContract c, LocalDate asOf) {
    Sink s = sink("SOC-DIAGNOSIS-FIRST", Severity.ERROR, When.SIGNATURE_TODO, c, asOf);
    Milestones m = c.milestones();
    boolean met = m.diagnosisCompletion().map(d -> SharedOracle.happened(d, asOf)
        && m.signature().map(sig -> !d.isAfter(sig)).orElse(true)).orElse(false);
    if (!met) {
      s.unmet(c.id(), "/milestones/diagnosisCompletion", null);
    }
    return s.findings();
  }

  // « Le CLS est un projet à conduire en 3 phases »: the milestone dates present are in order, engagement ≤
  // letter of intent ≤ diagnosis start ≤ diagnosis completion ≤ signature < end; always; ERROR. As every
  // milestone precedes the signature, which precedes the end, the end is after every milestone present. The
  // order holds iff each present milestone is in order with the previous present one; a finding names the
  // later milestone of each pair out of order.
  @ClauseOracle(asserts = {"earlier", "later", "earlierDate", "laterDate"})
  public static List<SharedFinding> SOC_MILESTONE_ORDER(LocalHealthContract c, LocalDate asOf) {
    Sink s = sink("SOC-MILESTONE-ORDER", Severity.ERROR, When.ALWAYS, c, asOf);
    Milestones m = c.milestones();
    // the plan in the référentiel's order; only the dated milestones take part
    Map<String, Optional<LocalDate>> plan = new LinkedHashMap<>();
    plan.put("engagement", m.engagement());
    plan.put("letterOfIntent", m.letterOfIntent());
    plan.put("diagnosisStart", m.diagnosisStart());
    plan.put("diagnosisCompletion", m.diagnosisCompletion());
    plan.put("signature", m.signature());
    plan.put("end", m.end());
    List<Map.Entry<String, LocalDate>> dated = plan.entrySet().stream().filter(e -> e.getValue().isPresent())
        .map(e -> Map.entry(e.getKey(), e.getValue().get())).toList();
    for (int k = 1; k < dated.size(); k++) {
      Map.Entry<String, LocalDate> before = dated.get(k - 1);
      Map.Entry<String, LocalDate> after = dated.get(k);
      // « ≤ » between the milestones, « < » before the end
      int order = after.getValue().compareTo(before.getValue());
      if (after.getKey().equals("end") ? order <= 0 : order < 0) {
        s.unmet(c.id(), "/milestones/" + after.getKey(), null, "earlier", before.getKey(), "later",
            after.getKey(), "earlierDate", before.getValue(), "laterDate", after.getValue());
      }
    }
    return s.findings();
  }

  // « l'axe auquel il se rattache, ses enjeux, le public cible, son calendrier de réalisation, les résultats
  // attendus, les partenaires et les moyens »: each fiche states its operational objective, axis, stakes,
  // target public, timeline, expected results, partners and means (a budget states means); one finding per
  // fiche and missing field; always; INFO.
  @ClauseOracle(asserts = {"field"})
  public static List<SharedFinding> SOC_ACTION_FIELDS(LocalHealthContract c, LocalDate asOf) {
    Sink s = sink("SOC-ACTION-FIELDS", Severity.INFO, When.ALWAYS, c, asOf);
    List<ActionSheet> fiches = c.actionPlan().fiches();
    for (int i = 0; i < fiches.size(); i++) {
      ActionSheet f = fiches.get(i);
      if (!SharedOracle.ficheExists(c, f, asOf)) {
        continue; // added by an amendment dated after the check date: does not exist yet
      }
      Map<String, Boolean> fields = new LinkedHashMap<>();
      fields.put("operationalObjective", f.operationalObjective().isPresent());
      fields.put("axisId", f.axisId().isPresent());
      fields.put("stakes", f.stakes().isPresent());
      fields.put("targetPublic", f.targetPublic().isPresent());
      fields.put("timeline", f.timeline().isPresent());
      fields.put("expectedResults", f.expectedResults().isPresent());
      fields.put("partnerIds", !f.partnerIds().isEmpty());
      fields.put("means", f.means().isPresent() || f.budget().isPresent());
      String base = "/actionPlan/fiches/" + i;
      fields.forEach((field, present) -> {
        if (!present) {
          s.unmet(f.id(), base + "/" + field, null, "field", field);
        }
      });
    }
    return s.findings();
  }

  // « Ce diagnostic souligne les besoins du territoire sur les thématiques suivantes … »: a completed
  // diagnosis covers the four themes; one finding per missing theme; always; INFO.
  @ClauseOracle(asserts = {"theme"})
  public static List<SharedFinding> SOC_DIAGNOSIS_THEMES(LocalHealthContract c, LocalDate asOf) {
    Sink s = sink("SOC-DIAGNOSIS-THEMES", Severity.INFO, When.ALWAYS, c, asOf);
    if (SharedOracle.diagnosisCompleted(c, asOf)) {
      for (HealthTheme t : THEMES) {
        if (!c.diagnosis().themes().contains(t)) {
          s.unmet(c.id(), "/diagnosis/themes", null, "theme", t.name());
        }
      }
    }
    return s.findings();
  }

  // « Les contrats locaux de santé comportent un volet consacré à la santé mentale, qui tient compte du projet
  // territorial de santé mentale »: when signed on or after 2022-02-23 (or not yet signed), at least one axis
  // or fiche is marked as the mental-health component and references the PTSM; signature (to-do); ERROR.
  // Reading: the signature date the document holds decides (a planned one before signature, as for the
  // parties); without a signature date the contract is « not yet signed ».
  @ClauseOracle(asserts = {"inForceFrom"})
  public static List<SharedFinding> SOC_MENTAL_HEALTH(LocalHealthContract c, LocalDate asOf) {
    Sink s = sink("SOC-MENTAL-HEALTH", Severity.ERROR, When.SIGNATURE_TODO, c, asOf);
    Optional<LocalDate> sig = c.milestones().signature();
    boolean required = sig.isEmpty() || !sig.get().isBefore(MENTAL_HEALTH_LAW);
    boolean component = c.actionPlan().axes().stream()
        .anyMatch(a -> a.mentalHealthComponent() && a.ptsmReference().isPresent())
        || c.actionPlan().fiches().stream().filter(f -> SharedOracle.ficheExists(c, f, asOf))
        .anyMatch(f -> f.mentalHealthComponent() && f.ptsmReference().isPresent());
    if (required && !component) {
      s.unmet(c.id(), "/actionPlan", null, "inForceFrom", MENTAL_HEALTH_LAW);
    }
    return s.findings();
  }

  // « Le COPIL : il réunit à minima le représentant de la mairie (ou de l'EPCI), de l'ARS et le délégué du
  // préfet »: each COPIL (a merged body counts) has, on the check date, a member from a signatory
  // collectivité, a member from the ARS and a representative of the préfet (a member of the préfecture or a
  // délégué du préfet); signature; INFO. No COPIL, nothing to say.
  @ClauseOracle(asserts = {"collectivite", "ars", "prefect"})
  public static List<SharedFinding> SOC_COPIL_PREFECT(LocalHealthContract c, LocalDate asOf) {
    Sink s = sink("SOC-COPIL-PREFECT", Severity.INFO, When.SIGNATURE, c, asOf);
    List<GovernanceBody> bodies = c.governance().bodies();
    for (int i = 0; i < bodies.size(); i++) {
      GovernanceBody b = bodies.get(i);
      if (!SharedOracle.isCopil(b.kind())) {
        continue;
      }
      boolean coll = false;
      boolean ars = false;
      boolean prefect = false;
      for (Person p : SharedOracle.membersOn(c, b, asOf)) {
        String org = p.organisationId().orElse(null);
        Optional<OrganisationKind> k = SharedOracle.kindOf(c, org);
        coll |= SharedOracle.signatoryCollectivite(c, org);
        ars |= k.filter(x -> x == OrganisationKind.ARS).isPresent();
        prefect |= k.filter(x -> x == OrganisationKind.PREFECTURE).isPresent()
            || SharedOracle.holds(p, RoleKind.PREFECT_DELEGATE, asOf);
      }
      if (!coll || !ars || !prefect) {
        s.unmet(b.id(), "/governance/bodies/" + i, null, "collectivite", coll, "ars", ars, "prefect", prefect);
      }
    }
    return s.findings();
  }

  // « il est nécessaire qu'un ETP de coordinateur à temps plein soit prévu »: the coordinators' FTE (on the
  // check date; an FTE not stated counts 0) add up to at least 1.0; diagnosis; INFO. No coordinator, nothing
  // to add up (OCC-COORDINATOR-DEDICATED / NOR-COORDINATION report the absence).
  @ClauseOracle(asserts = {"fte", "minimum"})
  public static List<SharedFinding> SOC_COORDINATOR_FTE(LocalHealthContract c, LocalDate asOf) {
    Sink s = sink("SOC-COORDINATOR-FTE", Severity.INFO, When.DIAGNOSIS, c, asOf);
    List<Role> roles = SharedOracle.coordinatorRolesOn(c, asOf);
    BigDecimal fte = roles.stream().map(r -> r.fte().orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO,
        BigDecimal::add);
    if (!roles.isEmpty() && fte.compareTo(BigDecimal.ONE) < 0) {
      s.unmet(c.id(), "/people", null, "fte", fte.doubleValue(), "minimum", 1.0);
    }
    return s.findings();
  }
}
