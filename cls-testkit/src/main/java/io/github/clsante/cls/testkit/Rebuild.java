package io.github.clsante.cls.testkit;

import io.github.clsante.cls.model.ActionPlan;
import io.github.clsante.cls.model.ActionSheet;
import io.github.clsante.cls.model.DateRange;
import io.github.clsante.cls.model.Diagnosis;
import io.github.clsante.cls.model.FollowUp;
import io.github.clsante.cls.model.Governance;
import io.github.clsante.cls.model.GovernanceBody;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.model.Membership;
import io.github.clsante.cls.model.Milestones;
import io.github.clsante.cls.model.Person;
import io.github.clsante.cls.model.Role;
import io.github.clsante.cls.model.RoleKind;
import io.github.clsante.cls.model.Territory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * How {@link Edits} change one part of a contract at its date: each rebuilds the parts it changes with the
 * model's builders ({@code X.builder().mergeFrom(x)}), never the generated {@code Immutable*} classes, so the
 * result is validated as any built contract. Pure functions.
 */
final class Rebuild {

  private Rebuild() {}

  /** @return the contract at the same date, changed by {@code f} */
  private static ContractAtDate rebuilt(ContractAtDate c, UnaryOperator<LocalHealthContract> f) {
    return c.withContract(f.apply(c.contract()));
  }

  static ContractAtDate with(ContractAtDate c, LocalHealthContract contract) {
    return c.withContract(contract);
  }

  static ContractAtDate milestones(ContractAtDate c, UnaryOperator<Milestones> f) {
    return rebuilt(c, k -> LocalHealthContract.builder().mergeFrom(k).milestones(f.apply(k.milestones())).build());
  }

  static ContractAtDate bodies(ContractAtDate c, Function<GovernanceBody, GovernanceBody> f) {
    List<GovernanceBody> bodies = c.contract().governance().bodies().stream().map(f).toList();
    return rebuilt(c, k -> LocalHealthContract.builder().mergeFrom(k)
        .governance(Governance.builder().mergeFrom(k.governance()).bodies(bodies).build()).build());
  }

  static ContractAtDate people(ContractAtDate c, Function<Person, Person> f) {
    return rebuilt(c, k -> LocalHealthContract.builder().mergeFrom(k)
        .people(k.people().stream().map(f).toList()).build());
  }

  static ContractAtDate roles(ContractAtDate c, RoleKind kind, Function<Role, Role> f) {
    return people(c, p -> Person.builder().mergeFrom(p).roles(
        p.roles().stream().map(r -> r.kind() == kind ? f.apply(r) : r).toList()).build());
  }

  static ContractAtDate fiche(ContractAtDate c, int index, UnaryOperator<ActionSheet> f) {
    List<ActionSheet> fiches = new ArrayList<>(c.contract().actionPlan().fiches());
    fiches.set(index, f.apply(fiches.get(index)));
    return actionPlan(c, p -> ActionPlan.builder().mergeFrom(p).fiches(fiches).build());
  }

  static ContractAtDate actionPlan(ContractAtDate c, UnaryOperator<ActionPlan> f) {
    return rebuilt(c, k -> LocalHealthContract.builder().mergeFrom(k).actionPlan(f.apply(k.actionPlan())).build());
  }

  static ContractAtDate diagnosis(ContractAtDate c, UnaryOperator<Diagnosis> f) {
    return rebuilt(c, k -> LocalHealthContract.builder().mergeFrom(k).diagnosis(f.apply(k.diagnosis())).build());
  }

  static ContractAtDate followUp(ContractAtDate c, UnaryOperator<FollowUp> f) {
    return rebuilt(c, k -> LocalHealthContract.builder().mergeFrom(k).followUp(f.apply(k.followUp())).build());
  }

  static ContractAtDate territory(ContractAtDate c, UnaryOperator<Territory> f) {
    return rebuilt(c, k -> LocalHealthContract.builder().mergeFrom(k).territory(f.apply(k.territory())).build());
  }

  static <E extends Enum<E>> Set<E> without(Set<E> set, E e, Class<E> type) {
    Set<E> out = EnumSet.noneOf(type);
    out.addAll(set);
    out.remove(e);
    return out;
  }

  /** Ends a membership the day before the check date. */
  static Membership endBefore(Membership m, LocalDate asOf) {
    LocalDate until = asOf.minusDays(1);
    DateRange p = m.period();
    LocalDate from = p.from().filter(f -> !f.isAfter(until)).orElse(null);
    DateRange ended = from == null ? DateRange.builder().until(until).build() : DateRange.of(from, until);
    return Membership.builder().mergeFrom(m).period(ended).build();
  }
}
