package io.github.clsante.cls.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds what makes a contract meaningless, all of it in one pass, each problem with the JSON Pointer of its
 * element in the canonical JSON form. Internal: no compatibility promise.
 */
final class ContractValidator {

  static final int MIN_YEAR = LocalHealthContract.MIN_YEAR;
  static final int MAX_YEAR = LocalHealthContract.MAX_YEAR;

  private final List<ModelProblem> problems = new ArrayList<>();
  private final Map<String, String> idPaths = new HashMap<>();
  private final Set<String> organisations = new HashSet<>();
  private final Set<String> people = new HashSet<>();
  private final Set<String> bodies = new HashSet<>();
  private final Set<String> axes = new HashSet<>();
  private final Set<String> fiches = new HashSet<>();

  private ContractValidator() {}

  /**
   * @param c a contract
   * @return every problem, in document order; empty when the contract is meaningful
   */
  static List<ModelProblem> problems(LocalHealthContract c) {
    ContractValidator v = new ContractValidator();
    v.run(c);
    List<ModelProblem> sorted = new ArrayList<>(v.problems);
    sorted.sort((a, b) -> JsonPointers.compare(a.path(), b.path())); // stable: same path keeps finding order
    return List.copyOf(sorted);
  }

  private void run(LocalHealthContract c) {
    collectIds(c);
    var t = c.territory();
    for (int i = 0; i < t.communes().size(); i++) {
      String code = t.communes().get(i);
      if (!Identifiers.isInseeCommuneCode(code)) {
        problem("/territory/communes/" + i, "an INSEE commune code (5 characters, e.g. \"50025\" or \"2A004\")", quote(code));
      }
    }
    for (int i = 0; i < t.epcis().size(); i++) {
      siren("/territory/epcis/" + i, t.epcis().get(i));
    }
    for (int i = 0; i < t.departements().size(); i++) {
      String code = t.departements().get(i);
      if (!Identifiers.isDepartementCode(code)) {
        problem("/territory/departements/" + i, "a département code (\"01\"–\"95\", \"2A\", \"2B\", \"971\"–\"978\")", quote(code));
      }
    }
    for (int i = 0; i < c.organisations().size(); i++) {
      Organisation o = c.organisations().get(i);
      String p = "/organisations/" + i;
      o.siren().ifPresent(s -> siren(p + "/siren", s));
      o.finess().ifPresent(s -> {
        if (!Identifiers.isFiness(s)) {
          problem(p + "/finess", "a FINESS number (9 characters, e.g. \"500000013\")", quote(s));
        }
      });
      o.inseeCode().ifPresent(s -> {
        if (!Identifiers.isInseeCommuneCode(s)) {
          problem(p + "/inseeCode", "an INSEE commune code (5 characters, e.g. \"50025\")", quote(s));
        }
      });
    }
    for (int i = 0; i < c.people().size(); i++) {
      Person person = c.people().get(i);
      String p = "/people/" + i;
      ref(p + "/organisationId", person.organisationId(), organisations, "organisation");
      for (int j = 0; j < person.roles().size(); j++) {
        Role r = person.roles().get(j);
        String rp = p + "/roles/" + j;
        range(rp + "/period", r.period());
        r.fte().ifPresent(f -> {
          if (f.signum() < 0) {
            problem(rp + "/fte", "a full-time equivalent of 0 or more", shown(f));
          }
        });
        ref(rp + "/employerId", r.employerId(), organisations, "organisation");
      }
    }
    for (int i = 0; i < c.signatories().size(); i++) {
      var s = c.signatories().get(i);
      String p = "/signatories/" + i;
      ref(p + "/organisationId", Optional.of(s.organisationId()), organisations, "organisation");
      date(p + "/signedOn", s.signedOn());
      ref(p + "/signerId", s.signerId(), people, "person");
    }
    duplicateSignatories(c);
    milestones(c.milestones());
    for (int i = 0; i < c.amendments().size(); i++) {
      Amendment a = c.amendments().get(i);
      String p = "/amendments/" + i;
      date(p + "/date", a.date());
      for (int j = 0; j < a.signatures().size(); j++) {
        var s = a.signatures().get(j);
        ref(p + "/signatures/" + j + "/organisationId", Optional.of(s.organisationId()), organisations, "organisation");
        date(p + "/signatures/" + j + "/signedOn", s.signedOn());
      }
      for (int j = 0; j < a.addedFicheIds().size(); j++) {
        ref(p + "/addedFicheIds/" + j, Optional.of(a.addedFicheIds().get(j)), fiches, "fiche action");
      }
    }
    for (int i = 0; i < c.coordination().funding().size(); i++) {
      var f = c.coordination().funding().get(i);
      String p = "/coordination/funding/" + i;
      ref(p + "/organisationId", Optional.of(f.organisationId()), organisations, "organisation");
      range(p + "/period", f.period());
      f.annualAmount().ifPresent(a -> nonNegative(p + "/annualAmount", a));
    }
    for (int i = 0; i < c.governance().bodies().size(); i++) {
      GovernanceBody b = c.governance().bodies().get(i);
      String p = "/governance/bodies/" + i;
      ref(p + "/chairId", b.chairId(), people, "person");
      ref(p + "/facilitatorId", b.facilitatorId(), people, "person");
      for (int j = 0; j < b.members().size(); j++) {
        ref(p + "/members/" + j + "/personId", Optional.of(b.members().get(j).personId()), people, "person");
        range(p + "/members/" + j + "/period", b.members().get(j).period());
      }
      for (int j = 0; j < b.meetings().size(); j++) {
        Meeting m = b.meetings().get(j);
        String mp = p + "/meetings/" + j;
        date(mp + "/date", Optional.of(m.date()));
        for (int k = 0; k < m.attendeeIds().size(); k++) {
          ref(mp + "/attendeeIds/" + k, Optional.of(m.attendeeIds().get(k)), people, "person");
        }
      }
    }
    for (int i = 0; i < c.diagnosis().stakeholders().size(); i++) {
      ref("/diagnosis/stakeholders/" + i + "/organisationId", c.diagnosis().stakeholders().get(i).organisationId(),
          organisations, "organisation");
    }
    for (int i = 0; i < c.actionPlan().fiches().size(); i++) {
      ActionSheet f = c.actionPlan().fiches().get(i);
      String p = "/actionPlan/fiches/" + i;
      ref(p + "/axisId", f.axisId(), axes, "axis");
      for (int j = 0; j < f.partnerIds().size(); j++) {
        ref(p + "/partnerIds/" + j, Optional.of(f.partnerIds().get(j)), organisations, "organisation");
      }
      ref(p + "/pilotId", f.pilotId(), people, "person");
      for (int j = 0; j < f.coPilotIds().size(); j++) {
        ref(p + "/coPilotIds/" + j, Optional.of(f.coPilotIds().get(j)), people, "person");
      }
      f.budget().ifPresent(b -> nonNegative(p + "/budget", b));
      date(p + "/validatedOn", f.validatedOn());
      for (int j = 0; j < f.indicators().size(); j++) {
        Indicator ind = f.indicators().get(j);
        for (int k = 0; k < ind.values().size(); k++) {
          year(p + "/indicators/" + j + "/values/" + k + "/year", ind.values().get(k).year());
        }
      }
    }
    var fu = c.followUp();
    reports("/followUp/activityReports/", fu.activityReports());
    reports("/followUp/financialReports/", fu.financialReports());
    for (int i = 0; i < fu.programmings().size(); i++) {
      Programming pr = fu.programmings().get(i);
      String p = "/followUp/programmings/" + i;
      year(p + "/fromYear", pr.fromYear());
      year(p + "/toYear", pr.toYear());
      if (pr.toYear() < pr.fromYear()) {
        problem(p + "/toYear", "a year on or after fromYear " + pr.fromYear(), String.valueOf(pr.toYear()));
      }
      for (int j = 0; j < pr.commitments().size(); j++) {
        var cm = pr.commitments().get(j);
        ref(p + "/commitments/" + j + "/organisationId", Optional.of(cm.organisationId()), organisations, "organisation");
        nonNegative(p + "/commitments/" + j + "/amount", cm.amount());
      }
      decision(p + "/validation", pr.validation());
    }
    for (int i = 0; i < fu.evaluations().size(); i++) {
      Evaluation e = fu.evaluations().get(i);
      String p = "/followUp/evaluations/" + i;
      date(p + "/date", e.date());
      decision(p + "/supervision", e.supervision());
    }
  }

