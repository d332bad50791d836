package io.github.clsante.cls.rules;

import static io.github.clsante.cls.rules.ClauseCheck.assertBroken;
import static io.github.clsante.cls.rules.ClauseCheck.assertClause;
import static io.github.clsante.cls.rules.ClauseCheck.mixed;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.testkit.Breakage;
import io.github.clsante.cls.testkit.ContractAtDate;
import io.github.clsante.cls.testkit.Contracts;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The socle's 9 clauses (CLAUSES.md « Socle »), clause by clause, checked in the "occitanie" référentiel
 * (PackIsolationProperties shows the socle findings are the same in "normandie").
 *
 * <p>{@link Oracle}: for random contracts at dates, conforming Occitanie contracts and conforming ones broken
 * for the clause, the rule's findings are exactly those the clause's oracle function in {@link SocleClauses} (named by the clause id) states from the contract model and
 * CLAUSES.md (rule id, severity, to-do, element, path, year, meaningful arguments); each property fails if it
 * never sees a case with a finding or one without. {@link Broken}: the clause's breakage of a conforming
 * Occitanie contract, where it applies, gives at least one finding of that clause,
 * and exactly the findings the oracle states.
 */
@Label("SocleProperties")
class SocleProperties {

  private static void check(String ruleId, ContractAtDate c) {
    assertClause(ruleId, c);
  }

  private static void broken(Breakage b, ContractAtDate c) {
    assertBroken(b, c);
  }


  /** The rule's findings are exactly the oracle's. */
  @Group
  @Label("oracle")
  class Oracle {

    /** at least 2 signatories (signed or planned), among them the ARS and at least one collectivité; ERROR from signature, to-do during diagnosis. */
    @Property
    @Label("SOC-SIGNATORIES — « Au minimum 2 => la collectivité locale et l'ARS » ; « est porté conjointement par la collectivité territoriale et l'Agence régionale de santé (ARS) »")
    void SOC_SIGNATORIES(@ForAll("mixedSOC_SIGNATORIES") ContractAtDate c) {
      check("SOC-SIGNATORIES", c);
    }

    @Provide
    Arbitrary<ContractAtDate> mixedSOC_SIGNATORIES() {
      return mixed(Breakage.SOC_SIGNATORIES);
    }

    /** with signature and end dated: 3 to 5 years, signature to end inclusive; ERROR always. */
    @Property
    @Label("SOC-DURATION — « (entre 3 et 5 ans) » ; « signé pour 3 ou 5 ans »")
    void SOC_DURATION(@ForAll("mixedSOC_DURATION") ContractAtDate c) {
      check("SOC-DURATION", c);
    }

    @Provide
    Arbitrary<ContractAtDate> mixedSOC_DURATION() {
      return mixed(Breakage.SOC_DURATION);
    }

    /** a diagnosis completed on or before the signature; ERROR from signature, to-do during diagnosis. */
    @Property
    @Label("SOC-DIAGNOSIS-FIRST — « se structure d'abord par la réalisation d'un diagnostic local de santé » ; « fondée sur l'étape initiale : un diagnostic partagé »")
    void SOC_DIAGNOSIS_FIRST(@ForAll("mixedSOC_DIAGNOSIS_FIRST") ContractAtDate c) {
      check("SOC-DIAGNOSIS-FIRST", c);
    }

    @Provide
    Arbitrary<ContractAtDate> mixedSOC_DIAGNOSIS_FIRST() {
      return mixed(Breakage.SOC_DIAGNOSIS_FIRST);
    }

    /** engagement ≤ letter ≤ diagnosis start ≤ completion ≤ signature < end over the dates present; ERROR always, one per pair out of order. */
    @Property
    @Label("SOC-MILESTONE-ORDER — « Le CLS est un projet à conduire en 3 phases »")
    void SOC_MILESTONE_ORDER(@ForAll("mixedSOC_MILESTONE_ORDER") ContractAtDate c) {
      check("SOC-MILESTONE-ORDER", c);
    }

    @Provide
    Arbitrary<ContractAtDate> mixedSOC_MILESTONE_ORDER() {
      return mixed(Breakage.SOC_MILESTONE_ORDER);
    }

    /** one INFO per fiche and missing field. */
    @Property
    @Label("SOC-ACTION-FIELDS — « l'axe auquel il se rattache, ses enjeux, le public cible, son calendrier de réalisation, les résultats attendus, les partenaires et les moyens »")
    void SOC_ACTION_FIELDS(@ForAll("mixedSOC_ACTION_FIELDS") ContractAtDate c) {
      check("SOC-ACTION-FIELDS", c);
    }

    @Provide
    Arbitrary<ContractAtDate> mixedSOC_ACTION_FIELDS() {
      return mixed(Breakage.SOC_ACTION_FIELDS);
    }

