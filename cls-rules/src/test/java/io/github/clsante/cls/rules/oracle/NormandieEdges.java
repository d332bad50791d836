package io.github.clsante.cls.rules.oracle;

import io.github.clsante.cls.model.BodyDecision;
import io.github.clsante.cls.model.Evaluation;
import io.github.clsante.cls.model.EvaluationKind;
import io.github.clsante.cls.model.FollowUp;
import io.github.clsante.cls.model.Governance;
import io.github.clsante.cls.model.GovernanceBody;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.Meeting;
import io.github.clsante.cls.model.Person;
import io.github.clsante.cls.model.Role;
import io.github.clsante.cls.model.RoleKind;
import io.github.clsante.cls.testkit.ContractAtDate;
import io.github.clsante.cls.testkit.Contracts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random contracts pushed onto edges the testkit's generator rarely or never reaches, so that the oracle and
 * the rules are compared there too: a second élu référent on the check date, a coordinator holding two
 * coordinator roles with different employers, a final evaluation dated on the boundaries of the last 12
 * months (end − 1 year, the day after, the end, the day after the end), and COPIL / COTECH meetings on
 * 1 January and 31 December. Every edit keeps the contract meaningful.
 */
public final class NormandieEdges {

  private NormandieEdges() {}

  /** @return random contracts at dates with one or more edge edits */
  public static Arbitrary<ContractAtDate> edges() {
    return Combinators.combine(Contracts.contractsAtDates(), Arbitraries.integers().between(1, 15),
        Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 6))
        .as(NormandieEdges::edit);
  }

  private static ContractAtDate edit(ContractAtDate cad, int mask, int evalChoice, int yearOffset) {
    LocalHealthContract c = cad.contract();
    LocalDate asOf = cad.asOf();
    if ((mask & 1) != 0) {
      c = secondReferent(c, asOf);
    }
    if ((mask & 2) != 0) {
      c = twoCoordinatorRoles(c);
    }
    if ((mask & 4) != 0) {
      c = boundaryEvaluation(c, evalChoice);
    }
    if ((mask & 8) != 0) {
      c = boundaryMeetings(c, yearOffset);
    }
    return cad.withContract(c);
  }

  private static LocalHealthContract secondReferent(LocalHealthContract c, LocalDate asOf) {
    if (c.organisations().isEmpty()) {
      return c;
    }
    String org = c.organisation("org-collectivite").isPresent() ? "org-collectivite"
        : c.organisations().get(0).id();
    Person p = Person.builder().id("p-edge-referent").name("Second référent").organisationId(org)
        .addRoles(Role.builder().kind(RoleKind.ELU_REFERENT).build())
        .addRoles(Role.builder().kind(RoleKind.ELU).build()).build();
    List<Person> people = new ArrayList<>(c.people());
    people.add(p);
    return LocalHealthContract.builder().mergeFrom(c).people(people).build();
  }

  private static LocalHealthContract twoCoordinatorRoles(LocalHealthContract c) {
    List<Person> people = new ArrayList<>(c.people());
    for (int i = 0; i < people.size(); i++) {
      Person p = people.get(i);
      if (p.roles().stream().anyMatch(r -> r.kind() == RoleKind.COORDINATOR) && !c.organisations().isEmpty()) {
        List<Role> roles = new ArrayList<>(p.roles());
        roles.add(Role.builder().kind(RoleKind.COORDINATOR)
            .employerId(c.organisations().get(c.organisations().size() - 1).id()).build());
        people.set(i, Person.builder().mergeFrom(p).roles(roles).build());
        return LocalHealthContract.builder().mergeFrom(c).people(people).build();
      }
    }
    return c;
  }

  /**
   * Gives the first coordinator on the check date a second, concurrent coordinator role, listed after the
   * first, employed by an organisation that is not a signatory collectivité.
   *
   * @param cad a contract at a date with a coordinator on that date
   * @return the edited contract at the same date
   */
  public static ContractAtDate secondCoordinatorRoleElsewhere(ContractAtDate cad) {
    LocalHealthContract c = cad.contract();
    java.util.Set<String> signatories = new java.util.HashSet<>();
    c.signatories().forEach(s -> signatories.add(s.organisationId()));
    Optional<String> elsewhere = c.organisations().stream()
        .filter(o -> !(o.kind().isCollectivite() && signatories.contains(o.id()))).map(o -> o.id()).findFirst();
    List<Person> people = new ArrayList<>(c.people());
    for (int i = 0; i < people.size() && elsewhere.isPresent(); i++) {
      Person p = people.get(i);
      if (p.holds(RoleKind.COORDINATOR, cad.asOf())) {
        List<Role> roles = new ArrayList<>(p.roles());
        roles.add(Role.builder().kind(RoleKind.COORDINATOR).employerId(elsewhere.get()).build());
        people.set(i, Person.builder().mergeFrom(p).roles(roles).build());
        return cad.withContract(LocalHealthContract.builder().mergeFrom(c).people(people).build());
      }
    }
    return cad;
  }

  private static LocalHealthContract boundaryEvaluation(LocalHealthContract c, int choice) {
    if (c.milestones().end().isEmpty()) {
      return c;
    }
    LocalDate end = c.milestones().end().get();
    LocalDate date = switch (choice) {
      case 0 -> end.minusYears(1);
      case 1 -> end.minusYears(1).plusDays(1);
      case 2 -> end;
      default -> end.plusDays(1);
    };
    Optional<String> copil = c.governance().bodies().stream().filter(b -> b.kind().countsAsCopil())
        .map(GovernanceBody::id).findFirst();
    List<Evaluation> evaluations = new ArrayList<>(c.followUp().evaluations());
    evaluations.add(Evaluation.builder().id("eval-edge").kind(EvaluationKind.FINAL).date(date)
        .supervision(copil.map(id -> BodyDecision.builder().bodyId(id).date(date).build())).build());
    return LocalHealthContract.builder().mergeFrom(c)
        .followUp(FollowUp.builder().mergeFrom(c.followUp()).evaluations(evaluations).build()).build();
  }

  private static LocalHealthContract boundaryMeetings(LocalHealthContract c, int yearOffset) {
    int year = c.milestones().diagnosisStart().or(() -> c.milestones().signature())
        .map(LocalDate::getYear).orElse(2020) + yearOffset;
    List<GovernanceBody> bodies = new ArrayList<>();
    int n = 0;
    for (GovernanceBody b : c.governance().bodies()) {
      if (b.kind().countsAsCopil() || b.kind().countsAsCotech()) {
        List<Meeting> meetings = new ArrayList<>(b.meetings());
        meetings.add(Meeting.builder().id("edge-meeting-" + (++n)).date(LocalDate.of(year, 1, 1)).build());
        meetings.add(Meeting.builder().id("edge-meeting-" + (++n)).date(LocalDate.of(year, 12, 31))
            .minutesRef("CR").build());
        bodies.add(GovernanceBody.builder().mergeFrom(b).meetings(meetings).build());
      } else {
        bodies.add(b);
      }
    }
    return LocalHealthContract.builder().mergeFrom(c)
        .governance(Governance.builder().mergeFrom(c.governance()).bodies(bodies).build()).build();
  }
}
