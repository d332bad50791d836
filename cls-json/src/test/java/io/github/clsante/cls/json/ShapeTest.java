package io.github.clsante.cls.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.cls.model.InvalidContractException;
import io.github.clsante.cls.model.Organisation;
import io.github.clsante.cls.model.OrganisationKind;
import io.github.clsante.cls.model.Territory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A format description that does not fit the model fails when it is built, naming the shape and the field; the
 * model's own exceptions come through the reflective calls unchanged.
 */
class ShapeTest {

  @Test
  void aFieldWithoutAnAccessorFailsNamingTheShapeAndTheField() {
    assertThatThrownBy(() -> new Shape<>("Territory", "doc", Territory.class).optional("nme", Model.TEXT, "x"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Shape Territory, field \"nme\": io.github.clsante.cls.model.Territory has no public accessor "
            + "nme() returning an Optional");
  }

  @Test
  void anAccessorOfAnotherPresenceFailsToo() {
    // communes() is a List, not an Optional
    assertThatThrownBy(() -> new Shape<>("Territory", "doc", Territory.class).optional("communes", Model.TEXT, "x"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Shape Territory, field \"communes\": io.github.clsante.cls.model.Territory has no public "
            + "accessor communes() returning an Optional (it returns java.util.List<java.lang.String>)");
  }

  @Test
  void aKindTheBuilderCannotTakeFails() {
    // kind() returns an OrganisationKind: neither the accessor nor the setter takes a string
    assertThatThrownBy(() -> new Shape<>("Organisation", "doc", Organisation.class).required("kind", Model.TEXT, "x"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Shape Organisation, field \"kind\": ")
        .hasMessageContaining("accessor kind() returning a String");
  }

  @Test
  void aTypeWithoutABuilderFails() {
    assertThatThrownBy(() -> new Shape<>("Kind", "doc", OrganisationKind.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Shape Kind: io.github.clsante.cls.model.OrganisationKind has no public static builder()");
  }

  @Test
  void theShapesResolvedTheirFields() {
    Shape<Organisation> s = new Shape<>("Organisation", "doc", Organisation.class)
        .required("id", Model.ID, "id").required("kind", Model.en(OrganisationKind.class), "kind");
    Organisation o = Organisation.builder().id("ars").name("ARS").kind(OrganisationKind.ARS).build();
    assertThat(s.byName.get("id").value(o)).isEqualTo("ars");
    assertThat(s.byName.get("kind").value(o)).isEqualTo(OrganisationKind.ARS);
  }

  @Test
  void theModelsValidationComesThroughUnwrapped() {
    Node root = Node.object(1, 1);
    root.fields.put("id", Node.string("c", 1, 1));
    root.fields.put("name", Node.string("n", 1, 1));
    root.fields.put("region", Node.string("Normandie", 1, 1));
    Node orgs = Node.array(1, 1);
    for (int i = 0; i < 2; i++) {
      Node org = Node.object(1, 1);
      org.fields.put("id", Node.string("same", 1, 1));
      org.fields.put("name", Node.string("o", 1, 1));
      org.fields.put("kind", Node.string("ARS", 1, 1));
      orgs.items.add(org);
    }
    root.fields.put("organisations", orgs);
    List<DocumentProblem> problems = new ArrayList<>();
    assertThatThrownBy(() -> Model.CONTRACT.read(root, Pointer.ROOT, new Reading(problems)))
        .isInstanceOf(InvalidContractException.class);
    assertThat(problems).isEmpty();
  }
}
