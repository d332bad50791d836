package io.github.clsante.cls.referentiel;

import io.github.clsante.cls.spi.ReferentielProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the référentiels on the class path (or module path) through {@link ServiceLoader} and
 * {@link ReferentielProvider}. Each référentiel is built once, on first use, and shared: this class is
 * thread-safe. Nothing here knows the list of regions.
 *
 * <pre>{@code
 * Referentiel normandie = Referentiels.byId("normandie");
 * ConformityReport report = normandie.check(contract, LocalDate.of(2026, 11, 22));
 * }</pre>
 */
public final class Referentiels {

  private static final Map<String, Referentiel> BUILT = new ConcurrentHashMap<>();

  private Referentiels() {}

  private static final class Providers {
    static final Map<String, ReferentielProvider> BY_ID = discover(Referentiels.class.getClassLoader());
  }

  /**
   * @param id a référentiel id, e.g. "normandie"
   * @return the référentiel, built on first use and shared
   * @throws UnknownReferentielException naming the ids that exist, when none has this id
   */
  public static Referentiel byId(String id) {
    ReferentielProvider p = Providers.BY_ID.get(id);
    if (p == null) {
      throw new UnknownReferentielException(id, ids());
    }
    return BUILT.computeIfAbsent(id, k -> p.create());
  }

  /** @return the ids of the référentiels found, sorted */
  public static List<String> ids() {
    return List.copyOf(Providers.BY_ID.keySet());
  }

  /** @return every référentiel found, built and shared, sorted by id */
  public static List<Referentiel> all() {
    List<Referentiel> out = new ArrayList<>();
    for (String id : ids()) {
      out.add(byId(id));
    }
    out.sort(Comparator.comparing(Referentiel::id));
    return List.copyOf(out);
  }

  /**
   * Discovers the providers visible from a class loader, without caching (for containers with their own
   * class loaders).
   *
   * @param loader the class loader to search
   * @return the providers by id, sorted
   * @throws IllegalStateException when two providers claim one id
   */
  public static Map<String, ReferentielProvider> discover(ClassLoader loader) {
    Map<String, ReferentielProvider> m = new TreeMap<>();
    for (ReferentielProvider p : ServiceLoader.load(ReferentielProvider.class, loader)) {
      ReferentielProvider other = m.putIfAbsent(p.id(), p);
      if (other != null) {
        throw new IllegalStateException("Two référentiel providers claim the id \"" + p.id() + "\": "
            + other.getClass().getName() + " and " + p.getClass().getName());
      }
    }
    return java.util.Collections.unmodifiableMap(m);
  }
}
