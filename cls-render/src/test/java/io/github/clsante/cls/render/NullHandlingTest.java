package io.github.clsante.cls.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.followup.FollowUpSpan;
import io.github.clsante.cls.followup.YearlyFollowUp;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.portfolio.Portfolio;
import io.github.clsante.cls.portfolio.PortfolioReport;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.report.ConformityReport;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every public method of the renderer and of the yearly follow-up refuses null where it takes no null, with a
 * {@link NullPointerException} it throws itself with a message, never one from deep inside (#17).
 */
class NullHandlingTest {

  @Test
  void everyPublicMethodRefusesNullItselfWithAMessage() throws Exception {
    Examples.Checked c = Examples.check("cls-mont-saint-michel-normandie.json", Examples.AS_OF);
    YearGrid grid = YearGrid.of(c.contract(), c.referentiel(), c.report());
    YearlyFollowUp followUp = YearlyFollowUp.of(c.contract(), Examples.AS_OF);
    PortfolioReport portfolio = Portfolio.asOf(Examples.AS_OF).check(List.of(c.contract()));
    Function<Object, Optional<LocalHealthContract>> contracts = e -> Optional.of(c.contract());
    Map<Class<?>, Object> samples = new HashMap<>();
    samples.put(Locale.class, Locale.FRENCH);
    samples.put(String.class, "minimum");
    samples.put(LocalDate.class, Examples.AS_OF);
    samples.put(LocalHealthContract.class, c.contract());
    samples.put(ConformityReport.class, c.report());
    samples.put(Referentiel.class, c.referentiel());
    samples.put(PortfolioReport.class, portfolio);
    samples.put(Function.class, contracts);
    samples.put(YearGrid.Row.class, YearGrid.Row.COPIL);
    samples.put(FollowUpSpan.class, FollowUpSpan.DIAGNOSIS_TO_END);

    Map<Object, Class<?>> targets = new LinkedHashMap<>();
    targets.put(ReportRenderer.class, ReportRenderer.class);
    targets.put(YearGrid.class, YearGrid.class);
    targets.put(grid, YearGrid.class);
    targets.put(grid.line(YearGrid.Row.COTECH), YearGrid.Line.class);
    targets.put(grid.line(YearGrid.Row.COTECH).cell(2025), YearGrid.Cell.class);
    targets.put(YearlyFollowUp.class, YearlyFollowUp.class);
    targets.put(followUp, YearlyFollowUp.class);
    targets.put(followUp.years().get(0), followUp.years().get(0).getClass());

    List<String> deep = new ArrayList<>();
    int calls = 0;
    for (Map.Entry<Object, Class<?>> t : targets.entrySet()) {
      boolean statics = t.getKey() instanceof Class<?>;
      for (Method m : t.getValue().getMethods()) {
        if (m.getDeclaringClass() == Object.class || Modifier.isStatic(m.getModifiers()) != statics
            || m.getName().equals("equals")) {
          continue;
        }
        Class<?>[] types = m.getParameterTypes();
        if (!java.util.Arrays.stream(types).allMatch(k -> samples.containsKey(k) || k == int.class)) {
          continue;
        }
        for (int i = 0; i < types.length; i++) {
          if (types[i].isPrimitive()) {
            continue;
          }
          Object[] args = new Object[types.length];
          for (int j = 0; j < types.length; j++) {
            args[j] = j == i ? null : types[j] == int.class ? 2025 : samples.get(types[j]);
          }
          calls++;
          try {
            m.invoke(statics ? null : t.getKey(), args);
            deep.add(m + " with argument " + i + " null: accepted");
          } catch (InvocationTargetException e) {
            Throwable x = e.getCause();
            StackTraceElement top = x.getStackTrace()[0];
            boolean deliberate = x instanceof NullPointerException && x.getMessage() != null
                && !x.getMessage().isBlank() && (top.getClassName().equals("java.util.Objects")
                || top.getClassName().startsWith("io.github.clsante."));
            if (!deliberate) {
              deep.add(m + " with argument " + i + " null: " + x + " at " + top);
            }
          }
        }
      }
    }
    assertThat(calls).as("calls made").isGreaterThan(15);
    assertThat(deep).as("null refused deep inside, without a message, or accepted").isEmpty();
  }
}