    /** one INFO per theme missing from a completed diagnosis. */
    @Property
    @Label("SOC-DIAGNOSIS-THEMES — « Ce diagnostic souligne les besoins du territoire sur les thématiques suivantes : - Promotion de la santé - Prévention - Politiques de soins - Accompagnement médico-social »")
    void SOC_DIAGNOSIS_THEMES(@ForAll("mixedSOC_DIAGNOSIS_THEMES") ContractAtDate c) {
      check("SOC-DIAGNOSIS-THEMES", c);
    }

    @Provide
    Arbitrary<ContractAtDate> mixedSOC_DIAGNOSIS_THEMES() {
      return mixed(Breakage.SOC_DIAGNOSIS_THEMES);
    }

    /** signed on/after 2022-02-23 or not dated: an axis or fiche marked mental health with a PTSM reference; ERROR from signature, to-do during diagnosis. */
    @Property
    @Label("SOC-MENTAL-HEALTH — « Les contrats locaux de santé comportent un volet consacré à la santé mentale, qui tient compte du projet territorial de santé mentale »")
    void SOC_MENTAL_HEALTH(@ForAll("mixedSOC_MENTAL_HEALTH") ContractAtDate c) {
      check("SOC-MENTAL-HEALTH", c);
    }

    @Provide
    Arbitrary<ContractAtDate> mixedSOC_MENTAL_HEALTH() {
      return mixed(Breakage.SOC_MENTAL_HEALTH);
    }

    /** each COPIL has, on the check date, a signatory collectivité's member, an ARS member and the préfet's representative; INFO from signature. */
    @Property
    @Label("SOC-COPIL-PREFECT — « Le COPIL : il réunit à minima le représentant de la mairie (ou de l'établissement public de coopération intercommunale), de l'ARS et le délégué du préfet »")
    void SOC_COPIL_PREFECT(@ForAll("mixedSOC_COPIL_PREFECT") ContractAtDate c) {
      check("SOC-COPIL-PREFECT", c);
    }

    @Provide
    Arbitrary<ContractAtDate> mixedSOC_COPIL_PREFECT() {
      return mixed(Breakage.SOC_COPIL_PREFECT);
    }

    /** coordinators' FTE ≥ 1.0 when there is a coordinator; INFO from diagnosis. */
    @Property
    @Label("SOC-COORDINATOR-FTE — « il est nécessaire qu'un ETP de coordinateur à temps plein soit prévu »")
    void SOC_COORDINATOR_FTE(@ForAll("mixedSOC_COORDINATOR_FTE") ContractAtDate c) {
      check("SOC-COORDINATOR-FTE", c);
    }

    @Provide
    Arbitrary<ContractAtDate> mixedSOC_COORDINATOR_FTE() {
      return mixed(Breakage.SOC_COORDINATOR_FTE);
    }
  }

  /** The clause's breakage of a conforming Occitanie contract gives at least one finding of the clause. */
  @Group
  @Label("breakage")
  class Broken {

    @Property
    @Label("SOC-SIGNATORIES — « Au minimum 2 => la collectivité locale et l'ARS » ; « est porté conjointement par la collectivité territoriale et l'Agence régionale de santé (ARS) »")
    void SOC_SIGNATORIES(@ForAll("brokenSOC_SIGNATORIES") ContractAtDate c) {
      broken(Breakage.SOC_SIGNATORIES, c);
    }

    @Provide
    Arbitrary<ContractAtDate> brokenSOC_SIGNATORIES() {
      return Breakage.broken(Contracts.conformingOccitanie(), Breakage.SOC_SIGNATORIES);
    }

    @Property
    @Label("SOC-DURATION — « (entre 3 et 5 ans) » ; « signé pour 3 ou 5 ans »")
    void SOC_DURATION(@ForAll("brokenSOC_DURATION") ContractAtDate c) {
      broken(Breakage.SOC_DURATION, c);
    }

    @Provide
    Arbitrary<ContractAtDate> brokenSOC_DURATION() {
      return Breakage.broken(Contracts.conformingOccitanie(), Breakage.SOC_DURATION);
    }

    @Property
    @Label("SOC-DIAGNOSIS-FIRST — « se structure d'abord par la réalisation d'un diagnostic local de santé » ; « fondée sur l'étape initiale : un diagnostic partagé »")
    void SOC_DIAGNOSIS_FIRST(@ForAll("brokenSOC_DIAGNOSIS_FIRST") ContractAtDate c) {
      broken(Breakage.SOC_DIAGNOSIS_FIRST, c);
    }

    @Provide
    Arbitrary<ContractAtDate> brokenSOC_DIAGNOSIS_FIRST() {
      return Breakage.broken(Contracts.conformingOccitanie(), Breakage.SOC_DIAGNOSIS_FIRST);
    }

