package io.github.clsante.cls.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The format describes every attribute of every model type, in the model's declaration order. */
class ModelCoverageTest {

  @Test
  void everyShapeHasTheModelsAttributesInOrder() throws Exception {
    for (Shape<?> s : Model.SHAPES) {
      // the generated implementation, found from the builder rather than named
      Class<?> impl = s.type.getMethod("builder").getReturnType().getEnclosingClass();
      List<String> attributes = Arrays.stream(impl.getDeclaredFields())
          .filter(f -> !Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers()))
          .map(Field::getName).collect(Collectors.toList());
      assertThat(s.names()).as(s.name).isEqualTo(attributes);
    }
  }

  @Test
  void everyDefaultIsTheModels() {
    assertThat(io.github.clsante.cls.model.Territory.builder().build().kind())
        .isEqualTo(Model.TERRITORY.byName.get("kind").dflt);
    assertThat(io.github.clsante.cls.model.Axis.builder().id("a").title("t").build().approach())
        .isEqualTo(Model.AXIS.byName.get("approach").dflt);
    assertThat(io.github.clsante.cls.model.ActionSheet.builder().id("a").title("t").build().status())
        .isEqualTo(Model.ACTION_SHEET.byName.get("status").dflt);
  }
}