  private void collectIds(LocalHealthContract c) {
    id("", c.id(), null); // the contract's own id follows the rules of every id, and comes first
    for (int i = 0; i < c.organisations().size(); i++) {
      id("/organisations/" + i, c.organisations().get(i).id(), organisations);
    }
    for (int i = 0; i < c.people().size(); i++) {
      id("/people/" + i, c.people().get(i).id(), people);
    }
    for (int i = 0; i < c.amendments().size(); i++) {
      id("/amendments/" + i, c.amendments().get(i).id(), null);
    }
    for (int i = 0; i < c.governance().bodies().size(); i++) {
      GovernanceBody b = c.governance().bodies().get(i);
      id("/governance/bodies/" + i, b.id(), bodies);
      for (int j = 0; j < b.meetings().size(); j++) {
        id("/governance/bodies/" + i + "/meetings/" + j, b.meetings().get(j).id(), null);
      }
    }
    for (int i = 0; i < c.actionPlan().axes().size(); i++) {
      id("/actionPlan/axes/" + i, c.actionPlan().axes().get(i).id(), axes);
    }
    for (int i = 0; i < c.actionPlan().fiches().size(); i++) {
      ActionSheet f = c.actionPlan().fiches().get(i);
      id("/actionPlan/fiches/" + i, f.id(), fiches);
      for (int j = 0; j < f.indicators().size(); j++) {
        id("/actionPlan/fiches/" + i + "/indicators/" + j, f.indicators().get(j).id(), null);
      }
    }
    var fu = c.followUp();
    for (int i = 0; i < fu.activityReports().size(); i++) {
      id("/followUp/activityReports/" + i, fu.activityReports().get(i).id(), null);
    }
    for (int i = 0; i < fu.financialReports().size(); i++) {
      id("/followUp/financialReports/" + i, fu.financialReports().get(i).id(), null);
    }
    for (int i = 0; i < fu.programmings().size(); i++) {
      id("/followUp/programmings/" + i, fu.programmings().get(i).id(), null);
    }
    for (int i = 0; i < fu.evaluations().size(); i++) {
      id("/followUp/evaluations/" + i, fu.evaluations().get(i).id(), null);
    }
  }

