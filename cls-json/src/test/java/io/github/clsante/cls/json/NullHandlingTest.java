package io.github.clsante.cls.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cls.agenda.Agenda;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.portfolio.Portfolio;
import io.github.clsante.cls.portfolio.ReferentielChoice;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.referentiel.Referentiels;
import io.github.clsante.cls.region.Region;
import io.github.clsante.cls.report.ConformityReport;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every public entry point refuses null where it takes no null, with a {@link NullPointerException} it throws
 * itself (a message naming the parameter), never one from deep inside a collection, a bundle or Jackson (#17).
 */
class NullHandlingTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

  @Test
  void everyPublicMethodRefusesNullItselfWithAMessage() throws Exception {
    LocalHealthContract contract = ClsJson.reader().read(Path.of("../examples/cls-mont-saint-michel-normandie.json"));
    Referentiel normandie = Referentiels.byId("normandie");
    ConformityReport report = normandie.check(contract, AS_OF);
    Agenda agenda = Agenda.of(report, contract);
    Map<Class<?>, Object> samples = new HashMap<>();
    samples.put(String.class, "normandie");
    samples.put(LocalDate.class, AS_OF);
    samples.put(Locale.class, Locale.FRENCH);
    samples.put(LocalHealthContract.class, contract);
    samples.put(ConformityReport.class, report);
    samples.put(Referentiel.class, normandie);
    samples.put(Agenda.class, agenda);
    samples.put(Iterable.class, List.of(contract));
    samples.put(java.util.Collection.class, List.of(agenda));
    samples.put(ReferentielChoice.class, ReferentielChoice.byRegion());
    samples.put(ClassLoader.class, NullHandlingTest.class.getClassLoader());
    samples.put(java.util.concurrent.Executor.class, (java.util.concurrent.Executor) Runnable::run);
    samples.put(io.github.clsante.cls.report.Severity.class, io.github.clsante.cls.report.Severity.ERROR);

    Map<Object, Class<?>> targets = new java.util.LinkedHashMap<>();
    targets.put(Referentiels.class, Referentiels.class);
    targets.put(Region.class, Region.class);
    targets.put(normandie, Referentiel.class);
    targets.put(report, ConformityReport.class);
    targets.put(report.findings().get(0), io.github.clsante.cls.report.Finding.class);
    targets.put(Agenda.class, Agenda.class);
    targets.put(Portfolio.asOf(AS_OF), Portfolio.class);
    targets.put(Portfolio.class, Portfolio.class);
    targets.put(ReferentielChoice.class, ReferentielChoice.class);
    targets.put(ClsJson.reader(), ContractReader.class);
    targets.put(ClsJson.writer(), ContractWriter.class);

    List<String> deep = new ArrayList<>();
    int calls = 0;
    for (Map.Entry<Object, Class<?>> t : targets.entrySet()) {
      boolean statics = t.getKey() instanceof Class<?>;
      for (Method m : t.getValue().getMethods()) {
        if (m.getDeclaringClass() == Object.class || Modifier.isStatic(m.getModifiers()) != statics
            || t.getValue().isEnum() && m.getName().equals("valueOf")) { // the compiler's, with the JDK's message
          continue;
        }
        Class<?>[] types = m.getParameterTypes();
        if (!java.util.Arrays.stream(types).allMatch(c -> samples.containsKey(c) || c == int.class)) {
          continue;
        }
        for (int i = 0; i < types.length; i++) {
          if (types[i].isPrimitive()) {
            continue;
          }
          Object[] args = new Object[types.length];
          for (int j = 0; j < types.length; j++) {
            args[j] = j == i ? null : types[j] == int.class ? 1 : samples.get(types[j]);
          }
          calls++;
          try {
            m.invoke(statics ? null : t.getKey(), args);
          } catch (InvocationTargetException e) {
            Throwable c = e.getCause();
            if (c instanceof NullPointerException) {
              StackTraceElement top = c.getStackTrace()[0];
              boolean deliberate = top.getClassName().equals("java.util.Objects")
                  || top.getClassName().startsWith("io.github.clsante.");
              if (!deliberate || c.getMessage() == null || c.getMessage().isBlank()) {
                deep.add(m + " with argument " + i + " null: " + c + " at " + top);
              }
            }
          }
        }
      }
    }
    assertThat(calls).as("calls made").isGreaterThan(30);
    assertThat(deep).as("null refused deep inside, or without a message").isEmpty();
  }
}
