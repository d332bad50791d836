package io.github.clsante.cls.referentiel;

import io.github.clsante.cls.region.Region;
import io.github.clsante.cls.region.UnknownRegionException;
import io.github.clsante.cls.spi.ReferentielProvider;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the référentiels on the class path (or module path) through {@link ServiceLoader} and
 * {@link ReferentielProvider}. Each référentiel is built once, on first use, and shared: this class is
 * thread-safe. Nothing here knows which packs exist: a provider declares the régions it serves
 * ({@link ReferentielProvider#regionCodes()}), and {@link #forRegion(String)} picks the référentiel of a
 * contract's région, or the national {@linkplain #SOCLE_ID socle} for a région no pack serves.
 *
 * <pre>{@code
 * Referentiel normandie = Referentiels.byId("normandie");
 * Referentiel forContract = Referentiels.forRegion(contract.region());   // "Normandie" → normandie
 * ConformityReport report = forContract.check(contract, LocalDate.of(2026, 11, 22));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Referentiels {

  /**
   * The id of the national baseline, {@code "socle"}: the clauses that apply to every CLS in France (the law,
   * the national overview, the common ground of the regional référentiels), provided by cls-rules. It is the
   * référentiel of the régions no regional pack serves.
   */
  public static final String SOCLE_ID = "socle";

  private static final Map<String, Referentiel> BUILT = new ConcurrentHashMap<>();

  private Referentiels() {}

  private static final class Providers {
    static final Map<String, ReferentielProvider> BY_ID = discover(Referentiels.class.getClassLoader());
    static final Map<String, String> ID_BY_REGION = regions(BY_ID);
  }

  /**
   * @param id a référentiel id, e.g. "normandie" or {@value #SOCLE_ID}
   * @return the référentiel, built on first use and shared
   * @throws UnknownReferentielException naming the ids that exist, when none has this id
   * @throws NullPointerException when {@code id} is null
   */
  public static Referentiel byId(String id) {
    Objects.requireNonNull(id, "id");
    ReferentielProvider p = Providers.BY_ID.get(id);
    if (p == null) {
      throw new UnknownReferentielException(id, ids());
    }
    return BUILT.computeIfAbsent(id, k -> p.create());
  }

  /**
   * The référentiel of a région: the pack that serves it, else the national {@linkplain #SOCLE_ID socle}.
   * Builds only the référentiel it returns.
   *
   * @param region a région's name, alias or COG code as a contract states it, e.g. "Normandie", "PACA",
   *     "ile de france" (see {@link Region#find(String)})
   * @return the référentiel serving that région, or the socle when no pack serves it
   * @throws UnknownRegionException naming the eighteen régions, when the name is no région's
   * @throws UnknownReferentielException when no pack serves the région and the socle is not on the class path
   * @throws NullPointerException when {@code region} is null
   */
  public static Referentiel forRegion(String region) {
    Objects.requireNonNull(region, "region");
    return byId(idForRegion(region).orElse(SOCLE_ID));
  }

  /**
   * The id of the pack that serves a région, without building anything.
   *
   * @param region a région's name, alias or COG code
   * @return the id of the pack that declares the région, or empty when none does (the socle then applies)
   * @throws UnknownRegionException naming the eighteen régions, when the name is no région's
   * @throws NullPointerException when {@code region} is null
   */
  public static Optional<String> idForRegion(String region) {
    Objects.requireNonNull(region, "region");
    Region r = Region.byCode(region.trim()).orElseGet(() -> Region.of(region));
    return Optional.ofNullable(Providers.ID_BY_REGION.get(r.code()));
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
    return List.copyOf(out);
  }

  /**
   * Discovers the providers visible from a class loader, without caching (for containers with their own
   * class loaders).
   *
   * @param loader the class loader to search
   * @return the providers by id, sorted
   * @throws IllegalStateException when two providers claim one id or one région, or a provider declares a code
   *     that is no région's
   * @throws NullPointerException when {@code loader} is null
   */
  public static Map<String, ReferentielProvider> discover(ClassLoader loader) {
    Objects.requireNonNull(loader, "loader");
    Map<String, ReferentielProvider> m = new TreeMap<>();
    for (ReferentielProvider p : ServiceLoader.load(ReferentielProvider.class, loader)) {
      ReferentielProvider other = m.putIfAbsent(p.id(), p);
      if (other != null) {
        throw new IllegalStateException("Two référentiel providers claim the id \"" + p.id() + "\": "
            + other.getClass().getName() + " and " + p.getClass().getName());
      }
    }
    Map<String, ReferentielProvider> out = Collections.unmodifiableMap(m);
    regions(out);
    return out;
  }

  /** The id of the provider serving each région code; fails on a code claimed twice or unknown. */
  private static Map<String, String> regions(Map<String, ReferentielProvider> providers) {
    Map<String, String> byRegion = new TreeMap<>();
    for (ReferentielProvider p : providers.values()) {
      for (String code : p.regionCodes()) {
        if (Region.byCode(code).isEmpty()) {
          throw new IllegalStateException("The référentiel provider " + p.getClass().getName()
              + " declares the région code \"" + code + "\", which is no région's (COG codes: 01 to 94)");
        }
        String other = byRegion.putIfAbsent(code, p.id());
        if (other != null) {
          throw new IllegalStateException("Two référentiel providers claim the région "
              + Region.byCode(code).get().officialName() + " (" + code + "): \"" + other + "\" and \"" + p.id()
              + "\"");
        }
      }
    }
    return Collections.unmodifiableMap(byRegion);
  }
}
