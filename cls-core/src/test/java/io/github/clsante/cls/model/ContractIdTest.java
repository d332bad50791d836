package io.github.clsante.cls.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract's own id follows the rules of every id: non-blank, and unique across the whole document. */
class ContractIdTest {

  private static ImmutableLocalHealthContract.Builder contract(String id) {
    return LocalHealthContract.builder().id(id).name("CLS").region("Normandie")
        .addOrganisations(Organisation.builder().id("org-cc").name("CC").kind(OrganisationKind.ARS).build());
  }

  private static List<ModelProblem> problems(ImmutableLocalHealthContract.Builder b) {
    var v = LocalHealthContract.validate(b);
    assertThat(v.isInvalid()).as("refused").isTrue();
    return v.getError().asJava();
  }

  @Test
  void aBlankContractIdIsRefused() {
    assertThat(problems(contract(""))).containsExactly(new ModelProblem("/id", "a non-blank id", "\"\""));
    assertThat(problems(contract(" \t"))).containsExactly(new ModelProblem("/id", "a non-blank id", "\" \\t\""));
  }

  @Test
  void anElementCannotTakeTheContractsId() {
    assertThat(problems(contract("org-cc"))).containsExactly(new ModelProblem("/organisations/0/id",
        "an id used once in the document", "\"org-cc\", already the id of the contract"));
    var meeting = contract("cls-1").governance(Governance.builder().addBodies(GovernanceBody.builder().id("copil")
        .name("COPIL").kind(BodyKind.COPIL).addMeetings(Meeting.builder().id("cls-1")
            .date(java.time.LocalDate.of(2024, 1, 1)).build()).build()).build());
    assertThat(problems(meeting)).extracting(ModelProblem::path).containsExactly(
        "/governance/bodies/0/meetings/0/id");
  }

  @Test
  void aReferenceToTheContractsIdSaysWhatItNames() {
    var b = contract("cls-1").addSignatories(Signatory.builder().organisationId("cls-1").build());
    assertThat(problems(b)).containsExactly(new ModelProblem("/signatories/0/organisationId",
        "the id of an organisation of the document", "\"cls-1\" (the id of the contract, not an organisation)"));
  }

  @Test
  void aDistinctNonBlankIdIsAccepted() {
    assertThat(LocalHealthContract.validate(contract("cls-1")).isValid()).isTrue();
  }
}
