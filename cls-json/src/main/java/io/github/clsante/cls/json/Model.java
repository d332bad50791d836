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
import java.util.List;

/**
 * The cls/1 document format, object by object: the one description the reader, the writer, the JSON Schema and
 * the format documentation all follow. Field names are the model's accessor names, in its declaration order;
 * each field is a row (name, kind, presence, default, meaning), and {@link Shape} finds the model's accessor and
 * the builder's setter of that name when this class is initialised (a description that no longer fits the model
 * fails there, naming the shape and the field). Internal; immutable.
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

  static Kind obj(Shape<?> s) {
    return new Kind.Obj(s);
  }

  static final Shape<DateRange> DATE_RANGE = new Shape<>("DateRange",
      "A period, both ends inclusive; a missing end is open.", DateRange.class)
      .optional("from", DATE, "first day, if any")
      .optional("until", DATE, "last day, if any");

  static final Shape<Territory> TERRITORY = new Shape<>("Territory",
      "The territory the contract covers.", Territory.class)
      .optional("name", TEXT, "name of the territory")
      .withDefault("kind", en(TerritoryKind.class), TerritoryKind.OTHER, "scale of the territory; default `OTHER`")
      .many("communes", listOf(INSEE), "INSEE codes of the communes covered")
      .many("epcis", listOf(SIREN), "SIREN of the EPCIs covered")
      .many("departements", listOf(DEPARTEMENT), "départements covered")
      .withDefault("politiqueDeLaVille", BOOL, false,
          "whether the territory is in politique de la ville; default `false`")
      .withDefault("asvProgrammingIntegrated", BOOL, false,
          "whether the Atelier santé ville programming is fully integrated in the CLS; default `false`");

  static final Shape<Organisation> ORGANISATION = new Shape<>("Organisation",
      "An organisation the document mentions.", Organisation.class)
      .required("id", ID, "id")
      .required("name", TEXT, "name")
      .required("kind", en(OrganisationKind.class), "kind of organisation")
      .optional("siren", SIREN, "SIREN number")
      .optional("finess", FINESS, "FINESS number")
      .optional("inseeCode", INSEE, "INSEE code of its commune");

  static final Shape<Role> ROLE = new Shape<>("Role", "A dated role a person holds.", Role.class)
      .required("kind", en(RoleKind.class), "kind of role")
      .withDefault("period", obj(DATE_RANGE), DateRange.always(), "when the role is held; default always")
      .many("delegations", listOf(TEXT), "delegations (e.g. « santé »)")
      .optional("fte", AMOUNT, "full-time equivalent")
      .optional("employerId", REF, "id of the employing organisation");

  static final Shape<Person> PERSON = new Shape<>("Person", "A person the document mentions.", Person.class)
      .required("id", ID, "id")
      .required("name", TEXT, "name")
      .optional("organisationId", REF, "id of the organisation the person represents")
      .many("roles", listOf(obj(ROLE)), "roles held");

  static final Shape<Signatory> SIGNATORY = new Shape<>("Signatory",
      "A signatory of the contract, signed or planned.", Signatory.class)
      .required("organisationId", REF, "id of the signing organisation")
      .optional("signedOn", DATE, "date of signature; absent while planned")
      .optional("signerId", REF, "id of the person who signs");

  static final Shape<Milestones> MILESTONES = new Shape<>("Milestones",
      "The dated milestones from which phases are derived.", Milestones.class)
      .optional("engagement", DATE, "engagement (deliberation)")
      .optional("letterOfIntent", DATE, "letter of intent to the ARS")
      .optional("diagnosisStart", DATE, "start of the diagnosis")
      .optional("diagnosisCompletion", DATE, "completion of the diagnosis")
      .optional("signature", DATE, "signature")
      .optional("end", DATE, "last day of the contract");

  static final Shape<AmendmentSignature> AMENDMENT_SIGNATURE = new Shape<>(
      "AmendmentSignature", "A signature of an amendment.", AmendmentSignature.class)
      .required("organisationId", REF, "id of the signing organisation")
      .optional("signedOn", DATE, "date of signature");

  static final Shape<Amendment> AMENDMENT = new Shape<>("Amendment", "An amendment (avenant).", Amendment.class)
      .required("id", ID, "id")
      .optional("date", DATE, "date of the amendment")
      .optional("subject", TEXT, "what it changes")
      .many("signatures", listOf(obj(AMENDMENT_SIGNATURE)), "signatures")
      .many("addedFicheIds", listOf(REF), "ids of the fiches action it adds");

  static final Shape<Funding> FUNDING = new Shape<>("Funding",
      "A dated funding of the coordination post.", Funding.class)
      .required("organisationId", REF, "id of the funder")
      .withDefault("period", obj(DATE_RANGE), DateRange.always(), "when it funds; default always")
      .optional("annualAmount", AMOUNT, "amount a year, in euros");

  static final Shape<Coordination> COORDINATION = new Shape<>("Coordination",
      "The coordination post's funding.", Coordination.class)
      .many("funding", listOf(obj(FUNDING)), "fundings");

  static final Shape<Membership> MEMBERSHIP = new Shape<>("Membership",
      "A dated membership of a body.", Membership.class)
      .required("personId", REF, "id of the member")
      .withDefault("period", obj(DATE_RANGE), DateRange.always(), "when a member; default always");

  static final Shape<Meeting> MEETING = new Shape<>("Meeting", "A meeting of a body.", Meeting.class)
      .required("id", ID, "id")
      .required("date", DATE, "date")
      .many("attendeeIds", listOf(REF), "ids of the people present")
      .optional("minutesRef", TEXT, "reference of the minutes (compte-rendu)");

  static final Shape<GovernanceBody> GOVERNANCE_BODY = new Shape<>(
      "GovernanceBody", "A governance body (COPIL, COTECH, working group).", GovernanceBody.class)
      .required("id", ID, "id")
      .required("name", TEXT, "name")
      .required("kind", en(BodyKind.class), "kind of body")
      .optional("chairId", REF, "id of the chair")
      .optional("facilitatorId", REF, "id of the facilitator")
      .many("members", listOf(obj(MEMBERSHIP)), "members")
      .many("meetings", listOf(obj(MEETING)), "meetings");

  static final Shape<Governance> GOVERNANCE = new Shape<>("Governance", "The governance bodies.", Governance.class)
      .many("bodies", listOf(obj(GOVERNANCE_BODY)), "bodies");

  static final Shape<StakeholderAnalysis> STAKEHOLDER = new Shape<>(
      "StakeholderAnalysis", "An actor as analysed by the diagnosis.", StakeholderAnalysis.class)
      .required("actor", TEXT, "the actor")
      .optional("organisationId", REF, "id of its organisation")
      .optional("role", TEXT, "its role")
      .optional("assets", TEXT, "its assets")
      .optional("interest", TEXT, "its interest")
      .optional("risk", TEXT, "the risk");

  static final Shape<Diagnosis> DIAGNOSIS = new Shape<>("Diagnosis",
      "What the local health diagnosis holds.", Diagnosis.class)
      .optional("documentRef", TEXT, "reference of the diagnosis document")
      .many("portraits", setOf(Portrait.class), "portraits")
      .many("elements", setOf(DiagnosisElement.class), "elements gathered")
      .many("frameworks", setOf(PolicyFramework.class), "policy frameworks referenced")
      .many("themes", setOf(HealthTheme.class), "themes covered")
      .many("stakeholders", listOf(obj(STAKEHOLDER)), "stakeholder analysis");

  static final Shape<Axis> AXIS = new Shape<>("Axis", "A strategic axis of the plan.", Axis.class)
      .required("id", ID, "id")
      .required("title", TEXT, "title")
      .withDefault("approach", en(AxisApproach.class), AxisApproach.THEMATIC, "approach; default `THEMATIC`")
      .withDefault("mentalHealthComponent", BOOL, false,
          "whether it is the mental-health component; default `false`")
      .optional("ptsmReference", TEXT, "reference to the PTSM");

  static final Shape<IndicatorValue> INDICATOR_VALUE = new Shape<>(
      "IndicatorValue", "A yearly value of an indicator.", IndicatorValue.class)
      .required("year", INT, "calendar year (1900–2200)")
      .required("value", TEXT, "value, as text")
      .optional("comment", TEXT, "comment");

  static final Shape<Indicator> INDICATOR = new Shape<>("Indicator", "An indicator of a fiche action.", Indicator.class)
      .required("id", ID, "id")
      .required("name", TEXT, "name")
      .optional("target", TEXT, "target")
      .many("values", listOf(obj(INDICATOR_VALUE)), "yearly values");

  static final Shape<ActionSheet> ACTION_SHEET = new Shape<>("ActionSheet", "A fiche action.", ActionSheet.class)
      .required("id", ID, "id")
      .required("title", TEXT, "title")
      .optional("operationalObjective", TEXT, "operational objective")
      .optional("axisId", REF, "id of its axis")
      .optional("stakes", TEXT, "stakes (enjeux)")
      .optional("targetPublic", TEXT, "target public")
      .optional("timeline", TEXT, "timeline")
      .optional("expectedResults", TEXT, "expected results")
      .many("partnerIds", listOf(REF), "ids of the partner organisations")
      .optional("means", TEXT, "means")
      .optional("budget", AMOUNT, "budget, in euros")
      .optional("pilotId", REF, "id of the pilot")
      .many("coPilotIds", listOf(REF), "ids of the co-pilots")
      .many("indicators", listOf(obj(INDICATOR)), "indicators")
      .optional("validatedOn", DATE, "date of validation")
      .withDefault("status", en(ActionStatus.class), ActionStatus.PLANNED, "status; default `PLANNED`")
      .withDefault("preExisting", BOOL, false, "whether the action existed before the CLS; default `false`")
      .withDefault("mentalHealthComponent", BOOL, false,
          "whether it is the mental-health component; default `false`")
      .optional("ptsmReference", TEXT, "reference to the PTSM");

  static final Shape<ActionPlan> ACTION_PLAN = new Shape<>("ActionPlan", "The action plan.", ActionPlan.class)
      .many("axes", listOf(obj(AXIS)), "axes")
      .many("fiches", listOf(obj(ACTION_SHEET)), "fiches action");

  static final Shape<AnnualReport> ANNUAL_REPORT = new Shape<>("AnnualReport",
      "A yearly report (activity or financial).", AnnualReport.class)
      .required("id", ID, "id")
      .required("year", INT, "year reported on (1900–2200)")
      .optional("issuedOn", DATE, "date issued")
      .optional("documentRef", TEXT, "reference of the document");

  static final Shape<BodyDecision> BODY_DECISION = new Shape<>("BodyDecision",
      "A decision of a governance body.", BodyDecision.class)
      .required("bodyId", REF, "id of the body")
      .required("date", DATE, "date of the decision");

  static final Shape<FinancialCommitment> COMMITMENT = new Shape<>(
      "FinancialCommitment", "A financial commitment of a programming.", FinancialCommitment.class)
      .required("organisationId", REF, "id of the committed organisation")
      .required("amount", AMOUNT, "amount, in euros");

  static final Shape<Programming> PROGRAMMING = new Shape<>("Programming",
      "A programming of one or several years.", Programming.class)
      .required("id", ID, "id")
      .required("fromYear", INT, "first year")
      .required("toYear", INT, "last year (≥ fromYear)")
      .many("commitments", listOf(obj(COMMITMENT)), "financial commitments")
      .optional("validation", obj(BODY_DECISION), "its validation by a body");

  static final Shape<Evaluation> EVALUATION = new Shape<>("Evaluation", "An evaluation.", Evaluation.class)
      .required("id", ID, "id")
      .required("kind", en(EvaluationKind.class), "kind")
      .optional("date", DATE, "date")
      .optional("supervision", obj(BODY_DECISION), "its supervision by a body")
      .optional("documentRef", TEXT, "reference of the document");

  static final Shape<FollowUp> FOLLOW_UP = new Shape<>("FollowUp", "The follow-up.", FollowUp.class)
      .many("activityReports", listOf(obj(ANNUAL_REPORT)), "activity reports")
      .many("financialReports", listOf(obj(ANNUAL_REPORT)), "financial reports")
      .many("programmings", listOf(obj(PROGRAMMING)), "programmings")
      .many("evaluations", listOf(obj(EVALUATION)), "evaluations");

  static final Shape<LocalHealthContract> CONTRACT = new Shape<>(
      "LocalHealthContract", "A Contrat local de santé: the root of a cls/1 document.", LocalHealthContract.class)
      .required("id", ID, "id of the contract")
      .required("name", TEXT, "name")
      .required("region", TEXT, "ARS région, e.g. `Normandie`")
      .withDefault("territory", obj(TERRITORY), Territory.empty(), "territory covered")
      .many("organisations", listOf(obj(ORGANISATION)), "every organisation mentioned")
      .many("people", listOf(obj(PERSON)), "every person mentioned")
      .many("signatories", listOf(obj(SIGNATORY)), "signatories, signed or planned")
      .withDefault("milestones", obj(MILESTONES), Milestones.none(), "dated milestones")
      .optional("previousContractId", TEXT, "id of the contract this one renews")
      .many("amendments", listOf(obj(AMENDMENT)), "amendments (avenants)")
      .withDefault("coordination", obj(COORDINATION), Coordination.none(), "coordination funding")
      .withDefault("governance", obj(GOVERNANCE), Governance.none(), "governance bodies")
      .withDefault("diagnosis", obj(DIAGNOSIS), Diagnosis.none(), "diagnosis")
      .withDefault("actionPlan", obj(ACTION_PLAN), ActionPlan.empty(), "action plan")
      .withDefault("followUp", obj(FOLLOW_UP), FollowUp.none(), "follow-up");

  /** Every object shape, root first, then in the order the schema lists them. */
  static final List<Shape<?>> SHAPES = List.of(CONTRACT, TERRITORY, ORGANISATION, PERSON, ROLE, DATE_RANGE,
      SIGNATORY, MILESTONES, AMENDMENT, AMENDMENT_SIGNATURE, COORDINATION, FUNDING, GOVERNANCE, GOVERNANCE_BODY,
      MEMBERSHIP, MEETING, DIAGNOSIS, STAKEHOLDER, ACTION_PLAN, AXIS, ACTION_SHEET, INDICATOR, INDICATOR_VALUE,
      FOLLOW_UP, ANNUAL_REPORT, PROGRAMMING, COMMITMENT, BODY_DECISION, EVALUATION);

}
