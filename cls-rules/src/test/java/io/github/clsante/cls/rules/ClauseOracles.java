package io.github.clsante.cls.rules;

import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.rules.oracle.ClauseOracle;
import io.github.clsante.cls.rules.oracle.SharedFinding;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Every clause's oracle function, found where it is written: the {@link ClauseOracle} methods of the clause
 * families' classes beside the properties ({@link SocleClauses}, {@link NormandieGovernanceClauses},
 * {@link NormandiePlanClauses}, {@link OccitanieClauses}), each named by its clause id. Nothing registers a
 * clause by hand and nothing dispatches on its id: a method named {@code NOR_COPIL_ANNUAL} is the oracle of
 * NOR-COPIL-ANNUAL. Also the entry point of the benchmark of the plain-Java oracles (cls-bench, through this
 * module's test-jar): {@link #expected(String, LocalHealthContract, LocalDate)} for a pack gives all its
 * expected findings. Immutable after class initialisation; thread-safe.
 */
public final class ClauseOracles {

  /** One clause's oracle: its id, its pack, the arguments it states, its function. */
  public record Entry(String id, String pack, List<String> asserts,
      BiFunction<LocalHealthContract, LocalDate, List<SharedFinding>> function) {}

  /** The clause families of each pack; a régional pack's check also judges the socle. */
  private static final Map<String, List<Class<?>>> FAMILIES = Map.of(
      "socle", List.of(SocleClauses.class),
      "normandie", List.of(NormandieGovernanceClauses.class, NormandiePlanClauses.class),
      "occitanie", List.of(OccitanieClauses.class));

  private static final Map<String, Entry> BY_ID = new LinkedHashMap<>();
  private static final Map<String, List<Entry>> BY_PACK = new LinkedHashMap<>();

  static {
    for (String pack : List.of("socle", "normandie", "occitanie")) {
      List<Entry> entries = new ArrayList<>();
      for (Class<?> family : FAMILIES.get(pack)) {
        Arrays.stream(family.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(ClauseOracle.class))
            .sorted(Comparator.comparing(Method::getName)).forEach(m -> entries.add(entry(pack, m)));
      }
      entries.forEach(e -> {
        if (BY_ID.put(e.id(), e) != null) {
          throw new IllegalStateException("two oracle functions for " + e.id());
        }
      });
      BY_PACK.put(pack, List.copyOf(entries));
    }
  }

  private ClauseOracles() {}

  /** The clause id a function's name stands for: NOR_COPIL_ANNUAL is NOR-COPIL-ANNUAL. */
  private static Entry entry(String pack, Method m) {
    if (!Modifier.isStatic(m.getModifiers()) || !Modifier.isPublic(m.getModifiers())
        || !Arrays.equals(m.getParameterTypes(), new Class<?>[] {LocalHealthContract.class, LocalDate.class})
        || m.getReturnType() != List.class) {
      throw new IllegalStateException(m + ": an oracle function is public static List<SharedFinding> "
          + "ID(LocalHealthContract, LocalDate)");
    }
    return new Entry(m.getName().replace('_', '-'), pack, List.of(m.getAnnotation(ClauseOracle.class).asserts()),
        function(m));
  }

  /** A direct call of the static method (no reflection per call), so that the benchmark measures the oracle. */
  @SuppressWarnings("unchecked")
  private static BiFunction<LocalHealthContract, LocalDate, List<SharedFinding>> function(Method m) {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      MethodHandle target = lookup.unreflect(m);
      CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(BiFunction.class),
          MethodType.methodType(Object.class, Object.class, Object.class), target, target.type());
      return (BiFunction<LocalHealthContract, LocalDate, List<SharedFinding>>) site.getTarget().invoke();
    } catch (Throwable e) {
      throw new IllegalStateException("cannot bind the oracle function " + m, e);
    }
  }

  /** @return every clause's oracle, by clause id */
  public static Map<String, Entry> all() {
    return java.util.Collections.unmodifiableMap(BY_ID);
  }

  /**
   * @param clauseId a clause id
   * @return its oracle
   * @throws IllegalArgumentException if no oracle function is named by that id
   */
  public static Entry of(String clauseId) {
    Entry e = BY_ID.get(Objects.requireNonNull(clauseId, "clauseId"));
    if (e == null) {
      throw new IllegalArgumentException("clauseId: no oracle function named " + clauseId.replace('-', '_'));
    }
    return e;
  }

  /**
   * @param pack "socle", "normandie" or "occitanie"
   * @return the oracles of that pack's own clauses (without the socle for a région)
   * @throws IllegalArgumentException if the pack is not one of them
   */
  public static List<Entry> ofPack(String pack) {
    List<Entry> entries = BY_PACK.get(Objects.requireNonNull(pack, "pack"));
    if (entries == null) {
      throw new IllegalArgumentException("pack: not socle, normandie or occitanie: " + pack);
    }
    return entries;
  }

  /**
   * @param clauseId a clause id
   * @return the finding arguments its oracle states
   */
  public static List<String> asserts(String clauseId) {
    return of(clauseId).asserts();
  }

  /**
   * @param clauseId a clause id
   * @param contract the contract
   * @param asOf the check date
   * @return the exact findings the clause gives, in no particular order
   */
  public static List<SharedFinding> expectedOf(String clauseId, LocalHealthContract contract, LocalDate asOf) {
    return of(clauseId).function().apply(Objects.requireNonNull(contract, "contract"),
        Objects.requireNonNull(asOf, "asOf"));
  }

  /**
   * All the findings the oracle expects from a pack's check: the union over its clauses, the socle's included
   * for a région, as the packs judge.
   *
   * @param pack "socle", "normandie" or "occitanie"
   * @param contract the contract
   * @param asOf the check date
   * @return the expected findings, in no particular order
   */
  public static List<SharedFinding> expected(String pack, LocalHealthContract contract, LocalDate asOf) {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(asOf, "asOf");
    List<Entry> own = ofPack(pack);
    List<SharedFinding> out = new ArrayList<>();
    if (!pack.equals("socle")) {
      for (Entry e : BY_PACK.get("socle")) {
        out.addAll(e.function().apply(contract, asOf));
      }
    }
    for (Entry e : own) {
      out.addAll(e.function().apply(contract, asOf));
    }
    return out;
  }
}
