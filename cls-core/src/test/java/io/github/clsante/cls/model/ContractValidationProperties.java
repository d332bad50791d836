package io.github.clsante.cls.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NotEmpty;

/**
 * DESIGN.md: « Construction refuses only what is meaningless … and says exactly why (Vavr Validation with all
 * problems, not the first). » A valid contract with N distinct faults injected gives exactly N problems, each
 * at its JSON Pointer.
 */
class ContractValidationProperties {

  /** One way to make a valid contract meaningless, and where the problem must be reported. */
  enum Fault {
    DUPLICATE_ID("/people/3/id"),
    UNKNOWN_REFERENCE("/signatories/2/organisationId"),
    NEGATIVE_FTE("/people/1/roles/0/fte"),
    YEAR_1850("/milestones/engagement"),
    BAD_SIREN_CHECK_DIGIT("/organisations/0/siren"),
    BAD_INSEE("/organisations/4/inseeCode"),
    BAD_FINESS("/organisations/3/finess");

    final String path;

    Fault(String path) {
      this.path = path;
    }
  }

  static final String COLL_SIREN = "200066389";

  /** A small valid contract; each fault changes one value or appends one element at the end of a list. */
  static ImmutableLocalHealthContract.Builder contract(Set<Fault> faults) {
    List<Organisation> orgs = new ArrayList<>(List.of(
        Organisation.builder().id("org-cc").name("CC").kind(OrganisationKind.COMMUNAUTE_DE_COMMUNES)
            .siren(faults.contains(Fault.BAD_SIREN_CHECK_DIGIT) ? "200066388" : COLL_SIREN).build(),
        Organisation.builder().id("org-ars").name("ARS").kind(OrganisationKind.ARS).build(),
        Organisation.builder().id("org-pref").name("Préfecture").kind(OrganisationKind.PREFECTURE).build(),
        Organisation.builder().id("org-ch").name("CH").kind(OrganisationKind.HEALTH_ESTABLISHMENT)
            .finess(faults.contains(Fault.BAD_FINESS) ? "50000001" : "500000013").build(),
        Organisation.builder().id("org-commune").name("Commune").kind(OrganisationKind.COMMUNE)
            .inseeCode(faults.contains(Fault.BAD_INSEE) ? "20123" : "50025").build()));
    List<Person> people = new ArrayList<>(List.of(
        Person.builder().id("p-elu").name("Élue").organisationId("org-cc")
            .addRoles(Role.builder().kind(RoleKind.ELU_REFERENT).build()).build(),
        Person.builder().id("p-coord").name("Coordinatrice").organisationId("org-cc")
            .addRoles(Role.builder().kind(RoleKind.COORDINATOR)
                .fte(new BigDecimal(faults.contains(Fault.NEGATIVE_FTE) ? "-0.5" : "1.0")).employerId("org-cc")
                .build()).build(),
        Person.builder().id("p-ars").name("Technicien ARS").organisationId("org-ars").build()));
    if (faults.contains(Fault.DUPLICATE_ID)) {
      people.add(Person.builder().id("org-ars").name("Homonyme").build());
    }
    List<Signatory> signatories = new ArrayList<>(List.of(
        Signatory.builder().organisationId("org-cc").build(),
        Signatory.builder().organisationId("org-ars").build()));
    if (faults.contains(Fault.UNKNOWN_REFERENCE)) {
      signatories.add(Signatory.builder().organisationId("org-inconnue").build());
    }
    return LocalHealthContract.builder().id("cls-test").name("CLS de test").region("Normandie")
        .organisations(orgs).people(people).signatories(signatories)
        .milestones(Milestones.builder()
            .engagement(faults.contains(Fault.YEAR_1850) ? LocalDate.of(1850, 6, 1) : LocalDate.of(2021, 6, 1))
            .signature(LocalDate.of(2022, 3, 15)).end(LocalDate.of(2027, 3, 14)).build())
        .governance(Governance.builder().addBodies(GovernanceBody.builder().id("copil").name("COPIL")
            .kind(BodyKind.COPIL).chairId("p-elu")
            .addMembers(Membership.builder().personId("p-elu").build())
            .addMembers(Membership.builder().personId("p-ars").build())
            .addMeetings(Meeting.builder().id("copil-2023").date(LocalDate.of(2023, 5, 2)).build())
            .build()).build());
  }

