package io.github.clsante.cls.bench;

import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.referentiel.Clause;
import io.github.clsante.cls.report.ConformityReport;
import io.github.clsante.cls.report.Finding;
import io.github.clsante.cls.report.FindingMessages;
import io.github.clsante.cls.rules.Packs;
import io.github.clsante.cls.rules.internal.BundleMessages;
import io.github.clsante.cls.rules.internal.CatalogueReader;
import io.github.clsante.cls.rules.spi.FindingSink;
import io.github.clsante.cls.rules.spi.PackPart;
import io.github.clsante.cls.spi.facts.FactSet;
import io.github.clsante.cls.rules.spi.ClauseParameters;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.utils.KieHelper;

/**
 * The naive anchor: the same packs' DRL compiled at run time with {@code new KieHelper().addContent(drl,
 * ResourceType.DRL).build()}, then the same check as {@code DroolsReferentiel} (facts, stateless session,
 * FindingSink, catalogue). Needs drools-engine + drools-mvel + drools-xml-support on the class path; never
 * touches the precompiled models nor {@code Referentiels}.
 */
public final class NaiveReferentiel {

  private final String id;
  private final KieBase kieBase;
  private final Map<String, Clause> byId = new HashMap<>();
  private final Map<String, FindingMessages> messages = new HashMap<>();
  private final int ruleCount;
  private final Map<String, FindingSink.RuleMeta> rules = new HashMap<>();
  private final ClauseParameters parameters;

  private NaiveReferentiel(String id, List<PackPart> parts) {
    this.id = id;
    ClassLoader loader = NaiveReferentiel.class.getClassLoader();
    KieHelper helper = new KieHelper();
    for (PackPart part : parts) {
      String pack = part.packId();
      String drl = "naive-drl/io/github/clsante/cls/rules/" + pack + "/" + pack + ".drl";
      try (InputStream in = loader.getResourceAsStream(drl)) {
        if (in == null) {
          throw new IllegalStateException(drl + " not on the class path");
        }
        helper.addContent(new String(in.readAllBytes(), StandardCharsets.UTF_8), ResourceType.DRL);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      CatalogueReader.read(part.catalogue(), pack, loader).forEach(c -> byId.put(c.id(), c));
      messages.put(pack, new BundleMessages(part.messagesBundle(), loader));
    }
    kieBase = helper.build();
    ruleCount = kieBase.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
    for (KiePackage p : kieBase.getKiePackages()) {
      for (Rule r : p.getRules()) {
        rules.put(FindingSink.RuleMeta.key(r), FindingSink.RuleMeta.of(r, byId.get(
            String.valueOf(r.getMetaData().get("clause")))));
      }
    }
    parameters = ClauseParameters.of(List.copyOf(byId.values()));
    if (ruleCount == 0) {
      throw new IllegalStateException("naive " + id + ": no rule compiled");
    }
  }

  /** @return the Normandie référentiel (socle + normandie DRL) compiled at run time */
  public static NaiveReferentiel normandie() {
    return new NaiveReferentiel("normandie", List.of(Packs.SOCLE, Packs.NORMANDIE));
  }

  /** @return the Occitanie référentiel (socle + occitanie DRL) compiled at run time */
  public static NaiveReferentiel occitanie() {
    return new NaiveReferentiel("occitanie", List.of(Packs.SOCLE, Packs.OCCITANIE));
  }

  /** @return the number of rules compiled */
  public int ruleCount() {
    return ruleCount;
  }

  /**
   * @param contract the contract
   * @param asOf the check date
   * @return the report, as {@code DroolsReferentiel.check} builds it
   */
  public ConformityReport check(LocalHealthContract contract, LocalDate asOf) {
    FactSet facts = FactSet.derive(contract, asOf);
    var phase = facts.phase();
    FindingSink sink = new FindingSink(phase, asOf, contract.milestones().signature(), rules);
    StatelessKieSession session = kieBase.newStatelessKieSession();
    session.setGlobal("out", sink);
    session.setGlobal("params", parameters);
    session.execute(facts.all());
    List<Finding> findings = new ArrayList<>();
    for (FindingSink.Hit h : sink.hits()) {
      Clause c = byId.get(h.clauseId());
      findings.add(new Finding(c.id(), h.severity(), h.toDo(), h.elementId(), h.path(), h.year(), h.arguments(),
          c.sources(), c.pack(), messages.get(c.pack())));
    }
    return new ConformityReport(id, contract.id(), asOf, phase, findings);
  }
}