  private void id(String path, String id, Set<String> kind) {
    if (id.isBlank()) {
      problem(path + "/id", "a non-blank id", quote(id));
      return;
    }
    String first = idPaths.putIfAbsent(id, path);
    if (first != null) {
      problem(path + "/id", "an id used once in the document", quote(id) + ", already the id of " + element(first));
    }
    if (kind != null) {
      kind.add(id); // a duplicate is reported once, not again at every reference to it
    }
  }

  /**
   * An organisation listed twice among the signatories is one party listed twice: meaningless, and it would make
   * every rule about the signatories speak of it twice. Reported at the repeated listing, like a repeated id.
   */
  private void duplicateSignatories(LocalHealthContract c) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < c.signatories().size(); i++) {
      String org = c.signatories().get(i).organisationId();
      Integer j = first.putIfAbsent(org, i);
      if (j != null) {
        problem("/signatories/" + i + "/organisationId", "an organisation listed once among the signatories",
            quote(org) + ", already the signatory at /signatories/" + j);
      }
    }
  }

  private void ref(String path, Optional<String> ref, Set<String> known, String what) {
    ref.ifPresent(r -> {
      if (!known.contains(r)) {
        String article = "aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ";
        String elsewhere = idPaths.containsKey(r) ? " (the id of " + element(idPaths.get(r)) + ", not " + article + what + ")" : "";
        problem(path, "the id of " + article + what + " of the document", quote(r) + elsewhere);
      }
    });
  }

  /** @return how an element is named in a problem: its JSON Pointer, or "the contract" for the root */
  private static String element(String path) {
    return path.isEmpty() ? "the contract" : path;
  }

  private void siren(String path, String s) {
    if (!Identifiers.isSiren(s)) {
      problem(path, "a SIREN number (9 digits with a valid check digit, e.g. \"200066389\")", quote(s));
    }
  }

  private void milestones(Milestones m) {
    date("/milestones/engagement", m.engagement());
    date("/milestones/letterOfIntent", m.letterOfIntent());
    date("/milestones/diagnosisStart", m.diagnosisStart());
    date("/milestones/diagnosisCompletion", m.diagnosisCompletion());
    date("/milestones/signature", m.signature());
    date("/milestones/end", m.end());
  }

  private void reports(String prefix, List<AnnualReport> reports) {
    for (int i = 0; i < reports.size(); i++) {
      year(prefix + i + "/year", reports.get(i).year());
      date(prefix + i + "/issuedOn", reports.get(i).issuedOn());
    }
  }

  private void decision(String path, Optional<BodyDecision> d) {
    d.ifPresent(x -> {
      ref(path + "/bodyId", Optional.of(x.bodyId()), bodies, "governance body");
      date(path + "/date", Optional.of(x.date()));
    });
  }

  private void range(String path, DateRange r) {
    date(path + "/from", r.from());
    date(path + "/until", r.until());
    if (r.from().isPresent() && r.until().isPresent() && r.until().get().isBefore(r.from().get())) {
      problem(path + "/until", "a date on or after " + r.from().get(), r.until().get().toString());
    }
  }

  private void date(String path, Optional<LocalDate> d) {
    d.ifPresent(x -> year(path, x.getYear()));
  }

  private void year(String path, int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      problem(path, "a year from " + MIN_YEAR + " to " + MAX_YEAR, String.valueOf(year));
    }
  }

  private void nonNegative(String path, BigDecimal amount) {
    if (amount.signum() < 0) {
      problem(path, "an amount of 0 or more", shown(amount));
    }
  }

  private void problem(String path, String expected, String found) {
    problems.add(new ModelProblem(path, expected, found));
  }

  /** A string as a JSON literal (escaped), shortened past 60 characters. */
  private static String quote(String s) {
    String shown = s.length() > 60 ? s.substring(0, 57) + "…" : s;
    StringBuilder out = new StringBuilder("\"");
    for (char ch : shown.toCharArray()) {
      switch (ch) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (ch < 0x20) {
            out.append(String.format("\\u%04x", (int) ch));
          } else {
            out.append(ch);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** A number as written, never expanded (a huge exponent stays short). */
  private static String shown(BigDecimal n) {
    String s = n.toString();
    return s.length() > 40 ? s.substring(0, 37) + "…" : s;
  }
}
