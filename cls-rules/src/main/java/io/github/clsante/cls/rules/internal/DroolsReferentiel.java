package io.github.clsante.cls.rules.internal;

import io.github.clsante.cls.calendar.CheckDate;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.referentiel.Clause;
import io.github.clsante.cls.referentiel.Referentiel;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.report.FindingMessages;
import io.github.clsante.cls.rules.spi.ClauseParameters;
import io.github.clsante.cls.rules.spi.FindingSink;
import io.github.clsante.cls.rules.spi.PackPart;
import io.github.clsante.cls.spi.facts.FactSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.base.base.ClassObjectType;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.KieBase;
import org.kie.api.conf.SequentialOption;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;

/**
 * A référentiel backed by a Drools KieBase built from executable models compiled ahead of time. Immutable and
 * thread-safe: the KieBase is shared read-only; each check runs in a new stateless session with its own
 * {@link FindingSink}, given the contract's {@link FactSet} and the catalogue's {@link ClauseParameters}. A rule's
 * severity and applies are its clause's in the catalogue. Internal: no compatibility promise.
 */
public final class DroolsReferentiel implements Referentiel {

  private static final String GLOBAL = "out";
  private static final String PARAMETERS = "params";

  private final String id;
  private final String title;
  private final String version;
  private final List<Clause> catalogue;
  private final Map<String, Clause> byId;
  private final Map<String, FindingMessages> messagesByPack;
  private final KieSessionsPool sessions;
  private final Map<String, FindingSink.RuleMeta> rules;
  /** The référentiel's numbers, the global {@code params} of the rules that declare it. */
  private final ClauseParameters parameters;
  private final boolean rulesReadParameters;
  private final List<Class<?>> readTypes;
  private final Map<Class<?>, Boolean> reads = new ConcurrentHashMap<>();
  private final int ruleCount;

  private DroolsReferentiel(String id, String title, String version, List<Clause> catalogue,
      Map<String, FindingMessages> messagesByPack, KieBase kieBase, Map<String, FindingSink.RuleMeta> rules) {
    this.id = id;
    this.title = title;
    this.version = version;
    this.catalogue = List.copyOf(catalogue);
    this.byId = new HashMap<>();
    catalogue.forEach(c -> byId.put(c.id(), c));
    this.messagesByPack = Map.copyOf(messagesByPack);
    // sessions are reset when a check returns them: no state crosses checks, and no session is built per check
    this.sessions = kieBase.newKieSessionsPool(2);
    this.rules = Map.copyOf(rules);
    this.parameters = ClauseParameters.of(catalogue);
    this.rulesReadParameters = kieBase.getKiePackages().stream()
        .anyMatch(p -> p.getGlobalVariables().stream().anyMatch(g -> g.getName().equals(PARAMETERS)));
    this.ruleCount = rules.size();
    this.readTypes = readTypes(kieBase);
  }

  /** @return the fact types some pattern of the KieBase reads (its object type nodes) */
  private static List<Class<?>> readTypes(KieBase kieBase) {
    List<Class<?>> types = new ArrayList<>();
    for (ObjectTypeNode n : ((InternalRuleBase) kieBase).getRete().getObjectTypeNodes()) {
      if (n.getObjectType() instanceof ClassObjectType c && !types.contains(c.getClassType())) {
        types.add(c.getClassType());
      }
    }
    return List.copyOf(types);
  }

  /**
   * @param factType a fact's class
   * @return whether some rule of this référentiel reads facts of that class (or of a type it implements): only
   *     those are inserted, the others would be dropped by the network after costing an insert
   */
  boolean reads(Class<?> factType) {
    return reads.computeIfAbsent(factType, t -> readTypes.stream().anyMatch(r -> r.isAssignableFrom(t)));
  }

  /**
   * @param all every derived fact, family by family
   * @return those of a type some rule reads: {@code all} itself when that is every one
   */
  private List<Object> readFacts(List<Object> all) {
    // facts come family by family, so the class of one is mostly the class of the one before: one look-up per run
    List<Object> read = null;
    Class<?> last = null;
    boolean lastRead = false;
    for (int i = 0; i < all.size(); i++) {
      Object f = all.get(i);
      if (f.getClass() != last) {
        last = f.getClass();
        lastRead = reads(last);
      }
      if (!lastRead && read == null) {
        read = new ArrayList<>(all.subList(0, i));
      } else if (lastRead && read != null) {
        read.add(f);
      }
    }
    return read == null ? all : read;
  }

