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
import org.jspecify.annotations.Nullable;

/**
 * Finds what makes a contract meaningless, all of it in one pass, each problem with the JSON Pointer of its
 * element in the canonical JSON form. Internal: no compatibility promise.
 */
final class ContractValidator {

  static final int MIN_YEAR = LocalHealthContract.MIN_YEAR;
  static final int MAX_YEAR = LocalHealthContract.MAX_YEAR;

  private final List<ModelProblem> problems = new ArrayList<>();
  private final Map<String, At> idPaths = new HashMap<>();
  private final Set<String> organisations = new HashSet<>();
  private final Set<String> people = new HashSet<>();
  private final Set<String> bodies = new HashSet<>();
  private final Set<String> axes = new HashSet<>();
  private final Set<String> fiches = new HashSet<>();

  /** The contract: the JSON Pointer {@code ""}. */
  private static final At ROOT = new At(null, null, 0);

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
        problem(ROOT.field("territory/communes").item(i),
            "an INSEE commune code (5 characters, e.g. \"50025\" or \"2A004\")", quote(code));
      }
    }
    for (int i = 0; i < t.epcis().size(); i++) {
      siren(ROOT.field("territory/epcis").item(i), t.epcis().get(i));
    }
    for (int i = 0; i < t.departements().size(); i++) {
      String code = t.departements().get(i);
      if (!Identifiers.isDepartementCode(code)) {
        problem(ROOT.field("territory/departements").item(i),
            "a département code (\"01\"–\"95\", \"2A\", \"2B\", \"971\"–\"978\")", quote(code));
      }
    }
    for (int i = 0; i < c.organisations().size(); i++) {
      Organisation o = c.organisations().get(i);
      At p = ROOT.field("organisations").item(i);
      o.siren().ifPresent(s -> siren(p.field("siren"), s));
      o.finess().ifPresent(s -> {
        if (!Identifiers.isFiness(s)) {
          problem(p.field("finess"), "a FINESS number (9 characters, e.g. \"500000013\")", quote(s));
        }
      });
      o.inseeCode().ifPresent(s -> {
        if (!Identifiers.isInseeCommuneCode(s)) {
          problem(p.field("inseeCode"), "an INSEE commune code (5 characters, e.g. \"50025\")", quote(s));
        }
      });
    }
    for (int i = 0; i < c.people().size(); i++) {
      Person person = c.people().get(i);
      At p = ROOT.field("people").item(i);
      ref(p.field("organisationId"), person.organisationId(), organisations, "organisation");
      for (int j = 0; j < person.roles().size(); j++) {
        Role r = person.roles().get(j);
        At rp = p.field("roles").item(j);
        range(rp.field("period"), r.period());
        r.fte().ifPresent(f -> {
          if (f.signum() < 0) {
            problem(rp.field("fte"), "a full-time equivalent of 0 or more", shown(f));
          }
        });
        ref(rp.field("employerId"), r.employerId(), organisations, "organisation");
      }
    }
    for (int i = 0; i < c.signatories().size(); i++) {
      var s = c.signatories().get(i);
      At p = ROOT.field("signatories").item(i);
      ref(p.field("organisationId"), Optional.of(s.organisationId()), organisations, "organisation");
      date(p.field("signedOn"), s.signedOn());
      ref(p.field("signerId"), s.signerId(), people, "person");
    }
    duplicateSignatories(c);
    milestones(c.milestones());
    for (int i = 0; i < c.amendments().size(); i++) {
      Amendment a = c.amendments().get(i);
      At p = ROOT.field("amendments").item(i);
      date(p.field("date"), a.date());
      for (int j = 0; j < a.signatures().size(); j++) {
        var s = a.signatures().get(j);
        ref(p.field("signatures").item(j).field("organisationId"), Optional.of(s.organisationId()), organisations,
            "organisation");
        date(p.field("signatures").item(j).field("signedOn"), s.signedOn());
      }
      for (int j = 0; j < a.addedFicheIds().size(); j++) {
        ref(p.field("addedFicheIds").item(j), Optional.of(a.addedFicheIds().get(j)), fiches, "fiche action");
      }
    }
    for (int i = 0; i < c.coordination().funding().size(); i++) {
      var f = c.coordination().funding().get(i);
      At p = ROOT.field("coordination/funding").item(i);
      ref(p.field("organisationId"), Optional.of(f.organisationId()), organisations, "organisation");
      range(p.field("period"), f.period());
      f.annualAmount().ifPresent(a -> nonNegative(p.field("annualAmount"), a));
    }
    for (int i = 0; i < c.governance().bodies().size(); i++) {
      GovernanceBody b = c.governance().bodies().get(i);
      At p = ROOT.field("governance/bodies").item(i);
      ref(p.field("chairId"), b.chairId(), people, "person");
      ref(p.field("facilitatorId"), b.facilitatorId(), people, "person");
      for (int j = 0; j < b.members().size(); j++) {
        ref(p.field("members").item(j).field("personId"), Optional.of(b.members().get(j).personId()), people, "person");
        range(p.field("members").item(j).field("period"), b.members().get(j).period());
      }
      for (int j = 0; j < b.meetings().size(); j++) {
        Meeting m = b.meetings().get(j);
        At mp = p.field("meetings").item(j);
        date(mp.field("date"), Optional.of(m.date()));
        for (int k = 0; k < m.attendeeIds().size(); k++) {
          ref(mp.field("attendeeIds").item(k), Optional.of(m.attendeeIds().get(k)), people, "person");
        }
      }
    }
    for (int i = 0; i < c.diagnosis().stakeholders().size(); i++) {
      ref(ROOT.field("diagnosis/stakeholders").item(i).field("organisationId"),
          c.diagnosis().stakeholders().get(i).organisationId(),
          organisations, "organisation");
    }
    for (int i = 0; i < c.actionPlan().fiches().size(); i++) {
      ActionSheet f = c.actionPlan().fiches().get(i);
      At p = ROOT.field("actionPlan/fiches").item(i);
      ref(p.field("axisId"), f.axisId(), axes, "axis");
      for (int j = 0; j < f.partnerIds().size(); j++) {
        ref(p.field("partnerIds").item(j), Optional.of(f.partnerIds().get(j)), organisations, "organisation");
      }
      ref(p.field("pilotId"), f.pilotId(), people, "person");
      for (int j = 0; j < f.coPilotIds().size(); j++) {
        ref(p.field("coPilotIds").item(j), Optional.of(f.coPilotIds().get(j)), people, "person");
      }
      f.budget().ifPresent(b -> nonNegative(p.field("budget"), b));
      date(p.field("validatedOn"), f.validatedOn());
      for (int j = 0; j < f.indicators().size(); j++) {
        Indicator ind = f.indicators().get(j);
        for (int k = 0; k < ind.values().size(); k++) {
          year(p.field("indicators").item(j).field("values").item(k).field("year"), ind.values().get(k).year());
        }
      }
    }
    var fu = c.followUp();
    reports(ROOT.field("followUp/activityReports"), fu.activityReports());
    reports(ROOT.field("followUp/financialReports"), fu.financialReports());
    for (int i = 0; i < fu.programmings().size(); i++) {
      Programming pr = fu.programmings().get(i);
      At p = ROOT.field("followUp/programmings").item(i);
      year(p.field("fromYear"), pr.fromYear());
      year(p.field("toYear"), pr.toYear());
      if (pr.toYear() < pr.fromYear()) {
        problem(p.field("toYear"), "a year on or after fromYear " + pr.fromYear(), String.valueOf(pr.toYear()));
      }
      for (int j = 0; j < pr.commitments().size(); j++) {
        var cm = pr.commitments().get(j);
        ref(p.field("commitments").item(j).field("organisationId"), Optional.of(cm.organisationId()), organisations,
            "organisation");
        nonNegative(p.field("commitments").item(j).field("amount"), cm.amount());
      }
      decision(p.field("validation"), pr.validation());
    }
    for (int i = 0; i < fu.evaluations().size(); i++) {
      Evaluation e = fu.evaluations().get(i);
      At p = ROOT.field("followUp/evaluations").item(i);
      date(p.field("date"), e.date());
      decision(p.field("supervision"), e.supervision());
    }
  }

  private void collectIds(LocalHealthContract c) {
    id(ROOT, c.id(), null); // the contract's own id follows the rules of every id, and comes first
    for (int i = 0; i < c.organisations().size(); i++) {
      id(ROOT.field("organisations").item(i), c.organisations().get(i).id(), organisations);
    }
    for (int i = 0; i < c.people().size(); i++) {
      id(ROOT.field("people").item(i), c.people().get(i).id(), people);
    }
    for (int i = 0; i < c.amendments().size(); i++) {
      id(ROOT.field("amendments").item(i), c.amendments().get(i).id(), null);
    }
    for (int i = 0; i < c.governance().bodies().size(); i++) {
      GovernanceBody b = c.governance().bodies().get(i);
      id(ROOT.field("governance/bodies").item(i), b.id(), bodies);
      for (int j = 0; j < b.meetings().size(); j++) {
        id(ROOT.field("governance/bodies").item(i).field("meetings").item(j), b.meetings().get(j).id(), null);
      }
    }
    for (int i = 0; i < c.actionPlan().axes().size(); i++) {
      id(ROOT.field("actionPlan/axes").item(i), c.actionPlan().axes().get(i).id(), axes);
    }
    for (int i = 0; i < c.actionPlan().fiches().size(); i++) {
      ActionSheet f = c.actionPlan().fiches().get(i);
      id(ROOT.field("actionPlan/fiches").item(i), f.id(), fiches);
      for (int j = 0; j < f.indicators().size(); j++) {
        id(ROOT.field("actionPlan/fiches").item(i).field("indicators").item(j), f.indicators().get(j).id(), null);
      }
    }
    var fu = c.followUp();
    for (int i = 0; i < fu.activityReports().size(); i++) {
      id(ROOT.field("followUp/activityReports").item(i), fu.activityReports().get(i).id(), null);
    }
    for (int i = 0; i < fu.financialReports().size(); i++) {
      id(ROOT.field("followUp/financialReports").item(i), fu.financialReports().get(i).id(), null);
    }
    for (int i = 0; i < fu.programmings().size(); i++) {
      id(ROOT.field("followUp/programmings").item(i), fu.programmings().get(i).id(), null);
    }
    for (int i = 0; i < fu.evaluations().size(); i++) {
      id(ROOT.field("followUp/evaluations").item(i), fu.evaluations().get(i).id(), null);
    }
  }

  private void id(At path, String id, Set<String> kind) {
    if (id.isBlank()) {
      problem(path.field("id"), "a non-blank id", quote(id));
      return;
    }
    At first = idPaths.putIfAbsent(id, path);
    if (first != null) {
      problem(path.field("id"), "an id used once in the document", quote(id) + ", already the id of " + element(first));
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
        problem(ROOT.field("signatories").item(i).field("organisationId"),
            "an organisation listed once among the signatories",
            quote(org) + ", already the signatory at /signatories/" + j);
      }
    }
  }

  private void ref(At path, Optional<String> ref, Set<String> known, String what) {
    ref.ifPresent(r -> {
      if (!known.contains(r)) {
        String article = "aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ";
        String elsewhere = idPaths.containsKey(r) ? " (the id of " + element(idPaths.get(r)) + ", not " + article + what + ")" : "";
        problem(path, "the id of " + article + what + " of the document", quote(r) + elsewhere);
      }
    });
  }

  /** @return how an element is named in a problem: its JSON Pointer, or "the contract" for the root */
  private static String element(At path) {
    return path == ROOT ? "the contract" : path.toString();
  }

  private void siren(At path, String s) {
    if (!Identifiers.isSiren(s)) {
      problem(path, "a SIREN number (9 digits with a valid check digit, e.g. \"200066389\")", quote(s));
    }
  }

  private void milestones(Milestones m) {
    date(ROOT.field("milestones/engagement"), m.engagement());
    date(ROOT.field("milestones/letterOfIntent"), m.letterOfIntent());
    date(ROOT.field("milestones/diagnosisStart"), m.diagnosisStart());
    date(ROOT.field("milestones/diagnosisCompletion"), m.diagnosisCompletion());
    date(ROOT.field("milestones/signature"), m.signature());
    date(ROOT.field("milestones/end"), m.end());
  }

  private void reports(At list, List<AnnualReport> reports) {
    for (int i = 0; i < reports.size(); i++) {
      year(list.item(i).field("year"), reports.get(i).year());
      date(list.item(i).field("issuedOn"), reports.get(i).issuedOn());
    }
  }

  private void decision(At path, Optional<BodyDecision> d) {
    d.ifPresent(x -> {
      ref(path.field("bodyId"), Optional.of(x.bodyId()), bodies, "governance body");
      date(path.field("date"), Optional.of(x.date()));
    });
  }

  private void range(At path, DateRange r) {
    date(path.field("from"), r.from());
    date(path.field("until"), r.until());
    if (r.from().isPresent() && r.until().isPresent() && r.until().get().isBefore(r.from().get())) {
      problem(path.field("until"), "a date on or after " + r.from().get(), r.until().get().toString());
    }
  }

  private void date(At path, Optional<LocalDate> d) {
    d.ifPresent(x -> year(path, x.getYear()));
  }

  private void year(At path, int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      problem(path, "a year from " + MIN_YEAR + " to " + MAX_YEAR, String.valueOf(year));
    }
  }

  private void nonNegative(At path, BigDecimal amount) {
    if (amount.signum() < 0) {
      problem(path, "an amount of 0 or more", shown(amount));
    }
  }

  private void problem(At path, String expected, String found) {
    problems.add(new ModelProblem(path.toString(), expected, found));
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

  /**
   * The JSON Pointer of an element, made into text only when a problem names it: a valid contract, which is most
   * of them, builds none (issue #16: the strings, and the first call of each concatenation in a fresh JVM, were
   * most of this validator's cost). Its names are this class's own, never a document's: nothing to escape.
   */
  private static final class At {
    private final @Nullable At parent;
    /** One or more segments (e.g. {@code "followUp/programmings"}), or null for an array's item. */
    private final @Nullable String name;
    private final int index;

    private At(@Nullable At parent, @Nullable String name, int index) {
      this.parent = parent;
      this.name = name;
      this.index = index;
    }

    At field(String name) {
      return new At(this, name, 0);
    }

    At item(int index) {
      return new At(this, null, index);
    }

    @Override
    public String toString() {
      if (parent == null) {
        return "";
      }
      StringBuilder b = new StringBuilder();
      append(b);
      return b.toString();
    }

    private void append(StringBuilder b) {
      if (parent != null) {
        parent.append(b);
        b.append('/');
        if (name == null) {
          b.append(index);
        } else {
          b.append(name);
        }
      }
    }
  }
}
