package io.github.clsante.cls.bench;

import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.rules.spi.FindingSink;
import io.github.clsante.cls.spi.facts.FactSet;
import java.time.LocalDate;
import java.util.List;
import org.drools.model.DSL;
import org.drools.model.impl.ModelImpl;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.conf.SequentialOption;
import org.kie.api.runtime.StatelessKieSession;

/**
 * The engine's floor: a KieBase built the same way as the packs' ({@code KieBaseBuilder.createKieBaseFromModel})
 * from a model holding no rule, only the {@code out} global; a check through it pays everything but the rules.
 */
public final class EmptyKieBase {

  private final KieBase kieBase;

  /** Builds the empty KieBase. */
  public EmptyKieBase() {
    ModelImpl model = new ModelImpl();
    model.addGlobal(DSL.globalOf(FindingSink.class, "io.github.clsante.cls.rules.socle", "out"));
    kieBase = KieBaseBuilder.createKieBaseFromModel(List.of(model), SequentialOption.YES); // as the packs' are
    if (kieBase.getKiePackages().stream().mapToLong(p -> p.getRules().size()).sum() != 0) {
      throw new IllegalStateException("the empty KieBase has rules");
    }
  }

  /**
   * Same steps as {@code DroolsReferentiel.check} up to the rules: phase, sink, new stateless session, global,
   * derived facts — all of them (a pack inserts only the types its rules read: Normandie reads every type
   * the typical contract has, so for it this floor is exactly the pack's).
   *
   * @param contract the contract
   * @param asOf the check date
   * @return the sink (no hits)
   */
  public FindingSink run(LocalHealthContract contract, LocalDate asOf) {
    FactSet facts = FactSet.derive(contract, asOf);
    FindingSink sink = new FindingSink(facts.phase());
    StatelessKieSession session = kieBase.newStatelessKieSession();
    session.setGlobal("out", sink);
    session.execute(facts.all());
    return sink;
  }
}