  /**
   * Loads a référentiel from its parts and verifies it: every catalogued clause has a rule, every rule a
   * catalogued clause, and the severity and applies a rule restates agree with the catalogue.
   *
   * @param id the référentiel id
   * @param title its title
   * @param version its version
   * @param parts its parts
   * @param loader the class loader holding the parts
   * @return the référentiel
   * @throws IllegalStateException naming what is missing or inconsistent
   */
  public static DroolsReferentiel load(String id, String title, String version, List<PackPart> parts,
      ClassLoader loader) {
    List<Clause> catalogue = new ArrayList<>();
    Map<String, FindingMessages> messages = new LinkedHashMap<>();
    List<Model> models = new ArrayList<>();
    Map<String, List<String>> listings = new HashMap<>();
    Map<String, Properties> catalogues = new HashMap<>();
    for (PackPart part : parts) {
      Properties entries = catalogues.computeIfAbsent(part.catalogue(), r -> CatalogueReader.load(r, loader));
      catalogue.addAll(CatalogueReader.read(entries, part.catalogue(), part.packId()));
      messages.put(part.packId(), new BundleMessages(part.messagesBundle(), loader));
      List<String> classes = listings.computeIfAbsent(part.modelListing(), r -> readListing(r, loader));
      Model found = null;
      for (String cn : classes) {
        if (cn.startsWith(part.drlPackage() + ".") && cn.indexOf('.', part.drlPackage().length() + 1) < 0) {
          found = instantiate(cn, loader);
          break;
        }
      }
      if (found == null) {
        throw new IllegalStateException("référentiel " + id + ": no executable model for DRL package "
            + part.drlPackage() + " in " + part.modelListing() + " (listed: " + classes + ")");
      }
      models.add(found);
    }
    // sequential mode: a check inserts every fact, then each rule is evaluated once, in order; no rule changes a
    // fact, so nothing is re-evaluated and Drools can skip the agenda's bookkeeping (about 15 % of a check's CPU
    // on the typical contract, docs/performance.md)
    KieBase kb = KieBaseBuilder.createKieBaseFromModel(models, SequentialOption.YES);
    Map<String, FindingSink.RuleMeta> rules = verify(id, catalogue, kb);
    return new DroolsReferentiel(id, title, version, catalogue, messages, kb, rules);
  }

  private static Map<String, FindingSink.RuleMeta> verify(String id, List<Clause> catalogue, KieBase kb) {
    Map<String, Clause> byId = new HashMap<>();
    catalogue.forEach(c -> byId.put(c.id(), c));
    TreeSet<String> covered = new TreeSet<>();
    List<String> problems = new ArrayList<>();
    Map<String, FindingSink.RuleMeta> rules = new HashMap<>();
    for (KiePackage p : kb.getKiePackages()) {
      for (Rule r : p.getRules()) {
        Object clause = r.getMetaData().get("clause");
        Clause c = clause == null ? null : byId.get(clause.toString());
        if (c == null) {
          problems.add("rule \"" + r.getName() + "\" names no catalogued clause (@clause " + clause + ")");
          continue;
        }
        covered.add(c.id());
        try {
          rules.put(FindingSink.RuleMeta.key(r), FindingSink.RuleMeta.of(r, c));
        } catch (IllegalStateException e) {
          problems.add(e.getMessage());
        }
      }
    }
    for (Clause c : catalogue) {
      if (!covered.contains(c.id())) {
        problems.add("clause " + c.id() + " has no rule");
      }
    }
    if (rules.isEmpty() && problems.isEmpty()) {
      problems.add("no rule loaded at all (is drools-model-compiler on the class path?)");
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("référentiel " + id + " is inconsistent: " + String.join("; ", problems));
    }
    return rules;
  }

  private static List<String> readListing(String resource, ClassLoader loader) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("model listing " + resource + " not found on the class path");
      }
      List<String> out = new ArrayList<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          String l = line.trim();
          if (!l.isEmpty() && !l.startsWith("Drools-Model-Version")) {
            out.add(l);
          }
        }
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read model listing " + resource + ": " + e.getMessage(), e);
    }
  }

  private static Model instantiate(String className, ClassLoader loader) {
    try {
      return (Model) Class.forName(className, true, loader).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException("cannot instantiate executable model " + className + ": " + e, e);
    }
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public String version() {
    return version;
  }

  @Override
  public List<Clause> catalogue() {
    return catalogue;
  }

  /** @return how many Drools rules the référentiel holds (a clause may need more than one) */
  public int ruleCount() {
    return ruleCount;
  }

  @Override
  public ConformityReport check(LocalHealthContract contract, LocalDate asOf) {
    Objects.requireNonNull(contract, "contract");
    CheckDate.require(asOf); // bounded like every date of the model: at most 301 judged years per span
    FactSet facts = FactSet.derive(contract, asOf);
    var phase = facts.phase();
    FindingSink sink = new FindingSink(phase, asOf, contract.milestones().signature(), rules);
    StatelessKieSession session = sessions.newStatelessKieSession();
    session.setGlobal(GLOBAL, sink);
    if (rulesReadParameters) {
      session.setGlobal(PARAMETERS, parameters);
    }
    session.execute(readFacts(facts.all()));
    List<Finding> findings = new ArrayList<>();
    for (FindingSink.Hit h : sink.hits()) {
      Clause c = byId.get(h.clauseId());
      findings.add(new Finding(c.id(), h.severity(), h.toDo(), h.elementId(), h.path(), h.year(), h.dueDate(),
          h.arguments(),
          c.sources(), c.pack(), messagesByPack.get(c.pack())));
    }
    return new ConformityReport(id, Optional.of(version), contract.id(), asOf, phase, findings);
  }

  @Override
  public String toString() {
    return "Referentiel[" + id + " " + version + ", " + catalogue.size() + " clauses, " + ruleCount + " rules]";
  }
}