    @Property
    @Label("SOC-MILESTONE-ORDER — « Le CLS est un projet à conduire en 3 phases »")
    void SOC_MILESTONE_ORDER(@ForAll("brokenSOC_MILESTONE_ORDER") ContractAtDate c) {
      broken(Breakage.SOC_MILESTONE_ORDER, c);
    }

    @Provide
    Arbitrary<ContractAtDate> brokenSOC_MILESTONE_ORDER() {
      return Breakage.broken(Contracts.conformingOccitanie(), Breakage.SOC_MILESTONE_ORDER);
    }

    @Property
    @Label("SOC-ACTION-FIELDS — « l'axe auquel il se rattache, ses enjeux, le public cible, son calendrier de réalisation, les résultats attendus, les partenaires et les moyens »")
    void SOC_ACTION_FIELDS(@ForAll("brokenSOC_ACTION_FIELDS") ContractAtDate c) {
      broken(Breakage.SOC_ACTION_FIELDS, c);
    }

    @Provide
    Arbitrary<ContractAtDate> brokenSOC_ACTION_FIELDS() {
      return Breakage.broken(Contracts.conformingOccitanie(), Breakage.SOC_ACTION_FIELDS);
    }

    @Property
    @Label("SOC-DIAGNOSIS-THEMES — « Ce diagnostic souligne les besoins du territoire sur les thématiques suivantes : - Promotion de la santé - Prévention - Politiques de soins - Accompagnement médico-social »")
    void SOC_DIAGNOSIS_THEMES(@ForAll("brokenSOC_DIAGNOSIS_THEMES") ContractAtDate c) {
      broken(Breakage.SOC_DIAGNOSIS_THEMES, c);
    }

    @Provide
    Arbitrary<ContractAtDate> brokenSOC_DIAGNOSIS_THEMES() {
      return Breakage.broken(Contracts.conformingOccitanie(), Breakage.SOC_DIAGNOSIS_THEMES);
    }

    @Property
    @Label("SOC-MENTAL-HEALTH — « Les contrats locaux de santé comportent un volet consacré à la santé mentale, qui tient compte du projet territorial de santé mentale »")
    void SOC_MENTAL_HEALTH(@ForAll("brokenSOC_MENTAL_HEALTH") ContractAtDate c) {
      broken(Breakage.SOC_MENTAL_HEALTH, c);
    }

    @Provide
    Arbitrary<ContractAtDate> brokenSOC_MENTAL_HEALTH() {
      return Breakage.broken(Contracts.conformingOccitanie(), Breakage.SOC_MENTAL_HEALTH);
    }

    @Property
    @Label("SOC-COPIL-PREFECT — « Le COPIL : il réunit à minima le représentant de la mairie (ou de l'établissement public de coopération intercommunale), de l'ARS et le délégué du préfet »")
    void SOC_COPIL_PREFECT(@ForAll("brokenSOC_COPIL_PREFECT") ContractAtDate c) {
      broken(Breakage.SOC_COPIL_PREFECT, c);
    }

    @Provide
    Arbitrary<ContractAtDate> brokenSOC_COPIL_PREFECT() {
      return Breakage.broken(Contracts.conformingOccitanie(), Breakage.SOC_COPIL_PREFECT);
    }

    @Property
    @Label("SOC-COORDINATOR-FTE — « il est nécessaire qu'un ETP de coordinateur à temps plein soit prévu »")
    void SOC_COORDINATOR_FTE(@ForAll("brokenSOC_COORDINATOR_FTE") ContractAtDate c) {
      broken(Breakage.SOC_COORDINATOR_FTE, c);
    }

    @Provide
    Arbitrary<ContractAtDate> brokenSOC_COORDINATOR_FTE() {
      return Breakage.broken(Contracts.conformingOccitanie(), Breakage.SOC_COORDINATOR_FTE);
    }
  }

  /** On conforming Occitanie contracts, the oracle and the rules agree that no socle clause gives ERROR or WARNING. */
  @Property
  @Label("SOC-* — conformingOccitanie(): no socle ERROR or WARNING, by the oracle and by the rules")
  void conformingHasNoSocleErrorOrWarning(@ForAll("conforming") ContractAtDate c) {
    var report = Referentiels.byId("occitanie").check(c.contract(), c.asOf());
    assertThat(ClauseOracles.expected("socle", c.contract(), c.asOf()))
        .as("oracle on %s", c)
        .allMatch(f -> f.severity() == io.github.clsante.cls.report.Severity.INFO);
    assertThat(report.findings()).as("rules on %s", c)
        .filteredOn(f -> f.ruleId().startsWith("SOC-"))
        .allMatch(f -> f.severity() == io.github.clsante.cls.report.Severity.INFO);
  }

  @Provide
  Arbitrary<ContractAtDate> conforming() {
    return Contracts.conformingOccitanie();
  }
}
