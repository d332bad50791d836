package io.github.clsante.cls.json;

import io.github.clsante.cls.model.ActionPlan;
import io.github.clsante.cls.model.ActionSheet;
import io.github.clsante.cls.model.ActionStatus;
import io.github.clsante.cls.model.Amendment;
import io.github.clsante.cls.model.AmendmentSignature;
import io.github.clsante.cls.model.AnnualReport;
import io.github.clsante.cls.model.Axis;
import io.github.clsante.cls.model.AxisApproach;
import io.github.clsante.cls.model.BodyDecision;
import io.github.clsante.cls.model.BodyKind;
import io.github.clsante.cls.model.Coordination;
import io.github.clsante.cls.model.DateRange;
import io.github.clsante.cls.model.Diagnosis;
import io.github.clsante.cls.model.DiagnosisElement;
import io.github.clsante.cls.model.Evaluation;
import io.github.clsante.cls.model.EvaluationKind;
import io.github.clsante.cls.model.FinancialCommitment;
import io.github.clsante.cls.model.FollowUp;
import io.github.clsante.cls.model.Funding;
import io.github.clsante.cls.model.Governance;
import io.github.clsante.cls.model.GovernanceBody;
import io.github.clsante.cls.model.HealthTheme;
import io.github.clsante.cls.model.Identifiers;
import io.github.clsante.cls.model.Indicator;
import io.github.clsante.cls.model.IndicatorValue;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.Meeting;
import io.github.clsante.cls.model.Membership;
import io.github.clsante.cls.model.Milestones;
import io.github.clsante.cls.model.Organisation;
import io.github.clsante.cls.model.OrganisationKind;
import io.github.clsante.cls.model.Person;
import io.github.clsante.cls.model.PolicyFramework;
import io.github.clsante.cls.model.Portrait;
import io.github.clsante.cls.model.Programming;
import io.github.clsante.cls.model.Role;
import io.github.clsante.cls.model.RoleKind;
import io.github.clsante.cls.model.Signatory;
import io.github.clsante.cls.model.StakeholderAnalysis;
import io.github.clsante.cls.model.Territory;
import io.github.clsante.cls.model.TerritoryKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The cls/1 document format, object by object: the one description the reader, the writer and the JSON Schema
 * all follow. Field names are the model's accessor names, in its declaration order. Internal; immutable.
 */
final class Model {

  private Model() {}

  /** The value of the {@code format} field of a contract document. */
  static final String FORMAT = "cls/1";

  static final String DEPT = "(0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5])";

  static final Kind TEXT = new Kind.Text("string", null, null, null);
  static final Kind ID = new Kind.Text("id: non-blank string, unique in the document", "a non-blank id",
      s -> !s.isBlank(), "\\S");
  static final Kind REF = new Kind.Text("string: the id of an element of the document", null, null, null);
  static final Kind INSEE = new Kind.Text("INSEE commune code (COG), e.g. `50025`, `2A004`",
      "an INSEE commune code (5 characters, e.g. \"50025\" or \"2A004\")", Identifiers::isInseeCommuneCode,
      "^(" + DEPT + "[0-9]{3}|97[1-8][0-9]{2})$");
  static final Kind SIREN = new Kind.Text("SIREN: 9 digits with a valid (Luhn) check digit",
      "a SIREN number (9 digits with a valid check digit, e.g. \"200066389\")", Identifiers::isSiren,
      "^[0-9]{9}$");
  static final Kind FINESS = new Kind.Text("FINESS number: 9 characters, département prefix then digits",
      "a FINESS number (9 characters, e.g. \"500000013\")", Identifiers::isFiness, "^([0-9]{2}|2[AB])[0-9]{7}$");
  static final Kind DEPARTEMENT = new Kind.Text("département code: `01`–`95`, `2A`, `2B`, `971`–`978`",
      "a département code (\"01\"–\"95\", \"2A\", \"2B\", \"971\"–\"978\")", Identifiers::isDepartementCode,
      "^(" + DEPT + "|97[1-8])$");
  static final Kind DATE = new Kind.Date();
  static final Kind INT = new Kind.Int();
  static final Kind BOOL = new Kind.Bool();
  static final Kind AMOUNT = new Kind.Amount();