  @Example
  @Label("the contract without faults is valid")
  void validWithoutFaults() {
    assertThat(LocalHealthContract.validate(contract(Set.of())).isValid()).isTrue();
    assertThat(contract(Set.of()).build().organisations()).hasSize(5);
  }

  @Property(tries = 128)
  @Label("N distinct faults give exactly N problems, each at its JSON Pointer")
  void everyProblemIsReported(@ForAll @NotEmpty Set<Fault> faults) {
    List<String> expected = faults.stream().map(f -> f.path).toList();

    Validation<io.vavr.collection.Seq<ModelProblem>, LocalHealthContract> v =
        LocalHealthContract.validate(contract(faults));
    assertThat(v.isInvalid()).isTrue();
    assertThat(v.getError().map(ModelProblem::path).toJavaList()).containsExactlyInAnyOrderElementsOf(expected);

    assertThatThrownBy(() -> contract(faults).build())
        .isInstanceOfSatisfying(InvalidContractException.class, e -> {
          assertThat(e.problems()).extracting(ModelProblem::path).containsExactlyInAnyOrderElementsOf(expected);
          assertThat(e.getMessage()).startsWith(faults.size() + " problem(s)");
        });
  }

  @Example
  @Label("all seven faults at once: seven problems, with what was expected and found")
  void allFaults() {
    var v = LocalHealthContract.validate(contract(EnumSet.allOf(Fault.class)));
    List<ModelProblem> problems = v.getError().toJavaList();
    assertThat(problems).hasSize(7);
    assertThat(problems).filteredOn(p -> p.path().equals("/organisations/0/siren"))
        .singleElement().satisfies(p -> assertThat(p.found()).isEqualTo("\"200066388\""));
    assertThat(problems).filteredOn(p -> p.path().equals("/milestones/engagement"))
        .singleElement().satisfies(p -> assertThat(p.found()).isEqualTo("1850"));
    assertThat(problems).filteredOn(p -> p.path().equals("/people/3/id"))
        .singleElement().satisfies(p -> assertThat(p.found()).contains("/organisations/1"));
  }

  @Example
  @Label("an organisation listed twice among the signatories is reported at the repeated listing")
  void duplicateSignatory() {
    var b = contract(Set.of()).addSignatories(Signatory.builder().organisationId("org-commune").build(),
        Signatory.builder().organisationId("org-ars").signedOn(LocalDate.of(2022, 3, 15)).build());
    List<ModelProblem> problems = LocalHealthContract.validate(b).getError().toJavaList();
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("/signatories/3/organisationId");
      assertThat(p.expected()).isEqualTo("an organisation listed once among the signatories");
      assertThat(p.found()).isEqualTo("\"org-ars\", already the signatory at /signatories/1");
    });
  }

  @Example
  @Label("a membership ending before it starts, and a negative budget, are reported")
  void rangesAndAmounts() {
    var b = contract(Set.of()).governance(Governance.builder().addBodies(GovernanceBody.builder().id("copil")
            .name("COPIL").kind(BodyKind.COPIL).addMembers(Membership.builder().personId("p-elu")
                .period(DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2022, 1, 1))).build()).build()).build())
        .actionPlan(ActionPlan.builder().addFiches(ActionSheet.builder().id("fa-1").title("F")
            .budget(new BigDecimal("-1")).build()).build());
    assertThat(LocalHealthContract.validate(b).getError().map(ModelProblem::path).toJavaList())
        .containsExactlyInAnyOrder("/governance/bodies/0/members/0/period/until", "/actionPlan/fiches/0/budget");
  }
}
