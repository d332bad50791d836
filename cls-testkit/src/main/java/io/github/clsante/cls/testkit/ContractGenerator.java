package io.github.clsante.cls.testkit;

import io.github.clsante.cls.model.ActionPlan;
import io.github.clsante.cls.model.Coordination;
import io.github.clsante.cls.model.Diagnosis;
import io.github.clsante.cls.model.FollowUp;
import io.github.clsante.cls.model.Governance;
import io.github.clsante.cls.model.GovernanceBody;
import io.github.clsante.cls.model.LocalHealthContract;
import java.util.List;
import java.util.Optional;

/**
 * The one contract generator: builds a contract and its check date from a {@link Tape} under a
 * {@link ContractProfile}, composing one generator per aggregate — {@link Timeline}, {@link TerritoryAndParties},
 * {@link GovernanceGen}, {@link PlanGen}, {@link FollowUpGen} — which read what the profile asks to satisfy
 * from the {@link Draft}. A fixed profile (the benchmarks' contracts) reads no decision: {@link FixedShape}; the
 * every-field profile (the JSON format's) draws every attribute of the model: {@link EveryField}.
 */
final class ContractGenerator {

  private ContractGenerator() {}

  /**
   * @param profile what to generate; its phase and breakage are applied by the caller ({@link Contracts#of})
   * @param t the decisions
   * @return the contract at its check date
   */
  static ContractAtDate generate(ContractProfile profile, Tape t) {
    if (profile.isFixed()) {
      return FixedShape.build(profile);
    }
    if (profile.isEveryField()) {
      return EveryField.generate(t);
    }
    Draft d = new Draft(t, profile.pack().orElse(null));
    Timeline.generate(d);
    TerritoryAndParties.generate(d);
    List<GovernanceBody> bodies = GovernanceGen.generate(d);
    Coordination coordination = TerritoryAndParties.coordination(d);
    Diagnosis diagnosis = PlanGen.diagnosis(d);
    ActionPlan plan = PlanGen.actionPlan(d);
    FollowUp followUp = FollowUpGen.generate(d, bodies);
    String region = d.occitanie() ? "Occitanie" : d.normandie() ? "Normandie"
        : t.oneOf("Normandie", "Occitanie", "Bretagne");
    LocalHealthContract c = LocalHealthContract.builder()
        .id("cls-" + t.between(1, 9999))
        .name("Contrat local de santé " + d.territory().name().orElse("du territoire"))
        .region(region)
        .territory(d.territory())
        .organisations(d.orgs)
        .people(d.people)
        .signatories(d.signatories)
        .milestones(d.ms)
        .previousContractId(t.chance(20) ? Optional.of("cls-precedent") : Optional.empty())
        .amendments(d.amendments)
        .coordination(coordination)
        .governance(Governance.builder().bodies(bodies).build())
        .diagnosis(diagnosis)
        .actionPlan(plan)
        .followUp(followUp)
        .build();
    return new ContractAtDate(c, d.asOf);
  }
}