  static Kind en(Class<? extends Enum<?>> type) {
    return new Kind.Enumerated(type);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static <E extends Enum<E>> Kind setOf(Class<E> type) {
    return new Kind.SetOf(new Kind.Enumerated((Class) type));
  }

  static Kind listOf(Kind k) {
    return new Kind.ListOf(k);
  }

  static Kind obj(Shape<?, ?> s) {
    return new Kind.Obj(s);
  }

  @SuppressWarnings("unchecked")
  static <X> Iterable<X> it(Object v) {
    return (Iterable<X>) v;
  }

  static final Shape<DateRange, ?> DATE_RANGE = new Shape<>("DateRange",
      "A period, both ends inclusive; a missing end is open.", DateRange.class, DateRange::builder,
      b -> b.build())
      .optional("from", DATE, DateRange::from, (b, v) -> b.from((LocalDate) v), "first day, if any")
      .optional("until", DATE, DateRange::until, (b, v) -> b.until((LocalDate) v), "last day, if any");

  static final Shape<Territory, ?> TERRITORY = new Shape<>("Territory",
      "The territory the contract covers.", Territory.class, Territory::builder, b -> b.build())
      .optional("name", TEXT, Territory::name, (b, v) -> b.name((String) v), "name of the territory")
      .withDefault("kind", en(TerritoryKind.class), TerritoryKind.OTHER, Territory::kind,
          (b, v) -> b.kind((TerritoryKind) v), "scale of the territory; default `OTHER`")
      .many("communes", listOf(INSEE), Territory::communes, (b, v) -> b.communes(it(v)),
          "INSEE codes of the communes covered")
      .many("epcis", listOf(SIREN), Territory::epcis, (b, v) -> b.epcis(it(v)), "SIREN of the EPCIs covered")
      .many("departements", listOf(DEPARTEMENT), Territory::departements, (b, v) -> b.departements(it(v)),
          "départements covered")
      .withDefault("politiqueDeLaVille", BOOL, false, Territory::politiqueDeLaVille,
          (b, v) -> b.politiqueDeLaVille((Boolean) v), "whether the territory is in politique de la ville; "
              + "default `false`")
      .withDefault("asvProgrammingIntegrated", BOOL, false, Territory::asvProgrammingIntegrated,
          (b, v) -> b.asvProgrammingIntegrated((Boolean) v),
          "whether the Atelier santé ville programming is fully integrated in the CLS; default `false`");

  static final Shape<Organisation, ?> ORGANISATION = new Shape<>("Organisation",
      "An organisation the document mentions.", Organisation.class, Organisation::builder,
      b -> b.build())
      .required("id", ID, Organisation::id, (b, v) -> b.id((String) v), "id")
      .required("name", TEXT, Organisation::name, (b, v) -> b.name((String) v), "name")
      .required("kind", en(OrganisationKind.class), Organisation::kind, (b, v) -> b.kind((OrganisationKind) v),
          "kind of organisation")
      .optional("siren", SIREN, Organisation::siren, (b, v) -> b.siren((String) v), "SIREN number")
      .optional("finess", FINESS, Organisation::finess, (b, v) -> b.finess((String) v), "FINESS number")
      .optional("inseeCode", INSEE, Organisation::inseeCode, (b, v) -> b.inseeCode((String) v),
          "INSEE code of its commune");

  static final Shape<Role, ?> ROLE = new Shape<>("Role", "A dated role a person holds.",
      Role.class, Role::builder, b -> b.build())
      .required("kind", en(RoleKind.class), Role::kind, (b, v) -> b.kind((RoleKind) v), "kind of role")
      .withDefault("period", obj(DATE_RANGE), DateRange.always(), Role::period, (b, v) -> b.period((DateRange) v),
          "when the role is held; default always")
      .many("delegations", listOf(TEXT), Role::delegations, (b, v) -> b.delegations(it(v)),
          "delegations (e.g. « santé »)")
      .optional("fte", AMOUNT, Role::fte, (b, v) -> b.fte((BigDecimal) v), "full-time equivalent")
      .optional("employerId", REF, Role::employerId, (b, v) -> b.employerId((String) v),
          "id of the employing organisation");

  static final Shape<Person, ?> PERSON = new Shape<>("Person",
      "A person the document mentions.", Person.class, Person::builder, b -> b.build())
      .required("id", ID, Person::id, (b, v) -> b.id((String) v), "id")
      .required("name", TEXT, Person::name, (b, v) -> b.name((String) v), "name")
      .optional("organisationId", REF, Person::organisationId, (b, v) -> b.organisationId((String) v),
          "id of the organisation the person represents")
      .many("roles", listOf(obj(ROLE)), Person::roles, (b, v) -> b.roles(it(v)), "roles held");

  static final Shape<Signatory, ?> SIGNATORY = new Shape<>("Signatory",
      "A signatory of the contract, signed or planned.", Signatory.class, Signatory::builder,
      b -> b.build())
      .required("organisationId", REF, Signatory::organisationId, (b, v) -> b.organisationId((String) v),
          "id of the signing organisation")
      .optional("signedOn", DATE, Signatory::signedOn, (b, v) -> b.signedOn((LocalDate) v),
          "date of signature; absent while planned")
      .optional("signerId", REF, Signatory::signerId, (b, v) -> b.signerId((String) v), "id of the person who signs");

  static final Shape<Milestones, ?> MILESTONES = new Shape<>("Milestones",
      "The dated milestones from which phases are derived.", Milestones.class, Milestones::builder,
      b -> b.build())
      .optional("engagement", DATE, Milestones::engagement, (b, v) -> b.engagement((LocalDate) v),
          "engagement (deliberation)")
      .optional("letterOfIntent", DATE, Milestones::letterOfIntent, (b, v) -> b.letterOfIntent((LocalDate) v),
          "letter of intent to the ARS")
      .optional("diagnosisStart", DATE, Milestones::diagnosisStart, (b, v) -> b.diagnosisStart((LocalDate) v),
          "start of the diagnosis")
      .optional("diagnosisCompletion", DATE, Milestones::diagnosisCompletion,
          (b, v) -> b.diagnosisCompletion((LocalDate) v), "completion of the diagnosis")
      .optional("signature", DATE, Milestones::signature, (b, v) -> b.signature((LocalDate) v), "signature")
      .optional("end", DATE, Milestones::end, (b, v) -> b.end((LocalDate) v), "last day of the contract");

  static final Shape<AmendmentSignature, ?> AMENDMENT_SIGNATURE = new Shape<>(
      "AmendmentSignature", "A signature of an amendment.", AmendmentSignature.class, AmendmentSignature::builder,
      b -> b.build())
      .required("organisationId", REF, AmendmentSignature::organisationId, (b, v) -> b.organisationId((String) v),
          "id of the signing organisation")
      .optional("signedOn", DATE, AmendmentSignature::signedOn, (b, v) -> b.signedOn((LocalDate) v),
          "date of signature");

  static final Shape<Amendment, ?> AMENDMENT = new Shape<>("Amendment",
      "An amendment (avenant).", Amendment.class, Amendment::builder, b -> b.build())
      .required("id", ID, Amendment::id, (b, v) -> b.id((String) v), "id")
      .optional("date", DATE, Amendment::date, (b, v) -> b.date((LocalDate) v), "date of the amendment")
      .optional("subject", TEXT, Amendment::subject, (b, v) -> b.subject((String) v), "what it changes")
      .many("signatures", listOf(obj(AMENDMENT_SIGNATURE)), Amendment::signatures, (b, v) -> b.signatures(it(v)),
          "signatures")
      .many("addedFicheIds", listOf(REF), Amendment::addedFicheIds, (b, v) -> b.addedFicheIds(it(v)),
          "ids of the fiches action it adds");

  static final Shape<Funding, ?> FUNDING = new Shape<>("Funding",
      "A dated funding of the coordination post.", Funding.class, Funding::builder, b -> b.build())
      .required("organisationId", REF, Funding::organisationId, (b, v) -> b.organisationId((String) v),
          "id of the funder")
      .withDefault("period", obj(DATE_RANGE), DateRange.always(), Funding::period,
          (b, v) -> b.period((DateRange) v), "when it funds; default always")
      .optional("annualAmount", AMOUNT, Funding::annualAmount, (b, v) -> b.annualAmount((BigDecimal) v),
          "amount a year, in euros");

  static final Shape<Coordination, ?> COORDINATION = new Shape<>("Coordination",
      "The coordination post's funding.", Coordination.class, Coordination::builder,
      b -> b.build())
      .many("funding", listOf(obj(FUNDING)), Coordination::funding, (b, v) -> b.funding(it(v)), "fundings");

  static final Shape<Membership, ?> MEMBERSHIP = new Shape<>("Membership",
      "A dated membership of a body.", Membership.class, Membership::builder, b -> b.build())
      .required("personId", REF, Membership::personId, (b, v) -> b.personId((String) v), "id of the member")
      .withDefault("period", obj(DATE_RANGE), DateRange.always(), Membership::period,
          (b, v) -> b.period((DateRange) v), "when a member; default always");

  static final Shape<Meeting, ?> MEETING = new Shape<>("Meeting", "A meeting of a body.",
      Meeting.class, Meeting::builder, b -> b.build())
      .required("id", ID, Meeting::id, (b, v) -> b.id((String) v), "id")
      .required("date", DATE, Meeting::date, (b, v) -> b.date((LocalDate) v), "date")
      .many("attendeeIds", listOf(REF), Meeting::attendeeIds, (b, v) -> b.attendeeIds(it(v)),
          "ids of the people present")
      .optional("minutesRef", TEXT, Meeting::minutesRef, (b, v) -> b.minutesRef((String) v),
          "reference of the minutes (compte-rendu)");

  static final Shape<GovernanceBody, ?> GOVERNANCE_BODY = new Shape<>(
      "GovernanceBody", "A governance body (COPIL, COTECH, working group).", GovernanceBody.class,
      GovernanceBody::builder, b -> b.build())
      .required("id", ID, GovernanceBody::id, (b, v) -> b.id((String) v), "id")
      .required("name", TEXT, GovernanceBody::name, (b, v) -> b.name((String) v), "name")
      .required("kind", en(BodyKind.class), GovernanceBody::kind, (b, v) -> b.kind((BodyKind) v), "kind of body")
      .optional("chairId", REF, GovernanceBody::chairId, (b, v) -> b.chairId((String) v), "id of the chair")
      .optional("facilitatorId", REF, GovernanceBody::facilitatorId, (b, v) -> b.facilitatorId((String) v),
          "id of the facilitator")
      .many("members", listOf(obj(MEMBERSHIP)), GovernanceBody::members, (b, v) -> b.members(it(v)), "members")
      .many("meetings", listOf(obj(MEETING)), GovernanceBody::meetings, (b, v) -> b.meetings(it(v)), "meetings");

  static final Shape<Governance, ?> GOVERNANCE = new Shape<>("Governance",
      "The governance bodies.", Governance.class, Governance::builder, b -> b.build())
      .many("bodies", listOf(obj(GOVERNANCE_BODY)), Governance::bodies, (b, v) -> b.bodies(it(v)), "bodies");

  static final Shape<StakeholderAnalysis, ?> STAKEHOLDER = new Shape<>(
      "StakeholderAnalysis", "An actor as analysed by the diagnosis.", StakeholderAnalysis.class,
      StakeholderAnalysis::builder, b -> b.build())
      .required("actor", TEXT, StakeholderAnalysis::actor, (b, v) -> b.actor((String) v), "the actor")
      .optional("organisationId", REF, StakeholderAnalysis::organisationId, (b, v) -> b.organisationId((String) v),
          "id of its organisation")
      .optional("role", TEXT, StakeholderAnalysis::role, (b, v) -> b.role((String) v), "its role")
      .optional("assets", TEXT, StakeholderAnalysis::assets, (b, v) -> b.assets((String) v), "its assets")
      .optional("interest", TEXT, StakeholderAnalysis::interest, (b, v) -> b.interest((String) v), "its interest")
      .optional("risk", TEXT, StakeholderAnalysis::risk, (b, v) -> b.risk((String) v), "the risk");

  static final Shape<Diagnosis, ?> DIAGNOSIS = new Shape<>("Diagnosis",
      "What the local health diagnosis holds.", Diagnosis.class, Diagnosis::builder, b -> b.build())
      .optional("documentRef", TEXT, Diagnosis::documentRef, (b, v) -> b.documentRef((String) v),
          "reference of the diagnosis document")
      .many("portraits", setOf(Portrait.class), Diagnosis::portraits, (b, v) -> b.portraits(it(v)), "portraits")
      .many("elements", setOf(DiagnosisElement.class), Diagnosis::elements, (b, v) -> b.elements(it(v)),
          "elements gathered")
      .many("frameworks", setOf(PolicyFramework.class), Diagnosis::frameworks, (b, v) -> b.frameworks(it(v)),
          "policy frameworks referenced")
      .many("themes", setOf(HealthTheme.class), Diagnosis::themes, (b, v) -> b.themes(it(v)), "themes covered")
      .many("stakeholders", listOf(obj(STAKEHOLDER)), Diagnosis::stakeholders, (b, v) -> b.stakeholders(it(v)),
          "stakeholder analysis");

  static final Shape<Axis, ?> AXIS = new Shape<>("Axis", "A strategic axis of the plan.",
      Axis.class, Axis::builder, b -> b.build())
      .required("id", ID, Axis::id, (b, v) -> b.id((String) v), "id")
      .required("title", TEXT, Axis::title, (b, v) -> b.title((String) v), "title")
      .withDefault("approach", en(AxisApproach.class), AxisApproach.THEMATIC, Axis::approach,
          (b, v) -> b.approach((AxisApproach) v), "approach; default `THEMATIC`")
      .withDefault("mentalHealthComponent", BOOL, false, Axis::mentalHealthComponent,
          (b, v) -> b.mentalHealthComponent((Boolean) v), "whether it is the mental-health component; default "
              + "`false`")
      .optional("ptsmReference", TEXT, Axis::ptsmReference, (b, v) -> b.ptsmReference((String) v),
          "reference to the PTSM");

  static final Shape<IndicatorValue, ?> INDICATOR_VALUE = new Shape<>(
      "IndicatorValue", "A yearly value of an indicator.", IndicatorValue.class, IndicatorValue::builder,
      b -> b.build())
      .required("year", INT, IndicatorValue::year, (b, v) -> b.year((Integer) v), "calendar year (1900–2200)")
      .required("value", TEXT, IndicatorValue::value, (b, v) -> b.value((String) v), "value, as text")
      .optional("comment", TEXT, IndicatorValue::comment, (b, v) -> b.comment((String) v), "comment");

  static final Shape<Indicator, ?> INDICATOR = new Shape<>("Indicator",
      "An indicator of a fiche action.", Indicator.class, Indicator::builder, b -> b.build())
      .required("id", ID, Indicator::id, (b, v) -> b.id((String) v), "id")
      .required("name", TEXT, Indicator::name, (b, v) -> b.name((String) v), "name")
      .optional("target", TEXT, Indicator::target, (b, v) -> b.target((String) v), "target")
      .many("values", listOf(obj(INDICATOR_VALUE)), Indicator::values, (b, v) -> b.values(it(v)), "yearly values");

  static final Shape<ActionSheet, ?> ACTION_SHEET = new Shape<>("ActionSheet",
      "A fiche action.", ActionSheet.class, ActionSheet::builder, b -> b.build())
      .required("id", ID, ActionSheet::id, (b, v) -> b.id((String) v), "id")
      .required("title", TEXT, ActionSheet::title, (b, v) -> b.title((String) v), "title")
      .optional("operationalObjective", TEXT, ActionSheet::operationalObjective,
          (b, v) -> b.operationalObjective((String) v), "operational objective")
      .optional("axisId", REF, ActionSheet::axisId, (b, v) -> b.axisId((String) v), "id of its axis")
      .optional("stakes", TEXT, ActionSheet::stakes, (b, v) -> b.stakes((String) v), "stakes (enjeux)")
      .optional("targetPublic", TEXT, ActionSheet::targetPublic, (b, v) -> b.targetPublic((String) v),
          "target public")
      .optional("timeline", TEXT, ActionSheet::timeline, (b, v) -> b.timeline((String) v), "timeline")
      .optional("expectedResults", TEXT, ActionSheet::expectedResults, (b, v) -> b.expectedResults((String) v),
          "expected results")
      .many("partnerIds", listOf(REF), ActionSheet::partnerIds, (b, v) -> b.partnerIds(it(v)),
          "ids of the partner organisations")
      .optional("means", TEXT, ActionSheet::means, (b, v) -> b.means((String) v), "means")
      .optional("budget", AMOUNT, ActionSheet::budget, (b, v) -> b.budget((BigDecimal) v), "budget, in euros")
      .optional("pilotId", REF, ActionSheet::pilotId, (b, v) -> b.pilotId((String) v), "id of the pilot")
      .many("coPilotIds", listOf(REF), ActionSheet::coPilotIds, (b, v) -> b.coPilotIds(it(v)),
          "ids of the co-pilots")
      .many("indicators", listOf(obj(INDICATOR)), ActionSheet::indicators, (b, v) -> b.indicators(it(v)),
          "indicators")
      .optional("validatedOn", DATE, ActionSheet::validatedOn, (b, v) -> b.validatedOn((LocalDate) v),
          "date of validation")
      .withDefault("status", en(ActionStatus.class), ActionStatus.PLANNED, ActionSheet::status,
          (b, v) -> b.status((ActionStatus) v), "status; default `PLANNED`")
      .withDefault("preExisting", BOOL, false, ActionSheet::preExisting, (b, v) -> b.preExisting((Boolean) v),
          "whether the action existed before the CLS; default `false`")
      .withDefault("mentalHealthComponent", BOOL, false, ActionSheet::mentalHealthComponent,
          (b, v) -> b.mentalHealthComponent((Boolean) v), "whether it is the mental-health component; default "
              + "`false`")
      .optional("ptsmReference", TEXT, ActionSheet::ptsmReference, (b, v) -> b.ptsmReference((String) v),
          "reference to the PTSM");

  static final Shape<ActionPlan, ?> ACTION_PLAN = new Shape<>("ActionPlan",
      "The action plan.", ActionPlan.class, ActionPlan::builder, b -> b.build())
      .many("axes", listOf(obj(AXIS)), ActionPlan::axes, (b, v) -> b.axes(it(v)), "axes")
      .many("fiches", listOf(obj(ACTION_SHEET)), ActionPlan::fiches, (b, v) -> b.fiches(it(v)), "fiches action");

  static final Shape<AnnualReport, ?> ANNUAL_REPORT = new Shape<>("AnnualReport",
      "A yearly report (activity or financial).", AnnualReport.class, AnnualReport::builder,
      b -> b.build())
      .required("id", ID, AnnualReport::id, (b, v) -> b.id((String) v), "id")
      .required("year", INT, AnnualReport::year, (b, v) -> b.year((Integer) v), "year reported on (1900–2200)")
      .optional("issuedOn", DATE, AnnualReport::issuedOn, (b, v) -> b.issuedOn((LocalDate) v), "date issued")
      .optional("documentRef", TEXT, AnnualReport::documentRef, (b, v) -> b.documentRef((String) v),
          "reference of the document");

  static final Shape<BodyDecision, ?> BODY_DECISION = new Shape<>("BodyDecision",
      "A decision of a governance body.", BodyDecision.class, BodyDecision::builder,
      b -> b.build())
      .required("bodyId", REF, BodyDecision::bodyId, (b, v) -> b.bodyId((String) v), "id of the body")
      .required("date", DATE, BodyDecision::date, (b, v) -> b.date((LocalDate) v), "date of the decision");

  static final Shape<FinancialCommitment, ?> COMMITMENT = new Shape<>(
      "FinancialCommitment", "A financial commitment of a programming.", FinancialCommitment.class,
      FinancialCommitment::builder, b -> b.build())
      .required("organisationId", REF, FinancialCommitment::organisationId, (b, v) -> b.organisationId((String) v),
          "id of the committed organisation")
      .required("amount", AMOUNT, FinancialCommitment::amount, (b, v) -> b.amount((BigDecimal) v),
          "amount, in euros");

  static final Shape<Programming, ?> PROGRAMMING = new Shape<>("Programming",
      "A programming of one or several years.", Programming.class, Programming::builder,
      b -> b.build())
      .required("id", ID, Programming::id, (b, v) -> b.id((String) v), "id")
      .required("fromYear", INT, Programming::fromYear, (b, v) -> b.fromYear((Integer) v), "first year")
      .required("toYear", INT, Programming::toYear, (b, v) -> b.toYear((Integer) v), "last year (≥ fromYear)")
      .many("commitments", listOf(obj(COMMITMENT)), Programming::commitments, (b, v) -> b.commitments(it(v)),
          "financial commitments")
      .optional("validation", obj(BODY_DECISION), Programming::validation, (b, v) -> b.validation((BodyDecision) v),
          "its validation by a body");

  static final Shape<Evaluation, ?> EVALUATION = new Shape<>("Evaluation",
      "An evaluation.", Evaluation.class, Evaluation::builder, b -> b.build())
      .required("id", ID, Evaluation::id, (b, v) -> b.id((String) v), "id")
      .required("kind", en(EvaluationKind.class), Evaluation::kind, (b, v) -> b.kind((EvaluationKind) v), "kind")
      .optional("date", DATE, Evaluation::date, (b, v) -> b.date((LocalDate) v), "date")
      .optional("supervision", obj(BODY_DECISION), Evaluation::supervision,
          (b, v) -> b.supervision((BodyDecision) v), "its supervision by a body")
      .optional("documentRef", TEXT, Evaluation::documentRef, (b, v) -> b.documentRef((String) v),
          "reference of the document");

  static final Shape<FollowUp, ?> FOLLOW_UP = new Shape<>("FollowUp", "The follow-up.",
      FollowUp.class, FollowUp::builder, b -> b.build())
      .many("activityReports", listOf(obj(ANNUAL_REPORT)), FollowUp::activityReports,
          (b, v) -> b.activityReports(it(v)), "activity reports")
      .many("financialReports", listOf(obj(ANNUAL_REPORT)), FollowUp::financialReports,
          (b, v) -> b.financialReports(it(v)), "financial reports")
      .many("programmings", listOf(obj(PROGRAMMING)), FollowUp::programmings, (b, v) -> b.programmings(it(v)),
          "programmings")
      .many("evaluations", listOf(obj(EVALUATION)), FollowUp::evaluations, (b, v) -> b.evaluations(it(v)),
          "evaluations");

  static final Shape<LocalHealthContract, ?> CONTRACT = new Shape<>(
      "LocalHealthContract", "A Contrat local de santé: the root of a cls/1 document.", LocalHealthContract.class,
      LocalHealthContract::builder, b -> b.build())
      .required("id", ID, LocalHealthContract::id, (b, v) -> b.id((String) v), "id of the contract")
      .required("name", TEXT, LocalHealthContract::name, (b, v) -> b.name((String) v), "name")
      .required("region", TEXT, LocalHealthContract::region, (b, v) -> b.region((String) v),
          "ARS région, e.g. `Normandie`")
      .withDefault("territory", obj(TERRITORY), Territory.empty(), LocalHealthContract::territory,
          (b, v) -> b.territory((Territory) v), "territory covered")
      .many("organisations", listOf(obj(ORGANISATION)), LocalHealthContract::organisations,
          (b, v) -> b.organisations(it(v)), "every organisation mentioned")
      .many("people", listOf(obj(PERSON)), LocalHealthContract::people, (b, v) -> b.people(it(v)),
          "every person mentioned")
      .many("signatories", listOf(obj(SIGNATORY)), LocalHealthContract::signatories,
          (b, v) -> b.signatories(it(v)), "signatories, signed or planned")
      .withDefault("milestones", obj(MILESTONES), Milestones.none(), LocalHealthContract::milestones,
          (b, v) -> b.milestones((Milestones) v), "dated milestones")
      .optional("previousContractId", TEXT, LocalHealthContract::previousContractId,
          (b, v) -> b.previousContractId((String) v), "id of the contract this one renews")
      .many("amendments", listOf(obj(AMENDMENT)), LocalHealthContract::amendments, (b, v) -> b.amendments(it(v)),
          "amendments (avenants)")
      .withDefault("coordination", obj(COORDINATION), Coordination.none(), LocalHealthContract::coordination,
          (b, v) -> b.coordination((Coordination) v), "coordination funding")
      .withDefault("governance", obj(GOVERNANCE), Governance.none(), LocalHealthContract::governance,
          (b, v) -> b.governance((Governance) v), "governance bodies")
      .withDefault("diagnosis", obj(DIAGNOSIS), Diagnosis.none(), LocalHealthContract::diagnosis,
          (b, v) -> b.diagnosis((Diagnosis) v), "diagnosis")
      .withDefault("actionPlan", obj(ACTION_PLAN), ActionPlan.empty(), LocalHealthContract::actionPlan,
          (b, v) -> b.actionPlan((ActionPlan) v), "action plan")
      .withDefault("followUp", obj(FOLLOW_UP), FollowUp.none(), LocalHealthContract::followUp,
          (b, v) -> b.followUp((FollowUp) v), "follow-up");

  /** Every object shape, root first, then in the order the schema lists them. */
  static final List<Shape<?, ?>> SHAPES = List.of(CONTRACT, TERRITORY, ORGANISATION, PERSON, ROLE, DATE_RANGE,
      SIGNATORY, MILESTONES, AMENDMENT, AMENDMENT_SIGNATURE, COORDINATION, FUNDING, GOVERNANCE, GOVERNANCE_BODY,
      MEMBERSHIP, MEETING, DIAGNOSIS, STAKEHOLDER, ACTION_PLAN, AXIS, ACTION_SHEET, INDICATOR, INDICATOR_VALUE,
      FOLLOW_UP, ANNUAL_REPORT, PROGRAMMING, COMMITMENT, BODY_DECISION, EVALUATION);

}
